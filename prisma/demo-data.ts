/**
 * The demo organisation: Harbour Lane Foods, a regional food wholesaler of about 90 people with
 * a head office and warehouse in Bristol, a cold-store depot at Avonmouth and a cloud recovery
 * site. A second, unrelated organisation shows that tenants never see each other's data.
 */
export const DEMO_PASSWORD = "continuity-demo";

export const DEMO_ORGS = [
  {
    name: "Harbour Lane Foods Ltd",
    slug: "harbour-lane-foods",
    timezone: "Europe/London",
    members: [
      { email: "alex.morgan@harbourlane.example", name: "Alex Morgan", role: "admin", title: "IT Manager" },
      { email: "priya.shah@harbourlane.example", name: "Priya Shah", role: "committee", title: "Operations Director, BC coordinator" },
      { email: "tom.reed@harbourlane.example", name: "Tom Reed", role: "committee", title: "Warehouse Manager" },
      { email: "daniel.okafor@harbourlane.example", name: "Daniel Okafor", role: "executive", title: "Managing Director" },
      { email: "sarah.lewis@harbourlane.example", name: "Sarah Lewis", role: "executive", title: "Finance Director" },
      { email: "helen.ward@harbourlane.example", name: "Helen Ward", role: "auditor", title: "Internal auditor" },
    ],
    people: [
      { name: "Alex Morgan", jobTitle: "IT Manager", department: "IT", email: "alex.morgan@harbourlane.example", workPhone: "0117 496 0101", mobilePhone: "07700 900101", afterHoursPhone: "07700 900101" },
      { name: "Priya Shah", jobTitle: "Operations Director", department: "Warehouse and logistics", email: "priya.shah@harbourlane.example", workPhone: "0117 496 0102", mobilePhone: "07700 900102", afterHoursPhone: "0117 496 0872" },
      { name: "Tom Reed", jobTitle: "Warehouse Manager", department: "Warehouse and logistics", email: "tom.reed@harbourlane.example", workPhone: "0117 496 0103", mobilePhone: "07700 900103", afterHoursPhone: "07700 900103" },
      { name: "Daniel Okafor", jobTitle: "Managing Director", department: null, email: "daniel.okafor@harbourlane.example", workPhone: "0117 496 0100", mobilePhone: "07700 900100", afterHoursPhone: "07700 900100" },
      { name: "Sarah Lewis", jobTitle: "Finance Director", department: "Finance", email: "sarah.lewis@harbourlane.example", workPhone: "0117 496 0110", mobilePhone: "07700 900110", afterHoursPhone: "07700 900110" },
      { name: "Mark Evans", jobTitle: "Head of Sales", department: "Sales and customer service", email: "mark.evans@harbourlane.example", workPhone: "0117 496 0120", mobilePhone: "07700 900120", afterHoursPhone: "07700 900120" },
      { name: "Aisha Khan", jobTitle: "Procurement Manager", department: "Procurement", email: "aisha.khan@harbourlane.example", workPhone: "0117 496 0130", mobilePhone: "07700 900130", afterHoursPhone: "07700 900130" },
      { name: "Joanne Price", jobTitle: "People and Payroll Manager", department: "People and payroll", email: "joanne.price@harbourlane.example", workPhone: "0117 496 0140", mobilePhone: "07700 900140", afterHoursPhone: "07700 900140" },
      { name: "Liam Foster", jobTitle: "IT Support Engineer", department: "IT", email: "liam.foster@harbourlane.example", workPhone: "0117 496 0105", mobilePhone: "07700 900105", afterHoursPhone: "07700 900105" },
      { name: "Grace Bennett", jobTitle: "Customer Service Team Leader", department: "Sales and customer service", email: "grace.bennett@harbourlane.example", workPhone: "0117 496 0121", mobilePhone: "07700 900121", afterHoursPhone: "07700 900121" },
      { name: "Owen Hughes", jobTitle: "Facilities and Health & Safety Officer", department: "Warehouse and logistics", email: "owen.hughes@harbourlane.example", workPhone: "0117 496 0150", mobilePhone: "07700 900150", afterHoursPhone: "07700 900150" },
      { name: "Helen Ward", jobTitle: "Internal auditor", department: "Finance", email: "helen.ward@harbourlane.example", workPhone: "0117 496 0111", mobilePhone: "07700 900111", afterHoursPhone: "" },
    ],
    departments: [
      { name: "Finance", head: "Sarah Lewis" },
      { name: "Sales and customer service", head: "Mark Evans" },
      { name: "Warehouse and logistics", head: "Tom Reed" },
      { name: "Procurement", head: "Aisha Khan" },
      { name: "IT", head: "Alex Morgan" },
      { name: "People and payroll", head: "Joanne Price" },
    ],
    sites: [
      { name: "Bristol head office and warehouse", address: "Unit 4, Harbour Lane Trading Estate, Bristol BS11 9XY", kind: "office" },
      { name: "Avonmouth cold store", address: "Cold Store 2, Severn Road, Avonmouth BS10 7SP", kind: "depot" },
      { name: "Cloud recovery site", address: "Microsoft Azure UK South", kind: "cloud" },
      { name: "Off-site safe", address: "IT manager's home safe, Portishead (USB backup drives, rotated weekly)", kind: "offsite" },
    ],
    plans: [
      {
        name: "Bristol operations",
        description:
          "Order-to-delivery for the Bristol head office and warehouse: taking orders, picking and dispatch, invoicing and payroll.",
        systems: [
          { name: "DC01", kind: "vm", owner: "Alex Morgan", description: "Domain controller, DNS and DHCP", host: "HV01", ramMiB: 4096, usedGB: 60, site: 0 },
          { name: "SQL01", kind: "vm", owner: "Alex Morgan", description: "SQL Server for the ERP and warehouse databases", host: "HV01", ramMiB: 32768, usedGB: 540, site: 0 },
          { name: "ERP-APP", kind: "vm", owner: "Sarah Lewis", description: "Sage 200 application server: orders, stock, invoicing", host: "HV02", ramMiB: 16384, usedGB: 120, site: 0 },
          { name: "WMS", kind: "vm", owner: "Tom Reed", description: "Warehouse management and handheld scanners", host: "HV02", ramMiB: 8192, usedGB: 90, site: 0 },
          { name: "FILE01", kind: "vm", owner: "Alex Morgan", description: "File server: shared drives, scanned delivery notes", host: "HV01", ramMiB: 8192, usedGB: 1200, site: 0 },
          { name: "PAYROLL", kind: "vm", owner: "Joanne Price", description: "Payroll and HR system", host: "HV02", ramMiB: 8192, usedGB: 45, site: 0 },
          { name: "WEB-SHOP", kind: "vm", owner: "Mark Evans", description: "Trade customers' web ordering portal", host: "HV02", ramMiB: 4096, usedGB: 35, site: 0 },
          { name: "Microsoft 365", kind: "saas", owner: "Alex Morgan", description: "E-mail, Teams and OneDrive", host: "", ramMiB: null, usedGB: null, site: 2 },
        ],
      },
      {
        name: "Avonmouth cold store",
        description: "Temperature-controlled storage and the refrigeration monitoring it depends on.",
        systems: [
          { name: "COLD-MON", kind: "vm", owner: "Tom Reed", description: "Refrigeration monitoring and alarms", host: "HV-AV1", ramMiB: 4096, usedGB: 40, site: 1 },
        ],
      },
    ],
  },
  {
    name: "Riverside Dental Group",
    slug: "riverside-dental",
    timezone: "Europe/London",
    members: [
      { email: "olivia.grant@riversidedental.example", name: "Olivia Grant", role: "admin", title: "Practice Manager" },
    ],
    people: [
      { name: "Olivia Grant", jobTitle: "Practice Manager", department: "Clinical", email: "olivia.grant@riversidedental.example", workPhone: "01225 496 000", mobilePhone: "07700 900500", afterHoursPhone: "07700 900500" },
    ],
    departments: [{ name: "Clinical", head: "Dr Ben Hughes" }],
    sites: [{ name: "Riverside practice", address: "12 Quay Street, Bath BA1 1AA", kind: "office" }],
    plans: [
      {
        name: "Practice continuity",
        description: "Patient records, appointments and imaging for the Riverside practice.",
        systems: [
          { name: "PMS", kind: "vm", owner: "Olivia Grant", description: "Practice management system", host: "SRV1", ramMiB: 8192, usedGB: 200, site: 0 },
        ],
      },
    ],
  },
] as const;

/**
 * Demo rows for the eighteen inventory registers. "Bristol operations" of Harbour Lane Foods has
 * believable rows in every register (most reviewed this autumn, two stale, one insurance policy
 * and one vendor contract expiring soon after 2026-11-25); the other plans get a few registers.
 * Rows are written as a user would type them and go through the registers' own schema.
 */
import type { Prisma } from "../../lib/generated/prisma/client";
import { registerOf, type InventoryKind } from "../../lib/inventories/registers";
import { expiryOf, itemSchema, labelOf } from "../../lib/inventories/item-schema";
import type { StageSeed } from "./index";

type Row = Record<string, string>;
type RegisterSeed = { owner?: string; reviewed?: string; rows: Row[] };
type PlanSeed = Partial<Record<InventoryKind, RegisterSeed>>;

const BRISTOL: PlanSeed = {
  backup_positions: {
    owner: "Priya Shah",
    reviewed: "2026-10-14",
    rows: [
      { position: "IT Manager", department: "IT", holder: "Alex Morgan", backup: "Liam Foster", knowledge: "Hyper-V hosts HV01/HV02, backup console, break-glass admin account in the office safe.", trained: "yes" },
      { position: "Operations Director", department: "Warehouse and logistics", holder: "Priya Shah", backup: "Tom Reed", secondBackup: "Daniel Okafor", knowledge: "Invoking the plan, customer priority list, insurer notification.", trained: "yes" },
      { position: "Warehouse Manager", department: "Warehouse and logistics", holder: "Tom Reed", backup: "Owen Hughes", knowledge: "WMS dispatch waves, haulier bookings, cold-chain checks.", trained: "no" },
      { position: "Finance Director", department: "Finance", holder: "Sarah Lewis", backup: "Helen Ward", knowledge: "Bank payments approval, Sage 200 period end.", trained: "yes" },
      { position: "Payroll", department: "People and payroll", holder: "Joanne Price", backup: "Sarah Lewis", knowledge: "Weekly payroll run by Wednesday 14:00 for Friday BACS.", trained: "no" },
    ],
  },
  critical_phone_numbers: {
    owner: "Owen Hughes",
    reviewed: "2026-11-02",
    rows: [
      { name: "Emergency services", category: "Emergency services", phone: "999", available24x7: "yes" },
      { name: "Avon and Somerset Police (non-emergency)", category: "Emergency services", phone: "101", available24x7: "yes" },
      { name: "National Grid power cut line", category: "Utility", phone: "105", available24x7: "yes", reference: "MPAN 12 3456 7890 123" },
      { name: "Bristol Water emergencies", category: "Utility", phone: "0345 702 3797", available24x7: "yes", reference: "Account 449 2071" },
      { name: "Harbour Lane Estates (landlord)", category: "Landlord or facilities", phone: "0117 496 0500", alternatePhone: "07700 900550", available24x7: "no", reference: "Unit 4 lease" },
      { name: "Aviva commercial claims", category: "Insurer", phone: "0345 030 6255", available24x7: "yes", reference: "Policy BI-44718203" },
      { name: "Food Standards Agency incidents", category: "Authority or regulator", phone: "020 7276 8448", available24x7: "no" },
      { name: "Severn Valley Foods (largest customer)", category: "Customer", phone: "01452 496 210", alternatePhone: "07700 900610", available24x7: "no", reference: "Account SVF001" },
    ],
  },
  communications: {
    owner: "Alex Morgan",
    reviewed: "2026-09-30",
    rows: [
      { name: "Leased line, Bristol", type: "Internet line", provider: "BT Business", accountRef: "BTL-889201", site: "Bristol head office and warehouse", capacity: "500 Mb/s symmetric", fallback: "4G router (Vodafone) fails over automatically; 60 Mb/s." },
      { name: "4G failover router", type: "Mobile data", provider: "Vodafone Business", accountRef: "VF-5520917", site: "Bristol head office and warehouse", capacity: "60 Mb/s" },
      { name: "SIP trunk, 20 channels", type: "Voice lines", provider: "BT Business", accountRef: "BTC-114502", site: "Bristol head office and warehouse", capacity: "20 channels", fallback: "Divert the hunt group to mobiles from the BT portal." },
      { name: "Microsoft 365 mail and Teams", type: "E-mail and messaging", provider: "Microsoft", accountRef: "Tenant harbourlanefoods.onmicrosoft.com", site: "Cloud recovery site", fallback: "Independent of the Bristol site; reachable from any laptop." },
      { name: "Warehouse two-way radios", type: "Radio", provider: "Motorola (Bristol Radio Hire)", site: "Bristol head office and warehouse", capacity: "12 handsets, 2 channels" },
    ],
  },
  distribution: {
    owner: "Priya Shah",
    reviewed: "2026-11-10",
    // Copies of version 1, the version approved in February (made by the approvals stage, last).
    rows: [
      { copyNumber: "1", holder: "Daniel Okafor", format: "Printed and electronic", keptAt: "Home safe", planVersion: "1", issuedOn: "2026-10-20", acknowledgedOn: "2026-10-21" },
      { copyNumber: "2", holder: "Priya Shah", format: "Printed and electronic", keptAt: "Car glovebox and OneDrive", planVersion: "1", issuedOn: "2026-10-20", acknowledgedOn: "2026-10-20" },
      { copyNumber: "3", holder: "Alex Morgan", format: "Printed and electronic", keptAt: "Home safe", planVersion: "1", issuedOn: "2026-10-20", acknowledgedOn: "2026-10-22" },
      { copyNumber: "4", holder: "Tom Reed", format: "Printed", keptAt: "Warehouse office grab bag", planVersion: "1", issuedOn: "2026-10-20" },
      { copyNumber: "5", holder: "Sarah Lewis", format: "Electronic", keptAt: "OneDrive, offline copy on laptop", planVersion: "1", issuedOn: "2026-10-20", acknowledgedOn: "2026-10-27" },
    ],
  },
  documentation: {
    owner: "Alex Morgan",
    reviewed: "2026-10-05",
    rows: [
      { title: "Hyper-V host rebuild procedure", type: "Procedure", location: "SharePoint: IT/Runbooks", copyLocation: "Printed in the off-site safe", owner: "Alex Morgan", lastUpdated: "2026-08-12" },
      { title: "Sage 200 restore and re-licensing", type: "Procedure", location: "SharePoint: IT/Runbooks", copyLocation: "Iron Mountain box 3", owner: "Liam Foster", lastUpdated: "2026-06-03" },
      { title: "Network diagram, Bristol and Avonmouth", type: "Drawing or diagram", location: "SharePoint: IT/Network", copyLocation: "Printed in the off-site safe", owner: "Alex Morgan", lastUpdated: "2026-09-18" },
      { title: "Unit 4 lease", type: "Contract", location: "Finance office filing cabinet", copyLocation: "Scanned to SharePoint: Finance/Legal", owner: "Sarah Lewis", lastUpdated: "2024-04-01" },
      { title: "Microsoft 365 licence agreement", type: "Licence", location: "Microsoft 365 admin centre", owner: "Alex Morgan" },
    ],
  },
  equipment: {
    owner: "Tom Reed",
    reviewed: "2026-10-21",
    rows: [
      { name: "Reach truck", category: "Warehouse handling", makeModel: "Linde R14", serialNumber: "LR14-55012", quantity: "3", site: "Bristol warehouse", supplier: "Linde Material Handling", leadTimeDays: "2", critical: "yes" },
      { name: "Pallet wrapper", category: "Warehouse handling", makeModel: "Robopac Ecoplat", quantity: "1", site: "Bristol warehouse", supplier: "Robopac UK", leadTimeDays: "10", critical: "no" },
      { name: "Chiller room condensing unit", category: "Refrigeration", makeModel: "Daikin ZEAS", serialNumber: "DZ-20931", quantity: "2", site: "Bristol warehouse", supplier: "Daikin Applied UK", leadTimeDays: "5", critical: "yes" },
      { name: "Temperature-controlled van", category: "Vehicle", makeModel: "Ford Transit, GAH reefer body", quantity: "6", site: "Bristol yard", supplier: "Fraikin (hire)", leadTimeDays: "1", critical: "yes" },
      { name: "Standby generator", category: "Power", makeModel: "FG Wilson P110", serialNumber: "FGW-88172", quantity: "1", site: "Bristol warehouse", supplier: "Bristol Generator Hire", leadTimeDays: "1", critical: "yes" },
    ],
  },
  forms: {
    owner: "Tom Reed",
    rows: [
      { name: "Manual delivery note", reference: "HLF-DN-01", usedBy: "Warehouse and logistics", purpose: "Dispatch when the WMS is down: three-part carbonless pad.", stockLocation: "Warehouse office, cupboard B", minimumStock: "20", electronicCopy: "yes" },
      { name: "Goods-in temperature log", reference: "HLF-QA-04", usedBy: "Warehouse and logistics", purpose: "Records probe temperatures of chilled and frozen deliveries.", stockLocation: "Goods-in desk", minimumStock: "50", electronicCopy: "yes" },
      { name: "Manual order form", reference: "HLF-SO-02", usedBy: "Sales and customer service", purpose: "Phone orders when Sage 200 is unavailable; keyed in afterwards.", stockLocation: "Customer service room", minimumStock: "100", electronicCopy: "no" },
    ],
  },
  insurance: {
    owner: "Sarah Lewis",
    reviewed: "2026-09-22",
    rows: [
      { insurer: "Aviva", policyNumber: "BI-44718203", policyType: "Business interruption", coverage: "Loss of gross profit and increased cost of working after insured damage; 18-month indemnity period. Excludes cyber events.", limit: "4500000", excess: "2500", expiresOn: "2027-01-14", contactName: "Marsh (broker), Ellie Carter", contactPhone: "0117 496 0900", contactEmail: "ellie.carter@marsh.example" },
      { insurer: "Aviva", policyNumber: "PR-44718204", policyType: "Property", coverage: "Buildings contents, racking and plant at Unit 4 and Cold Store 2.", limit: "6200000", excess: "1000", expiresOn: "2027-01-14", contactName: "Marsh (broker), Ellie Carter", contactPhone: "0117 496 0900", contactEmail: "ellie.carter@marsh.example" },
      { insurer: "Allianz", policyNumber: "GIT-7730192", policyType: "Stock and goods in transit", coverage: "Chilled and frozen stock, including deterioration after refrigeration breakdown.", limit: "750000", excess: "500", expiresOn: "2027-06-30", contactName: "Allianz claims", contactPhone: "0345 072 7210" },
      { insurer: "Hiscox", policyNumber: "CY-2290551", policyType: "Cyber", coverage: "Ransomware response, forensic investigation, data restoration and business interruption from a cyber event (12 h waiting period).", limit: "1000000", excess: "5000", expiresOn: "2027-03-31", contactName: "Hiscox cyber incident line", contactPhone: "0800 840 2590", contactEmail: "cyberclaims@hiscox.example" },
      { insurer: "Zurich", policyNumber: "EL-5501873", policyType: "Public and employers' liability", limit: "10000000", excess: "250", expiresOn: "2027-09-01", contactName: "Zurich claims", contactPhone: "0800 302 9045" },
    ],
  },
  main_hardware: {
    owner: "Alex Morgan",
    reviewed: "2026-10-28",
    rows: [
      { name: "HV01", role: "Hyper-V host: DC01, SQL01, FILE01", makeModel: "Dell PowerEdge R650", serialNumber: "7XK2Q63", cpuCores: "32", memoryGB: "256", storageTB: "7.68", location: "Bristol server room, rack A", warrantyEnds: "2028-03-31", support: "Dell ProSupport Plus 4h" },
      { name: "HV02", role: "Hyper-V host: ERP-APP, WMS, PAYROLL, WEB-SHOP", makeModel: "Dell PowerEdge R650", serialNumber: "7XK2Q64", cpuCores: "32", memoryGB: "256", storageTB: "7.68", location: "Bristol server room, rack A", warrantyEnds: "2028-03-31", support: "Dell ProSupport Plus 4h" },
      { name: "NAS01", role: "Backup repository (Veeam)", makeModel: "Synology RS2423+", serialNumber: "23A0PBN112", storageTB: "48", location: "Bristol warehouse office (separate fire zone)", warrantyEnds: "2029-01-15", support: "Synology 5-year warranty" },
      { name: "CORE-SW1", role: "Core switch", makeModel: "HPE Aruba 6300M", serialNumber: "SG2ZL8F0R1", location: "Bristol server room, rack A", warrantyEnds: "2031-05-01", support: "Lifetime warranty" },
      { name: "FW01", role: "Firewall and VPN", makeModel: "Fortinet FortiGate 100F", serialNumber: "FG100FTK21", location: "Bristol server room, rack A", warrantyEnds: "2027-02-28", support: "FortiCare 24x7" },
    ],
  },
  call_list: {
    owner: "Priya Shah",
    reviewed: "2026-11-10",
    rows: [
      { order: "1", person: "Priya Shah", role: "Incident lead: decides to invoke the plan", primaryPhone: "07700 900102", alternatePhone: "0117 496 0872", callsNext: "Daniel Okafor, Alex Morgan, Tom Reed" },
      { order: "2", person: "Daniel Okafor", role: "Managing Director: customers and media", primaryPhone: "07700 900100", callsNext: "Sarah Lewis, Mark Evans" },
      { order: "3", person: "Alex Morgan", role: "IT recovery lead", primaryPhone: "07700 900101", alternatePhone: "0117 496 0101", callsNext: "Liam Foster" },
      { order: "4", person: "Tom Reed", role: "Warehouse and fleet", primaryPhone: "07700 900103", callsNext: "Owen Hughes, Aisha Khan" },
      { order: "5", person: "Sarah Lewis", role: "Finance and insurers", primaryPhone: "07700 900110", callsNext: "Joanne Price" },
      { order: "6", person: "Mark Evans", role: "Customers", primaryPhone: "07700 900120", callsNext: "Grace Bennett" },
      { order: "7", person: "Liam Foster", role: "IT support", primaryPhone: "07700 900105" },
      { order: "8", person: "Owen Hughes", role: "Site safety and facilities", primaryPhone: "07700 900150" },
    ],
  },
  vendors: {
    owner: "Aisha Khan",
    reviewed: "2026-10-12",
    rows: [
      { name: "Sage UK", service: "Sage 200 ERP support and licences", contractRef: "S200-HLF-2024", contractEnd: "2027-02-10", accountManager: "Ben Holloway", phone24x7: "0191 479 5900", email: "support@sage.example", recoveryHours: "4", critical: "yes" },
      { name: "Daikin Applied UK", service: "Refrigeration maintenance and breakdown", contractRef: "DA-SLA-7781", contractEnd: "2027-08-31", accountManager: "Rachel Moss", phone24x7: "0345 641 9000", recoveryHours: "6", critical: "yes" },
      { name: "BT Business", service: "Leased line and SIP trunk", contractRef: "BTB-889201", contractEnd: "2028-04-30", phone24x7: "0800 800 154", recoveryHours: "7", critical: "yes" },
      { name: "Microsoft", service: "Microsoft 365 Business Premium", contractRef: "EA-77120945", contractEnd: "2027-07-01", phone24x7: "0800 032 6417", critical: "yes" },
      { name: "CloudSecure", service: "Off-site backup copies (Veeam Cloud Connect)", contractRef: "CS-BR-1120", contractEnd: "2027-05-31", accountManager: "Imran Patel", phone24x7: "0330 088 1234", email: "noc@cloudsecure.example", recoveryHours: "12", critical: "yes" },
      { name: "DHL Supply Chain", service: "Overflow haulage and parcel collections", contractRef: "DHL-HLF-55", contractEnd: "2027-12-31", phone24x7: "0344 248 0844", recoveryHours: "24", critical: "no" },
    ],
  },
  micro_hardware_software: {
    owner: "Liam Foster",
    reviewed: "2026-10-28",
    rows: [
      { assetTag: "HLF-LT-014", type: "Laptop", user: "Alex Morgan", makeModel: "Dell Latitude 7450", operatingSystem: "Windows 11 Pro", software: "Hyper-V Manager, Veeam console, Sage 200 client", location: "Mobile", encrypted: "yes" },
      { assetTag: "HLF-LT-021", type: "Laptop", user: "Priya Shah", makeModel: "Dell Latitude 5450", operatingSystem: "Windows 11 Pro", software: "Microsoft 365, Sage 200 client", location: "Mobile", encrypted: "yes" },
      { assetTag: "HLF-LT-030", type: "Laptop", user: "Liam Foster", makeModel: "Dell Precision 3590", operatingSystem: "Windows 11 Pro", software: "Hot spare: Hyper-V with DC01 and ERP-APP replicas", location: "IT office", encrypted: "yes" },
      { assetTag: "HLF-HS-001", type: "Handheld scanner", makeModel: "Zebra TC52", operatingSystem: "Android 13", software: "WMS picking client", location: "Warehouse charging rack", encrypted: "no" },
      { assetTag: "HLF-PR-003", type: "Printer", makeModel: "Zebra ZT411 label printer", location: "Dispatch bay", encrypted: "no" },
    ],
  },
  notification_checklist: {
    owner: "Priya Shah",
    reviewed: "2026-11-10",
    rows: [
      { step: "1", notify: "Emergency response team (call tree)", responsible: "Priya Shah", when: "Immediately on invocation", method: "Phone", message: "What happened, where to meet, who leads." },
      { step: "2", notify: "All staff", responsible: "Joanne Price", when: "Within 1 hour", method: "SMS", message: "Whether to come in, where, and when the next update is." },
      { step: "3", notify: "Insurers (Aviva via Marsh)", responsible: "Sarah Lewis", when: "Within 24 hours", method: "Phone", message: "Policy BI-44718203; incident reference; first estimate of loss." },
      { step: "4", notify: "Key customers", responsible: "Mark Evans", when: "Before the next delivery window", method: "E-mail", message: "Expected delivery changes and the direct contact number." },
      { step: "5", notify: "Food Standards Agency", responsible: "Tom Reed", when: "If stock safety is in doubt", method: "Phone" },
    ],
  },
  office_supplies: {
    owner: "Owen Hughes",
    reviewed: "2025-06-12",
    rows: [
      { item: "Printer paper, A4 (boxes of 5 reams)", quantity: "4", storedAt: "Avonmouth cold store office", supplier: "Viking", leadTimeDays: "1" },
      { item: "Thermal labels 100x150", quantity: "20", storedAt: "Avonmouth cold store office", supplier: "Zebra via Barcodes Direct", leadTimeDays: "3" },
      { item: "Extension leads, 4-way", quantity: "10", storedAt: "Grab bag, warehouse office", supplier: "Screwfix", leadTimeDays: "1" },
      { item: "Hi-vis vests and torches", quantity: "15", storedAt: "Grab bag, warehouse office", supplier: "Arco", leadTimeDays: "2" },
    ],
  },
  offsite_storage: {
    owner: "Alex Morgan",
    reviewed: "2026-10-28",
    rows: [
      { name: "IT manager's home safe", address: "Alex Morgan's home, Portishead (address in the sealed envelope held by the MD)", access: "Alex Morgan; spare key with Daniel Okafor", keyHolder: "Alex Morgan", stored: "Encrypted USB drives with weekly VM image backups (two drives rotated: one always here), printed runbooks.", rotation: "Weekly", distanceKm: "16" },
      { name: "Iron Mountain Bristol", address: "Iron Mountain, Avonmouth Way, Bristol BS11 8DE", access: "Authorised requesters: Sarah Lewis, Alex Morgan; 4-hour retrieval, 24/7", keyHolder: "Sarah Lewis", stored: "Boxes 1–6: lease, insurance schedules, HR files; box 3: Sage licence keys and restore media.", rotation: "Quarterly", distanceKm: "9" },
      { name: "CloudSecure London", address: "CloudSecure data centre, Slough SL1 4AX", access: "Veeam Cloud Connect tenant; credentials in the break-glass envelope", stored: "Nightly backup copies of all VMs, 30 days; monthly copies, 12 months.", rotation: "Daily", distanceKm: "180" },
    ],
  },
  backup_schedules: {
    owner: "Alex Morgan",
    reviewed: "2026-10-28",
    rows: [
      { dataSet: "SQL01 databases (ERP, WMS)", frequency: "Hourly", method: "SQL log backups to NAS01", destination: "NAS01", retentionDays: "14", offsiteCopy: "yes", responsible: "Alex Morgan", lastRestoreTest: "2026-09-17" },
      { dataSet: "All VMs on HV01/HV02", frequency: "Daily", method: "Veeam VM image backup", destination: "NAS01, copy to CloudSecure", retentionDays: "30", offsiteCopy: "yes", responsible: "Alex Morgan", lastRestoreTest: "2026-10-08" },
      { dataSet: "All VMs, weekly full", frequency: "Weekly", method: "Veeam backup to rotated USB drives", destination: "USB drive (IT manager's home safe)", retentionDays: "28", offsiteCopy: "yes", responsible: "Liam Foster", lastRestoreTest: "2026-08-21" },
      { dataSet: "Microsoft 365 mail and OneDrive", frequency: "Daily", method: "Veeam Backup for Microsoft 365", destination: "CloudSecure", retentionDays: "365", offsiteCopy: "yes", responsible: "Liam Foster" },
      { dataSet: "PAYROLL", frequency: "Monthly", method: "Archive after each pay period close", destination: "Iron Mountain box 5 (encrypted disc)", retentionDays: "2190", offsiteCopy: "yes", responsible: "Joanne Price" },
    ],
  },
  telephones: {
    owner: "Liam Foster",
    reviewed: "2026-09-30",
    rows: [
      { number: "0117 496 0000", type: "Hunt group", location: "Customer service", provider: "BT Business", divertTo: "07700 900121" },
      { number: "0117 496 0101", type: "Desk phone", assignedTo: "Alex Morgan", location: "IT office", provider: "BT Business", divertTo: "07700 900101" },
      { number: "0117 496 0102", type: "Desk phone", assignedTo: "Priya Shah", location: "Operations office", provider: "BT Business", divertTo: "07700 900102" },
      { number: "07700 900103", type: "Mobile", assignedTo: "Tom Reed", provider: "Vodafone Business" },
      { number: "0117 496 0999", type: "Emergency line", location: "Cold room alarm panel", provider: "BT Business", divertTo: "07700 900103" },
    ],
  },
  temporary_locations: {
    owner: "Priya Shah",
    reviewed: "2026-10-14",
    rows: [
      { name: "Avonmouth cold store office", address: "Cold Store 2, Severn Road, Avonmouth BS10 7SP", seats: "12", readyWithinHours: "4", contact: "Tom Reed", contactPhone: "07700 900103", facilities: "Power with generator backup, 100 Mb/s line, 12 desks, loading bay, chilled storage.", agreement: "Own premises" },
      { name: "Regus Bristol Temple Quay", address: "1 Friary, Temple Quay, Bristol BS1 6EA", seats: "20", readyWithinHours: "24", contact: "Regus workplace recovery", contactPhone: "0800 279 7131", facilities: "Furnished offices, Wi-Fi, meeting rooms; no warehouse space.", agreement: "Workplace recovery contract HLF-WR-01" },
    ],
  },
};

const AVONMOUTH: PlanSeed = {
  equipment: {
    owner: "Tom Reed",
    reviewed: "2026-10-21",
    rows: [
      { name: "Blast freezer", category: "Refrigeration", makeModel: "Daikin ZEAS", quantity: "1", site: "Avonmouth cold store", supplier: "Daikin Applied UK", leadTimeDays: "14", critical: "yes" },
      { name: "Temperature probes", category: "Safety and security", makeModel: "Testo 104", quantity: "6", site: "Avonmouth cold store", supplier: "Testo", leadTimeDays: "2", critical: "yes" },
    ],
  },
  vendors: {
    owner: "Aisha Khan",
    reviewed: "2026-10-12",
    rows: [
      { name: "Daikin Applied UK", service: "Refrigeration breakdown cover", contractRef: "DA-SLA-7790", contractEnd: "2027-08-31", phone24x7: "0345 641 9000", recoveryHours: "6", critical: "yes" },
      { name: "Cool Hire UK", service: "Emergency refrigerated trailers", contractEnd: "2026-12-20", phone24x7: "0800 085 7550", recoveryHours: "8", critical: "yes" },
    ],
  },
  call_list: {
    owner: "Tom Reed",
    reviewed: "2026-11-10",
    rows: [
      { order: "1", person: "Tom Reed", role: "Site lead", primaryPhone: "07700 900103", callsNext: "Owen Hughes" },
      { order: "2", person: "Owen Hughes", role: "Facilities", primaryPhone: "07700 900150" },
    ],
  },
  temporary_locations: {
    rows: [
      { name: "Bristol warehouse chilled bay", address: "Unit 4, Harbour Lane Trading Estate, Bristol BS11 9XY", seats: "4", readyWithinHours: "2", contact: "Priya Shah", contactPhone: "07700 900102", agreement: "Own premises" },
    ],
  },
};

const RIVERSIDE: PlanSeed = {
  insurance: {
    owner: "Olivia Grant",
    reviewed: "2026-08-01",
    rows: [
      { insurer: "Dental Protection", policyNumber: "DP-330912", policyType: "Business interruption", limit: "500000", expiresOn: "2027-04-30", contactPhone: "0800 561 9000" },
    ],
  },
  critical_phone_numbers: {
    owner: "Olivia Grant",
    reviewed: "2026-08-01",
    rows: [{ name: "Practice landlord", category: "Landlord or facilities", phone: "01225 496 100" }],
  },
  backup_schedules: {
    rows: [{ dataSet: "Practice management system", frequency: "Daily", method: "Vendor-hosted backup", retentionDays: "90", offsiteCopy: "yes" }],
  },
};

function planSeedFor(orgSlug: string, planName: string): PlanSeed {
  if (orgSlug === "harbour-lane-foods") return planName === "Bristol operations" ? BRISTOL : AVONMOUTH;
  return RIVERSIDE;
}

export const seedInventories: StageSeed = async (tx: Prisma.TransactionClient, ctx) => {
  const people = await tx.person.findMany({ where: { orgId: ctx.orgId }, select: { id: true, name: true } });
  const idOf = (name: string) => {
    const person = people.find((p) => p.name === name);
    if (!person) throw new Error(`Demo inventories name ${name}, who is not a person of ${ctx.orgSlug}.`);
    return person.id;
  };
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? "";
  for (const [kind, seed] of Object.entries(planSeedFor(ctx.orgSlug, ctx.planName)) as [InventoryKind, RegisterSeed][]) {
    const register = registerOf(kind);
    await tx.inventoryRegister.create({
      data: {
        orgId: ctx.orgId,
        planId: ctx.planId,
        kind,
        ownerId: seed.owner ? idOf(seed.owner) : null,
        lastReviewedAt: seed.reviewed ? new Date(`${seed.reviewed}T10:00:00Z`) : null,
      },
    });
    const items = seed.rows.map((row) => {
      const input = Object.fromEntries(
        Object.entries(row).map(([key, value]) => [key, register.fields.find((f) => f.key === key)?.type === "person" ? idOf(value) : value]),
      );
      const data = itemSchema(register).parse(input);
      return { orgId: ctx.orgId, planId: ctx.planId, kind, data, label: labelOf(register, data, nameOf), expiresOn: expiryOf(register, data) };
    });
    await tx.inventoryItem.createMany({ data: items });
  }
};

/**
 * The eighteen data-collection registers (BCM stage 6), each declared once: the form, the zod
 * schema, the table columns and the CSV columns are all derived from these declarations
 * (lib/inventories/item-schema.ts). Safe to import from client components.
 */
import type { FieldDef } from "@/lib/inventories/fields";

export const INVENTORY_KINDS = [
  "backup_positions",
  "critical_phone_numbers",
  "communications",
  "distribution",
  "documentation",
  "equipment",
  "forms",
  "insurance",
  "main_hardware",
  "call_list",
  "vendors",
  "micro_hardware_software",
  "notification_checklist",
  "office_supplies",
  "offsite_storage",
  "backup_schedules",
  "telephones",
  "temporary_locations",
] as const;
export type InventoryKind = (typeof INVENTORY_KINDS)[number];

export type RegisterDef = {
  kind: InventoryKind;
  title: string;
  description: string;
  /** What one row is, for buttons and messages ("Add policy"). */
  noun: string;
  fields: readonly FieldDef[];
  /** The fields whose values, joined, make an item's label (its name in lists and links). */
  labelFields: readonly string[];
  /** The date field that says when an item expires (insurance policies, vendor contracts). */
  expiryField?: string;
  /**
   * The fields that identify an item, for a register whose items are picked elsewhere by name: no
   * two items may hold the same values in them (lib/inventories/duplicates.ts). `what` names them
   * in the refusal ("same name and service").
   */
  unique?: { keys: readonly string[]; what: string };
};

const REGISTERS: readonly RegisterDef[] = [
  {
    kind: "backup_positions",
    title: "Backup position listing",
    description: "For each key position, who stands in when the post holder is unavailable.",
    noun: "position",
    labelFields: ["position"],
    fields: [
      { key: "position", label: "Position", type: "text", required: true },
      { key: "department", label: "Department", type: "text" },
      { key: "holder", label: "Post holder", type: "person", required: true },
      { key: "backup", label: "Backup", type: "person", required: true, otherThan: ["holder"] },
      { key: "secondBackup", label: "Second backup", type: "person", otherThan: ["holder", "backup"] },
      { key: "knowledge", label: "What the backup must know", type: "longtext", help: "Systems, passwords held in the safe, suppliers to call." },
      { key: "trained", label: "Backup trained", type: "boolean" },
    ],
  },
  {
    kind: "critical_phone_numbers",
    title: "Critical telephone numbers",
    description: "Numbers needed in the first hours: emergency services, utilities, landlord, insurers, key customers.",
    noun: "number",
    labelFields: ["name"],
    fields: [
      { key: "name", label: "Name or organisation", type: "text", required: true },
      {
        key: "category",
        label: "Category",
        type: "select",
        required: true,
        options: ["Emergency services", "Utility", "Landlord or facilities", "Insurer", "Supplier", "Customer", "Authority or regulator", "Other"],
      },
      { key: "phone", label: "Phone", type: "phone", required: true, shortCode: true },
      { key: "alternatePhone", label: "Alternate phone", type: "phone", shortCode: true },
      { key: "available24x7", label: "Answered 24/7", type: "boolean" },
      { key: "reference", label: "Account or reference", type: "text", help: "What to quote when calling." },
    ],
  },
  {
    kind: "communications",
    title: "Communications inventory",
    description: "Lines, links and services the business communicates over, and who provides them.",
    noun: "service",
    labelFields: ["name"],
    fields: [
      { key: "name", label: "Name", type: "text", required: true },
      {
        key: "type",
        label: "Type",
        type: "select",
        required: true,
        options: ["Internet line", "Mobile data", "Voice lines", "E-mail and messaging", "Radio", "Satellite phone", "Public address", "Other"],
      },
      { key: "provider", label: "Provider", type: "text" },
      { key: "accountRef", label: "Account reference", type: "text" },
      { key: "site", label: "Site", type: "text" },
      { key: "capacity", label: "Capacity", type: "text", help: "e.g. 500 Mb/s, 30 channels." },
      { key: "fallback", label: "Fallback", type: "longtext", help: "What takes over if it fails." },
    ],
  },
  {
    kind: "distribution",
    title: "Distribution register",
    description: "Who holds which copy of the plan, in what form, and when they acknowledged receiving it.",
    noun: "copy",
    labelFields: ["copyNumber", "holder"],
    fields: [
      { key: "copyNumber", label: "Copy number", type: "integer", required: true },
      { key: "holder", label: "Holder", type: "person", required: true },
      { key: "format", label: "Format", type: "select", required: true, options: ["Printed", "Electronic", "Printed and electronic"] },
      { key: "keptAt", label: "Kept at", type: "text", help: "e.g. home safe, glovebox of the pool car." },
      { key: "planVersion", label: "Plan version", type: "version", help: "The version the copy was made from: a version is made each time the plan is submitted for approval." },
      { key: "issuedOn", label: "Issued on", type: "date", required: true, past: true },
      { key: "acknowledgedOn", label: "Acknowledged on", type: "date", notBefore: "issuedOn", past: true },
    ],
  },
  {
    kind: "documentation",
    title: "Documentation inventory",
    description: "Procedures, manuals, contracts and drawings needed to recover, and where the copies are.",
    noun: "document",
    labelFields: ["title"],
    fields: [
      { key: "title", label: "Title", type: "text", required: true },
      { key: "type", label: "Type", type: "select", options: ["Procedure", "Manual", "Contract", "Drawing or diagram", "Licence", "Policy", "Other"] },
      { key: "location", label: "Where the original is", type: "text", required: true },
      { key: "copyLocation", label: "Where the copy is", type: "text" },
      { key: "owner", label: "Owner", type: "person" },
      { key: "lastUpdated", label: "Last updated", type: "date", past: true },
    ],
  },
  {
    kind: "equipment",
    title: "Equipment inventory",
    description: "Non-IT equipment the business needs to operate, and how long a replacement takes.",
    noun: "equipment",
    labelFields: ["name"],
    fields: [
      { key: "name", label: "Name", type: "text", required: true },
      {
        key: "category",
        label: "Category",
        type: "select",
        options: ["Warehouse handling", "Refrigeration", "Vehicle", "Office", "Safety and security", "Power", "Other"],
      },
      { key: "makeModel", label: "Make and model", type: "text" },
      { key: "serialNumber", label: "Serial number", type: "text" },
      { key: "quantity", label: "Quantity", type: "integer" },
      { key: "site", label: "Site", type: "text" },
      { key: "supplier", label: "Supplier", type: "text" },
      { key: "leadTimeDays", label: "Replacement lead time", type: "integer", unit: "days" },
      { key: "critical", label: "Critical", type: "boolean" },
    ],
  },
  {
    kind: "forms",
    title: "Forms inventory",
    description: "Pre-printed and electronic forms the business cannot work without.",
    noun: "form",
    labelFields: ["name"],
    fields: [
      { key: "name", label: "Name", type: "text", required: true },
      { key: "reference", label: "Form reference", type: "text" },
      { key: "usedBy", label: "Used by", type: "text" },
      { key: "purpose", label: "Purpose", type: "longtext" },
      { key: "stockLocation", label: "Stock kept at", type: "text" },
      { key: "minimumStock", label: "Minimum stock", type: "integer" },
      { key: "electronicCopy", label: "Electronic master available", type: "boolean" },
    ],
  },
  {
    kind: "insurance",
    title: "Insurance policy inventory",
    description: "Policies, what they cover, their limits and expiry, and whom to call to make a claim.",
    noun: "policy",
    labelFields: ["insurer", "policyNumber"],
    expiryField: "expiresOn",
    fields: [
      { key: "insurer", label: "Insurer", type: "text", required: true },
      { key: "policyNumber", label: "Policy number", type: "text", required: true },
      {
        key: "policyType",
        label: "Policy type",
        type: "select",
        required: true,
        options: ["Business interruption", "Property", "Stock and goods in transit", "Public and employers' liability", "Cyber", "Motor fleet", "Other"],
      },
      { key: "coverage", label: "Coverage", type: "longtext", help: "What is covered, and notable exclusions." },
      { key: "limit", label: "Limit of indemnity", type: "number", unit: "£" },
      { key: "excess", label: "Excess", type: "number", unit: "£" },
      { key: "expiresOn", label: "Expiry date", type: "date", required: true },
      { key: "contactName", label: "Claims contact", type: "text" },
      { key: "contactPhone", label: "Claims phone", type: "phone" },
      { key: "contactEmail", label: "Claims e-mail", type: "email" },
    ],
  },
  {
    kind: "main_hardware",
    title: "Main computer hardware inventory",
    description: "Servers, storage and network equipment: what it is, where, and its support cover.",
    noun: "device",
    labelFields: ["name"],
    fields: [
      { key: "name", label: "Name", type: "text", required: true },
      { key: "role", label: "Role", type: "text" },
      { key: "makeModel", label: "Make and model", type: "text" },
      { key: "serialNumber", label: "Serial number", type: "text" },
      { key: "cpuCores", label: "CPU cores", type: "integer" },
      { key: "memoryGB", label: "Memory", type: "integer", unit: "GB" },
      { key: "storageTB", label: "Storage", type: "number", unit: "TB" },
      { key: "location", label: "Location", type: "text" },
      { key: "warrantyEnds", label: "Warranty ends", type: "date" },
      { key: "support", label: "Support contract", type: "text" },
    ],
  },
  {
    kind: "call_list",
    title: "Master call list",
    description: "The call tree: who is called in which order, on which numbers, and who they call next.",
    noun: "entry",
    labelFields: ["order", "person"],
    fields: [
      { key: "order", label: "Call-tree order", type: "integer", required: true },
      { key: "person", label: "Person", type: "person", required: true },
      { key: "role", label: "Role in an incident", type: "text" },
      { key: "primaryPhone", label: "Primary number", type: "phone", required: true },
      { key: "alternatePhone", label: "Alternate number", type: "phone" },
      { key: "callsNext", label: "Calls next", type: "text", help: "The people this person calls." },
    ],
  },
  {
    kind: "vendors",
    title: "Master vendor list",
    description: "Suppliers the recovery depends on: the service, the contract, the 24/7 contact and the contractual recovery time.",
    noun: "vendor",
    labelFields: ["name"],
    expiryField: "contractEnd",
    // Functions pick their vendors from this list: two entries of one vendor for one service
    // split the functions that depend on it between them (docs/decisions/0034).
    unique: { keys: ["name", "service"], what: "name and service" },
    fields: [
      { key: "name", label: "Vendor", type: "text", required: true },
      { key: "service", label: "Service", type: "text", required: true },
      { key: "contractRef", label: "Contract reference", type: "text" },
      { key: "contractEnd", label: "Contract end", type: "date" },
      { key: "accountManager", label: "Account manager", type: "text" },
      { key: "phone24x7", label: "24/7 contact number", type: "phone" },
      { key: "email", label: "E-mail", type: "email" },
      { key: "recoveryHours", label: "Contractual recovery time", type: "number", unit: "hours" },
      { key: "critical", label: "Critical to recovery", type: "boolean" },
    ],
  },
  {
    kind: "micro_hardware_software",
    title: "Microcomputer hardware and software inventory",
    description: "Desktops, laptops, handhelds and printers, who uses them and the software they carry.",
    noun: "device",
    labelFields: ["assetTag"],
    fields: [
      { key: "assetTag", label: "Asset tag", type: "text", required: true },
      { key: "type", label: "Type", type: "select", required: true, options: ["Laptop", "Desktop", "Tablet", "Handheld scanner", "Printer", "Other"] },
      { key: "user", label: "User", type: "person" },
      { key: "makeModel", label: "Make and model", type: "text" },
      { key: "operatingSystem", label: "Operating system", type: "text" },
      { key: "software", label: "Key software", type: "longtext" },
      { key: "location", label: "Location", type: "text" },
      { key: "encrypted", label: "Disk encrypted", type: "boolean" },
    ],
  },
  {
    kind: "notification_checklist",
    title: "Notification checklist",
    description: "Who must be told, by whom, how and when, once the plan is invoked.",
    noun: "step",
    labelFields: ["step", "notify"],
    fields: [
      { key: "step", label: "Step", type: "integer", required: true },
      { key: "notify", label: "Notify", type: "text", required: true },
      { key: "responsible", label: "Responsible", type: "person" },
      { key: "when", label: "When", type: "text", help: "e.g. within 1 hour of invocation." },
      { key: "method", label: "Method", type: "select", options: ["Phone", "SMS", "E-mail", "Teams", "In person", "Website notice"] },
      { key: "message", label: "What to say", type: "longtext" },
    ],
  },
  {
    kind: "office_supplies",
    title: "Office supply inventory",
    description: "Supplies to have at hand when working from a temporary location.",
    noun: "supply",
    labelFields: ["item"],
    fields: [
      { key: "item", label: "Item", type: "text", required: true },
      { key: "quantity", label: "Quantity to keep", type: "integer" },
      { key: "storedAt", label: "Stored at", type: "text" },
      { key: "supplier", label: "Supplier", type: "text" },
      { key: "leadTimeDays", label: "Reorder lead time", type: "integer", unit: "days" },
    ],
  },
  {
    kind: "offsite_storage",
    title: "Off-site storage location inventory",
    description: "Where copies of data and documents are kept away from the site, how to get at them, and how often they rotate.",
    noun: "location",
    labelFields: ["name"],
    fields: [
      { key: "name", label: "Name", type: "text", required: true },
      { key: "address", label: "Address", type: "longtext", required: true },
      { key: "access", label: "Access arrangements", type: "text", required: true, help: "Who holds keys or codes, opening hours." },
      { key: "keyHolder", label: "Key holder", type: "person" },
      { key: "stored", label: "What is stored", type: "longtext", required: true },
      { key: "rotation", label: "Rotation", type: "select", required: true, options: ["Daily", "Weekly", "Monthly", "Quarterly", "Ad hoc"] },
      { key: "distanceKm", label: "Distance from site", type: "number", unit: "km" },
    ],
  },
  {
    kind: "backup_schedules",
    title: "Software and data files backup/retention schedules",
    description: "What is backed up, how often, where to, and how long each copy is kept.",
    noun: "schedule",
    labelFields: ["dataSet"],
    fields: [
      { key: "dataSet", label: "Data set", type: "text", required: true, help: "A system, a share or a database." },
      { key: "frequency", label: "Frequency", type: "select", required: true, options: ["Hourly", "Daily", "Weekly", "Monthly"] },
      { key: "method", label: "Method", type: "text", help: "e.g. VM image, SQL log shipping." },
      { key: "destination", label: "Destination", type: "text" },
      { key: "retentionDays", label: "Retention", type: "integer", unit: "days", required: true },
      { key: "offsiteCopy", label: "Copy kept off site", type: "boolean" },
      { key: "responsible", label: "Responsible", type: "person" },
      { key: "lastRestoreTest", label: "Last restore test", type: "date", past: true },
    ],
  },
  {
    kind: "telephones",
    title: "Telephone inventory",
    description: "Numbers, handsets and lines, who has them, and where calls divert in an outage.",
    noun: "line",
    labelFields: ["number"],
    fields: [
      { key: "number", label: "Number or extension", type: "text", required: true },
      { key: "type", label: "Type", type: "select", required: true, options: ["Desk phone", "Mobile", "DECT handset", "Hunt group", "Conference phone", "Emergency line"] },
      { key: "assignedTo", label: "Assigned to", type: "person" },
      { key: "location", label: "Location", type: "text" },
      { key: "provider", label: "Provider", type: "text" },
      { key: "divertTo", label: "Divert to in an outage", type: "phone" },
    ],
  },
  {
    kind: "temporary_locations",
    title: "Temporary location specifications",
    description: "Where the business works from if a site is lost: capacity, facilities and how soon it is ready.",
    noun: "location",
    labelFields: ["name"],
    fields: [
      { key: "name", label: "Name", type: "text", required: true },
      { key: "address", label: "Address", type: "longtext", required: true },
      { key: "seats", label: "Seats", type: "integer" },
      { key: "readyWithinHours", label: "Ready within", type: "number", unit: "hours" },
      { key: "contact", label: "Contact", type: "text" },
      { key: "contactPhone", label: "Contact phone", type: "phone" },
      { key: "facilities", label: "Facilities", type: "longtext", help: "Power, network, parking, loading bay." },
      { key: "agreement", label: "Agreement", type: "text", help: "e.g. reciprocal agreement, own premises." },
    ],
  },
];

const BY_KIND = new Map(REGISTERS.map((register) => [register.kind, register]));

export function allRegisters(): readonly RegisterDef[] {
  return REGISTERS;
}

export function isInventoryKind(value: unknown): value is InventoryKind {
  return typeof value === "string" && BY_KIND.has(value as InventoryKind);
}

export function registerOf(kind: InventoryKind): RegisterDef {
  const register = BY_KIND.get(kind);
  if (!register) throw new Error(`Unknown inventory register ${kind}`);
  return register;
}

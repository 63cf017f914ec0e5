/**
 * A snapshot field's name and value in words an executive can read (pure): "Closed on", "RTO",
 * "2026-11-20", "Priya Shah, Alex Morgan". Used where a version's changes are listed.
 */
const LABELS: Record<string, string> = {
  mtdMinutes: "MTD",
  rtoMinutes: "RTO",
  rpoMinutes: "RPO",
  wrtMinutes: "WRT",
  mtdOverrideReason: "Reason for the MTD",
  rtoOverrideReason: "Reason for the RTO",
  closedAt: "Closed on",
  closedNote: "How it was closed",
  dueOn: "Due",
  conductedOn: "Date",
  successCriteria: "Success criteria",
  ramMiB: "Memory (MiB)",
  usedGB: "Used storage (GB)",
  impactGrid: "Impact over time",
  lostHostKeys: "Hosts lost",
  lostSites: "Sites lost",
  ertRoles: "Emergency response roles",
};

export function fieldLabel(key: string): string {
  if (Object.hasOwn(LABELS, key)) return LABELS[key];
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const MAX = 120;
const ISO = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}):\d{2}(\.\d+)?Z$/;

function cut(text: string): string {
  const chars = [...text];
  return chars.length > MAX ? `${chars.slice(0, MAX - 1).join("")}…` : text;
}

export function fieldValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string") {
    const date = ISO.exec(value);
    if (date) return date[2] === "00:00" ? date[1] : `${date[1]} ${date[2]} UTC`;
    return cut(value.replace(/_/g, value.includes(" ") ? "_" : " "));
  }
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.length ? cut(value.map(fieldValue).join(", ")) : "—";
  if (typeof value === "object") {
    const row = value as Record<string, unknown>;
    for (const key of ["name", "title", "label", "key"]) if (typeof row[key] === "string") return cut(row[key] as string);
    return cut(JSON.stringify(value));
  }
  return cut(String(value));
}

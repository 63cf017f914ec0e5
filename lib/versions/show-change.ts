/**
 * A snapshot field's name and value in words an executive can read (pure): "Closed on", "RTO",
 * "20 Nov 2026", "1 week", "£1,800", "Priya Shah, Alex Morgan", as the pages show them. Used
 * where a version's changes are listed and its content is shown.
 */
import { formatDuration } from "@/lib/durations";
import { formatDay, formatInstant } from "@/lib/days";
import { formatMoney } from "@/lib/money";
import { formatBytes } from "@/lib/exercises/attachment-rules";
import { changedExcerpts, clipText } from "@/lib/changed-excerpts";

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
  leadsResponse: "Leads the response",
  lagMinutes: "Lag",
};

const ACRONYMS = new Set(["mtd", "rto", "rpo", "wrt", "ram", "mib", "gb", "url", "it", "ert"]);

/**
 * A snapshot field's name in words: "impactGrid" → "Impact grid"; a field of minutes without its
 * unit, which its value, in words, carries: "mtdMinutes" → "MTD" (shown "MTD: 1 day").
 */
export function fieldWords(key: string): string {
  const words = key
    .replace(/(?<=.)Minutes$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[\s_]+/)
    .filter(Boolean)
    .map((w) => (ACRONYMS.has(w.toLowerCase()) ? w.toUpperCase() : w.toLowerCase()));
  const text = words.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function fieldLabel(key: string): string {
  if (Object.hasOwn(LABELS, key)) return LABELS[key];
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A snapshot's number as the pages show that field: a duration ("1 week"), money, or as it is. */
export function numberText(key: string, value: number): string {
  if (key.endsWith("Minutes")) return formatDuration(value);
  if (key === "costPerHour") return formatMoney(value);
  return String(value);
}

const MAX = 120;
const ISO = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}):\d{2}(\.\d+)?Z$/;

const cut = (text: string) => clipText(text, MAX);

/**
 * Flags a snapshot holds only when they are set (an ERT role's "leads the response", decision 56):
 * their absence reads "no" in a snapshot that records the flag; a comparison with one frozen
 * before the flag existed says "not recorded" instead (LATER_FIELDS in diff.ts, decision 65).
 */
const SET_ONLY_FLAGS = new Set(["leadsResponse"]);

/** A snapshot value of the field `key`, in words, whole; days and instants as every page shows them. */
function wholeValue(value: unknown, key: string): string {
  if (value === undefined && SET_ONLY_FLAGS.has(key)) return "no";
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string") {
    const date = ISO.exec(value);
    if (date) return date[2] === "00:00" ? formatDay(new Date(value)) : formatInstant(new Date(value));
    return value.replace(/_/g, value.includes(" ") ? "_" : " ");
  }
  if (typeof value === "number") return numberText(key, value);
  if (Array.isArray(value)) return value.length ? value.map((item) => wholeValue(item, key)).join(", ") : "—";
  if (typeof value === "object") {
    // A linked record (a person, a department) by its name; one without a name in words.
    const row = value as Record<string, unknown>;
    for (const key of ["name", "title", "label", "key"]) if (typeof row[key] === "string") return row[key] as string;
    return recordWords(row);
  }
  return String(value);
}

/** A snapshot value of the field `key`, in words (wholeValue), cut to a line or two. */
export function fieldValue(value: unknown, key = ""): string {
  return cut(wholeValue(value, key));
}

/**
 * A field's value before and after a change, in words, each cut around where they differ
 * (changedExcerpts): a sentence added at the end of a long section shows on both sides.
 */
export function changedValues(before: unknown, after: unknown, key = ""): [string, string] {
  return changedExcerpts(wholeValue(before, key), wholeValue(after, key), MAX);
}

/** An item of a list of records, whole, in words (recordWords); any other item as a value. */
export function itemValue(item: unknown, key = ""): string {
  return isRow(item) ? cut(recordWords(item)) : fieldValue(item, key);
}

/** The keys a record is known by, in the order a person would name it by them. */
const NAME_KEYS = ["name", "title", "label", "key", "fileName"] as const;

/** Keys that say nothing to a reader: database ids, and a file's fingerprint (its name and size say which file). */
const unread = (key: string) => key === "id" || /[a-z]Ids?$/.test(key) || key === "sha256";

const isRow = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A record held inside another, in words and never by its id: a test's measured restore as the
 * test's page reads it ("SQL01 from nas, restored in 2 h 30 min, 0 min data lost"), a file by its
 * name and size, a linked record by its name, and any other by its name and its fields ("To:
 * cloud; Mode: immediate; Lag: 30 min").
 */
function recordWords(row: Record<string, unknown>): string {
  if (typeof row.restoreMinutes === "number" && typeof row.locationKey === "string") {
    const system = isRow(row.system) && typeof row.system.name === "string" ? row.system.name : "A system";
    const size = typeof row.usedGB === "number" ? `, ${row.usedGB} GB` : "";
    const notes = typeof row.notes === "string" && row.notes ? ` (${row.notes})` : "";
    // A blank data lost is null (decision 71); versions frozen before it always hold a figure.
    const lost = typeof row.dataLossMinutes === "number" ? `${formatDuration(row.dataLossMinutes)} data lost` : "data lost not measured";
    return `${system} from ${row.locationKey}, restored in ${formatDuration(row.restoreMinutes)}, ${lost}${size}${notes}`;
  }
  if (typeof row.fileName === "string" && typeof row.sizeBytes === "number") return `${row.fileName}, ${formatBytes(row.sizeBytes)}`;
  const nameKey = NAME_KEYS.find((key) => typeof row[key] === "string" && row[key] !== "");
  const fields = Object.entries(row)
    .filter(([key, value]) => key !== nameKey && !unread(key) && value !== null && value !== undefined && value !== "")
    .map(([key, value]) => `${fieldWords(key)}: ${fieldValue(value, key)}`);
  const name = nameKey ? (row[nameKey] as string) : null;
  if (name && fields.length) return `${name} (${fields.join("; ")})`;
  return name ?? (fields.length ? fields.join("; ") : "a linked record");
}

/**
 * A snapshot field's name and value in words an executive can read (pure): "Closed on", "RTO",
 * "20 Nov 2026", "1 week", "£1,800", "Priya Shah, Alex Morgan", as the pages show them. Used
 * where a version's changes are listed and its content is shown.
 */
import { formatDuration } from "@/lib/durations";
import { formatDay, formatInstant } from "@/lib/days";
import { formatMoney } from "@/lib/money";

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

/** A snapshot's number as the pages show that field: a duration ("1 week"), money, or as it is. */
export function numberText(key: string, value: number): string {
  if (key.endsWith("Minutes")) return formatDuration(value);
  if (key === "costPerHour") return formatMoney(value);
  return String(value);
}

const MAX = 120;
const ISO = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}):\d{2}(\.\d+)?Z$/;

function cut(text: string): string {
  const chars = [...text];
  return chars.length > MAX ? `${chars.slice(0, MAX - 1).join("")}…` : text;
}

/** A snapshot value of the field `key`, in words; days and instants as every page shows them. */
export function fieldValue(value: unknown, key = ""): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string") {
    const date = ISO.exec(value);
    if (date) return date[2] === "00:00" ? formatDay(new Date(value)) : formatInstant(new Date(value));
    return cut(value.replace(/_/g, value.includes(" ") ? "_" : " "));
  }
  if (typeof value === "number") return numberText(key, value);
  if (Array.isArray(value)) return value.length ? cut(value.map((item) => fieldValue(item, key)).join(", ")) : "—";
  if (typeof value === "object") {
    const row = value as Record<string, unknown>;
    for (const key of ["name", "title", "label", "key"]) if (typeof row[key] === "string") return cut(row[key] as string);
    return cut(JSON.stringify(value));
  }
  return cut(String(value));
}

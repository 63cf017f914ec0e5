import { formatDay, formatInstant } from "@/lib/days";
import { at, COLLECTIONS, recordNaming } from "@/lib/versions/diff";
import { fieldWords, numberText } from "@/lib/versions/show-change";

/** One collection of a version's frozen content, every record with its fields already in words. */
export type SnapshotCollection = {
  stage: string;
  title: string;
  records: { id: string; label: string; fields: [name: string, value: string][] }[];
};

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * A frozen value as an approver reads it: durations, money and dates in the app's words, records
 * by their name, and nested values (an impact grid) as "label: value" pairs rather than JSON.
 */
export function showValue(value: unknown, key = ""): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return numberText(key, value);
  if (typeof value === "string" && INSTANT.test(value)) {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return /T00:00:00(\.000)?Z$/.test(value) ? formatDay(date) : formatInstant(date);
  }
  if (Array.isArray(value)) return value.length ? value.map((v) => showValue(v, key)).join(", ") : "—";
  if (typeof value === "object") {
    const row = value as Record<string, unknown>;
    if (typeof row.name === "string") return row.name;
    if (typeof row.title === "string") return row.title;
    const entries = Object.entries(row).filter(([k]) => k !== "id");
    if (entries.length === 0) return "a linked record";
    return entries.map(([k, v]) => `${fieldWords(k)}: ${showValue(v, k)}`).join("; ");
  }
  return String(value);
}

/**
 * A version's frozen content in words, collection by collection (pure). Worded here, on the
 * server, so that the page hands its view plain strings: dates read the same in every browser.
 */
export function snapshotContent(snapshot: unknown): SnapshotCollection[] {
  return COLLECTIONS.map((collection) => {
    const naming = recordNaming(collection);
    return {
      stage: collection.stage,
      title: collection.title,
      records: at(snapshot, collection.path).map((row) => ({
        id: naming.id(row),
        label: naming.label(row),
        fields: Object.entries(row)
          .filter(([key]) => key !== "id")
          .map(([key, value]) => [fieldWords(key), showValue(value, key)]),
      })),
    };
  });
}

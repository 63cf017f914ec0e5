import "server-only";
import { plainText, type Shown } from "@/lib/concurrency/stale-edit";

/** How a form shows one audited field: its label, and its value as text (plainly by default). */
export type FieldDisplay = Record<string, { label: string; text?: (value: unknown) => string }>;

/**
 * A `show` for describeConflict (lib/concurrency/stale-edit.ts) whose fields need more than
 * `showLabelled`'s plain values: durations, names of linked records, labels of choices.
 */
export function showFields(fields: FieldDisplay): (snapshot: Record<string, unknown>) => Shown {
  return (snapshot) => {
    const shown: Shown = {};
    for (const [field, { label, text = plainText }] of Object.entries(fields)) {
      if (field in snapshot) shown[field] = { label, text: text(snapshot[field]) };
    }
    return shown;
  };
}

/** A list of ids as the form shows it: the names, sorted, so their order never shows as a change. */
export const namedList = (names: Map<string, string>) => (value: unknown) =>
  plainText(Array.isArray(value) ? value.map((id) => names.get(String(id)) ?? "a deleted record").sort((a, b) => a.localeCompare(b)) : []);

/** One id as the form shows it: the name, or `none` for no choice. */
export const namedId = (names: Map<string, string>, none = "—") => (value: unknown) =>
  typeof value === "string" && value ? (names.get(value) ?? "a deleted record") : none;

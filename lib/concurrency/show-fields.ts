import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import type { Shown } from "@/lib/concurrency/stale-edit";
import { formatDuration } from "@/lib/durations";
import { formatDay } from "@/lib/days";

/*
 * How a refused stale save shows a record's fields (docs/decisions/0007): each use case gives
 * describeConflict a `show` built from these, so that a value reads as the form shows it.
 */

/** A value as a form shows it: empty is a dash, a list is comma-separated. */
export function plainText(value: unknown): string {
  if (Array.isArray(value)) return value.length ? value.map(String).join(", ") : "none";
  return value === null || value === undefined || value === "" ? "—" : String(value);
}

/** How a form shows one audited field: its label, and its value as text (plainly by default). */
export type FieldDisplay = Record<string, { label: string; text?: (value: unknown) => string }>;

/** A `show` for describeConflict: the fields the form has, each with its label and display. */
export function showFields(fields: FieldDisplay): (snapshot: Record<string, unknown>) => Shown {
  return (snapshot) => {
    const shown: Shown = {};
    for (const [field, { label, text = plainText }] of Object.entries(fields)) {
      if (field in snapshot) shown[field] = { label, text: text(snapshot[field]) };
    }
    return shown;
  };
}

/**
 * A `show` for records whose audited fields display as they are, except ids named in `names`
 * (people, sites…): `labels` says which fields the form has and what it calls them.
 */
export function showLabelled(labels: Record<string, string>, names: Map<string, string> = new Map()): (snapshot: Record<string, unknown>) => Shown {
  const text = (value: unknown) => (typeof value === "string" && names.has(value) ? names.get(value)! : plainText(value));
  return showFields(Object.fromEntries(Object.entries(labels).map(([field, label]) => [field, { label, text }])));
}

/**
 * A list of ids as the form shows it: the names, sorted, so that their order never shows as a
 * change. An id whose record was deleted since is left out: deleting a record unlinks it without
 * a save, and the form no longer offers it, so it is nobody's change.
 */
export const namedList = (names: Map<string, string>) => (value: unknown) =>
  plainText(Array.isArray(value) ? value.flatMap((id) => names.get(String(id)) ?? []).sort((a, b) => a.localeCompare(b)) : []);

/** A list of texts (not ids) in alphabetical order, so that their order never shows as a change. */
export const sortedList = (value: unknown) => plainText(Array.isArray(value) ? value.map(String).sort((a, b) => a.localeCompare(b)) : value);

/** One id as the form shows it: the name, or `none` for no choice. */
export const namedId = (names: Map<string, string>, none = "—") => (value: unknown) =>
  typeof value === "string" && value ? (names.get(value) ?? "a deleted record") : none;

/** A stored choice by the label the form's select shows for it. */
export const choice = (labels: Record<string, string>) => (value: unknown) => (typeof value === "string" && value in labels ? labels[value] : plainText(value));

/** A checkbox: ticked is "yes", not ticked "no". */
export const yesNo = (value: unknown) => (typeof value === "boolean" ? (value ? "yes" : "no") : plainText(value));

/** A calendar day of a snapshot (YYYY-MM-DD) as the app shows days ("22 Jun 2026"). */
export const day = (value: unknown) => (typeof value === "string" && value ? formatDay(new Date(`${value}T00:00:00Z`)) : "—");

/** An instant of a snapshot as the forms take it: ISO 8601 without milliseconds. */
export const instant = (value: unknown) => (typeof value === "string" && value ? value.replace(".000Z", "Z") : "—");

/** A number of minutes as the app shows durations ("4 h", "2 days"). */
export const duration = (value: unknown) => formatDuration(typeof value === "number" ? value : null);

/** Records by id → name, to name id fields. */
export const byName = (rows: { id: string; name: string }[]) => new Map(rows.map((row) => [row.id, row.name]));

const byNameOrder = { select: { id: true, name: true }, orderBy: { name: "asc" } } as const;
const NAMED = {
  person: (tx: Tx, orgId: string) => tx.person.findMany({ where: { orgId }, ...byNameOrder }),
  site: (tx: Tx, orgId: string) => tx.site.findMany({ where: { orgId }, ...byNameOrder }),
  department: (tx: Tx, orgId: string) => tx.department.findMany({ where: { orgId }, ...byNameOrder }),
};

/**
 * The organisation's people, sites or departments by id, in name order: names id fields in a
 * conflict, and lists them as a form's options.
 */
export async function orgNames(tx: Tx, actor: Pick<Actor, "orgId">, kind: keyof typeof NAMED): Promise<Map<string, string>> {
  return byName(await NAMED[kind](tx, actor.orgId));
}

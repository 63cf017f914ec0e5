import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { plainText, type Shown } from "@/lib/concurrency/stale-edit";
import { siteNames } from "@/lib/recovery/setup/scope";

type Snapshot = Record<string, unknown>;

/** One field a form shows: the audited field, the form's label, and how the form displays its value. */
export type ShownField = [field: string, label: string, format: (value: unknown) => string];

/** A `show` (lib/concurrency/stale-edit) for the fields of a snapshot (whole, or the part an audit row kept). */
export function showFields(fields: ShownField[]): (snapshot: Snapshot) => Shown {
  return (snapshot) => {
    const shown: Shown = {};
    for (const [field, label, format] of fields) {
      if (field in snapshot) shown[field] = { label, text: format(snapshot[field]) };
    }
    return shown;
  };
}

/** An id as the form's select shows it (`none` when empty), or "a deleted record". */
export const named = (names: Map<string, string>, none = "—") => (value: unknown) =>
  typeof value === "string" && value ? (names.get(value) ?? "a deleted record") : none;

/** A list of ids as names, alphabetically ("none" when empty). */
export const namedList = (names: Map<string, string>) => (value: unknown) => {
  const items = Array.isArray(value) ? value.map((id) => names.get(String(id)) ?? "a deleted record").sort((a, b) => a.localeCompare(b)) : [];
  return items.length ? items.join(", ") : "none";
};

/** A schedule as the policies page lists it. */
export function scheduleText(s: { cron?: unknown; timezone?: unknown; everyMinutes?: unknown; anchor?: unknown }): string {
  const anchor = s.anchor instanceof Date ? s.anchor.toISOString() : plainText(s.anchor);
  return s.cron ? `cron ${String(s.cron)} (${plainText(s.timezone)})` : `every ${plainText(s.everyMinutes)} min from ${anchor}`;
}

/** The key, name and site that hosts and backup locations have, as their forms show them. */
export async function keyNameSite(tx: Tx, actor: Pick<Actor, "orgId">): Promise<ShownField[]> {
  return [
    ["key", "Key", plainText],
    ["name", "Name", plainText],
    ["siteId", "Site", named(await siteNames(tx, actor))],
  ];
}

/**
 * An incident's log as it is read, on its page, in its CSV and in its report: when the disruption
 * began (if recorded), the declaration, the entries, and the stand-down where it falls among them.
 * Entries come in the order things happened; the only ones after the stand-down are the notes the
 * app adds when the declaration is corrected after it (docs/decisions/0062). Pure.
 */
export type LogIncident = { startedAt: Date | null; declaredAt: Date; stoodDownAt: Date | null };

export type LogItem<E> = { kind: "began"; at: Date } | { kind: "declared"; at: Date } | { kind: "entry"; at: Date; entry: E } | { kind: "stood-down"; at: Date };

export function logItems<E extends { at: Date }>(incident: LogIncident, entries: readonly E[]): LogItem<E>[] {
  const items: LogItem<E>[] = [];
  if (incident.startedAt) items.push({ kind: "began", at: incident.startedAt });
  items.push({ kind: "declared", at: incident.declaredAt });
  const { stoodDownAt } = incident;
  const before = stoodDownAt ? entries.filter((e) => e.at <= stoodDownAt) : entries;
  items.push(...before.map((entry) => ({ kind: "entry" as const, at: entry.at, entry })));
  if (stoodDownAt) {
    items.push({ kind: "stood-down", at: stoodDownAt });
    items.push(...entries.filter((e) => e.at > stoodDownAt).map((entry) => ({ kind: "entry" as const, at: entry.at, entry })));
  }
  return items;
}

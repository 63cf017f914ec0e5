/**
 * The audit log's search by the words its page shows, not only by the codes it stores: an
 * action's words ("Submitted for approval" is plan.submitted, "Role changed" member.role_changed),
 * a kind of record's ("Business function" is function), and a coded field's value ("Administrator"
 * is the role admin, "Virtual machine" the system kind vm), all from the labels the page reads
 * (lib/audit/audit-display.ts). Pure.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { ACTIONS, CHOICES, KINDS } from "@/lib/audit/audit-display";
import { containing, sameTextAs } from "@/lib/lists/like";

const matching = (labels: Record<string, string>, needle: string) =>
  Object.entries(labels)
    .filter(([, label]) => label.toLowerCase().includes(needle))
    .map(([code]) => code);

/**
 * The conditions, any of which selects an entry, under which `q` matches the words an entry is
 * shown with. An action without words of its own reads as its code's last part spaced
 * (actionText), so words with spaces also match codes with "_" or "-" in their place.
 */
export function labelConditions(q: string): Prisma.AuditLogWhereInput[] {
  const needle = q.trim().toLowerCase();
  if (!needle) return [];
  const conditions: Prisma.AuditLogWhereInput[] = [];
  const actions = matching(ACTIONS, needle);
  if (actions.length) conditions.push({ action: { in: actions } });
  if (/\s/.test(needle)) {
    for (const joint of ["_", "-"]) conditions.push({ action: containing(needle.replace(/\s+/g, joint)) });
  }
  for (const kind of matching(KINDS, needle)) conditions.push({ entityType: sameTextAs(kind) });
  for (const [kind, fields] of Object.entries(CHOICES)) {
    const values = Object.entries(fields).flatMap(([field, labels]) =>
      matching(labels, needle).flatMap((code) => [{ before: { path: [field], equals: code } }, { after: { path: [field], equals: code } }]),
    );
    if (values.length) conditions.push({ entityType: sameTextAs(kind), OR: values });
  }
  return conditions;
}

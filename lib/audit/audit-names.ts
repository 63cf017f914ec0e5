import "server-only";
import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { containing } from "@/lib/lists/like";
import { isInventoryKind, registerOf } from "@/lib/inventories/registers";
import { SECTIONS, type SectionKey } from "@/lib/sections/section-keys";

/**
 * The records the audit log looks its ids up in: the kinds of record its entries are about (their
 * entityType, any spelling), the table and the column a person knows a row by (null: none). The
 * plan an entry belongs to is its own column (AuditLog.planId), not looked up here.
 */
const RECORDS: readonly { kinds: string[]; table: string; label: string }[] = [
  { kinds: ["plan"], table: "Plan", label: `t."name"` },
  { kinds: ["plan_version"], table: "PlanVersion", label: `'Version ' || t."number"` },
  // By its key, which is turned into the section's title below.
  { kinds: ["plan_section"], table: "PlanSection", label: `t."key"` },
  { kinds: ["function"], table: "BusinessFunction", label: `t."name"` },
  { kinds: ["product"], table: "Product", label: `t."name"` },
  { kinds: ["tier"], table: "RecoveryTier", label: `t."name"` },
  { kinds: ["consistency_group"], table: "ConsistencyGroup", label: `t."name"` },
  { kinds: ["threat"], table: "Threat", label: `t."title"` },
  { kinds: ["scenario"], table: "Scenario", label: `t."name"` },
  { kinds: ["ert-role"], table: "ErtRole", label: `t."title"` },
  { kinds: ["person"], table: "Person", label: `t."name"` },
  { kinds: ["department"], table: "Department", label: `t."name"` },
  { kinds: ["site"], table: "Site", label: `t."name"` },
  { kinds: ["system"], table: "System", label: `t."name"` },
  { kinds: ["host"], table: "Host", label: `t."name"` },
  { kinds: ["backuplocation"], table: "BackupLocation", label: `t."name"` },
  { kinds: ["backuppolicy"], table: "BackupPolicy", label: `t."name"` },
  { kinds: ["replica"], table: "Replica", label: `(SELECT s."name" FROM "System" s WHERE s."id" = t."systemId")` },
  // By its kind, which is turned into the register's title below.
  { kinds: ["inventory_register"], table: "InventoryRegister", label: `t."kind"` },
  { kinds: ["inventory_item"], table: "InventoryItem", label: `t."label"` },
  { kinds: ["exercise"], table: "Exercise", label: `t."title"` },
  { kinds: ["finding"], table: "Finding", label: `left(t."description", 80)` },
  { kinds: ["incident"], table: "Incident", label: `t."title"` },
  { kinds: ["incident_entry"], table: "IncidentEntry", label: `left(t."text", 80)` },
  { kinds: ["management_review"], table: "ManagementReview", label: `'Held on ' || to_char(t."heldOn", 'FMDD Mon YYYY')` },
  // A notification e-mail an administrator tried again: by what it said.
  { kinds: ["notification"], table: "Notification", label: `left(t."message", 80)` },
  { kinds: ["report"], table: "Report", label: `CASE WHEN t."versionNumber" IS NULL THEN 'Report of the draft' ELSE 'Report of version ' || t."versionNumber" END` },
];

/** Kinds of record whose rows are looked up here: an id of one that is not found was deleted. */
export const LOOKED_UP_KINDS: ReadonlySet<string> = new Set([...RECORDS.flatMap((r) => r.kinds), "committee-member", "member", "user", "organization"]);

export type AuditRecord = { name: string | null };

/** A stored code as its words: a section's key as its title, a register's kind as its title. */
function named(table: string, name: string | null): string | null {
  if (name === null) return null;
  if (table === "PlanSection") return Object.hasOwn(SECTIONS, name) ? SECTIONS[name as SectionKey].title : name;
  if (table === "InventoryRegister") return isInventoryKind(name) ? registerOf(name).title : name;
  return name;
}

/**
 * The organisation's records among `ids` (whatever their kind), in one statement: each found id
 * with the name a person knows it by. Each arm is scoped to the organisation, so an id of another
 * organisation is never found. Members are named by their user's name, by membership id or user
 * id; committee seats by their person's.
 */
export async function auditRecords(orgId: string, ids: string[], tx: Tx = db): Promise<Map<string, AuditRecord>> {
  if (ids.length === 0) return new Map();
  const arms = RECORDS.map(({ table, label }) => `SELECT t."id", ${label} AS "name", '${table}' AS "table" FROM "${table}" t WHERE t."orgId" = $1 AND t."id" = ANY($2)`);
  arms.push(
    `SELECT m."id", u."name", 'Membership' FROM "Membership" m JOIN "User" u ON u."id" = m."userId" WHERE m."orgId" = $1 AND m."id" = ANY($2)`,
    `SELECT u."id", u."name", 'User' FROM "User" u JOIN "Membership" m ON m."userId" = u."id" WHERE m."orgId" = $1 AND u."id" = ANY($2)`,
    `SELECT c."id", p."name", 'CommitteeMember' FROM "CommitteeMember" c JOIN "Person" p ON p."id" = c."personId" WHERE c."orgId" = $1 AND c."id" = ANY($2)`,
    `SELECT o."id", o."name", 'Organization' FROM "Organization" o WHERE o."id" = $1 AND o."id" = ANY($2)`,
  );
  const rows = await tx.$queryRawUnsafe<{ id: string; name: string | null; table: string }[]>(arms.join(" UNION ALL "), orgId, ids);
  return new Map(rows.map((row) => [row.id, { name: named(row.table, row.name) }]));
}

/** The names of the organisation's records among `ids` (see auditRecords). */
export async function auditNames(orgId: string, ids: string[], tx: Tx = db): Promise<Map<string, string>> {
  const records = await auditRecords(orgId, ids, tx);
  return new Map([...records].flatMap(([id, record]) => (record.name === null ? [] : [[id, record.name] as const])));
}

/**
 * The names of the members who wrote entries, by user id (an entry's actorId), members or not any
 * more: an account outlives its membership so that the log keeps naming who did what. The ids
 * come from the organisation's own entries.
 */
export async function actorNames(actorIds: (string | null)[], tx: Tx = db): Promise<Map<string, string>> {
  const ids = [...new Set(actorIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const users = await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user.name]));
}

/**
 * The users a search of the organisation's log may mean by name: its members, and accounts whose
 * membership was removed (a user belongs to one organisation at most), whose entries still name them.
 */
export async function actorsNamed(orgId: string, q: string | undefined, tx: Tx = db): Promise<string[]> {
  if (!q) return [];
  const users = await tx.user.findMany({
    where: { name: containing(q), OR: [{ membership: { is: { orgId } } }, { membership: { is: null } }] },
    select: { id: true },
  });
  return users.map((user) => user.id);
}

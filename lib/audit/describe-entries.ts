import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { auditChanges, idsIn, recordKind, recordName, type AuditChange } from "@/lib/audit/audit-display";
import { auditRecords, LOOKED_UP_KINDS } from "@/lib/audit/audit-names";
import { isOrganisationWide } from "@/lib/audit/organisation-wide";
import { isInventoryKind, registerOf } from "@/lib/inventories/registers";

// Used by the in-app log and by the report worker, which runs outside Next (scripts/worker.ts):
// nothing here may import the session module (lib/auth/context.ts) or anything of Next or React.

type Row = { createdAt: Date; actorEmail: string | null; action: string; entityType: string; entityId: string; planId: string | null; before: unknown; after: unknown };

export type AuditEntry<R extends Row = Row> = R & {
  kind: string;
  /** The record's name now, or the one its entries kept once it is gone. */
  record: string | null;
  /** The record no longer exists. */
  deleted: boolean;
  /** The plan the record belongs to, by name (null: the plan was deleted). */
  plan: { id: string; name: string | null } | null;
  /** An organisation-wide change to records plans use, listed with every plan's entries. */
  organisationWide: boolean;
  changes: AuditChange[];
};

// A register's imports and exports are audited under "<plan id>:<kind>" (the register may not exist yet).
const REGISTER_REF = /^(c[a-z0-9]{20,31}):([a-z_]+)$/;

/**
 * Entries as a person reads them, on the page, in its CSV export and in the PDF's audit trail: the
 * record's kind and name (or that it was deleted), the plan it belongs to, and what changed with
 * ids named. Every lookup is scoped to the organisation.
 */
export async function describeEntries<R extends Row>(actor: { orgId: string }, rows: R[], tx: Tx = db): Promise<AuditEntry<R>[]> {
  const records = await auditRecords(actor.orgId, idsIn(rows.flatMap((row) => [row.entityId, row.before, row.after])), tx);
  const planIds = [...new Set(rows.flatMap((row) => (row.planId && !records.has(row.planId) ? [row.planId] : [])))];
  // The names of everything the entries mention, and of the plans they belong to.
  const names = new Map([...records, ...(await auditRecords(actor.orgId, planIds, tx))].flatMap(([id, r]) => (r.name === null ? [] : [[id, r.name] as const])));
  return rows.map((row) => {
    const register = REGISTER_REF.exec(row.entityId);
    const found = records.get(row.entityId);
    // Only an id the app made, of a kind looked up, is known to be gone when it is not found.
    const deleted = !found && LOOKED_UP_KINDS.has(row.entityType.toLowerCase()) && idsIn([row.entityId]).length === 1;
    return {
      ...row,
      kind: recordKind(row.entityType),
      record: register && isInventoryKind(register[2]) ? registerOf(register[2]).title : recordName(row.entityId, row.before, row.after, names),
      deleted,
      plan: row.planId ? { id: row.planId, name: names.get(row.planId) ?? null } : null,
      organisationWide: isOrganisationWide(row),
      changes: auditChanges(row.before, row.after, names, { entityType: row.entityType }),
    };
  });
}

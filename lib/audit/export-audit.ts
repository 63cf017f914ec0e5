import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { actionText, changesText, recordLabel } from "@/lib/audit/audit-display";
import { auditWhere, describedWithNames } from "@/lib/audit/list-audit";
import { actorsNamed } from "@/lib/audit/audit-names";
import { auditChainHead } from "@/lib/audit/chain-head";
import { chainHeadText } from "@/lib/audit/audit-chain";
import { appliedFilters, hasDateErrors, parseAuditQuery } from "@/lib/audit/audit-query";
import { AppError } from "@/lib/errors";
import { CSV_BOM, neutraliseFormula, writeCsv } from "@/lib/csv/write-csv";

/** More than any audit a person reads in a spreadsheet; narrow the filters for older entries. */
export const MAX_AUDIT_EXPORT_ROWS = 100_000;
const CHUNK = 1_000;

/**
 * Why the entries the filters select are not offered as one file: a file cut short would look
 * whole to whoever reads it, so none is made, and the page says so instead of offering it.
 */
export function tooManyToExport(total: number, maxRows = MAX_AUDIT_EXPORT_ROWS): string {
  return `${total.toLocaleString("en-GB")} entries match these filters, more than the ${maxRows.toLocaleString("en-GB")} one download holds: narrow them (a shorter period, one plan or one kind of record) and download each part.`;
}

/**
 * The entries the audit log's filters select, newest first, as CSV (UTF-8 with a BOM, cells a
 * spreadsheet would run as formulas neutralised): what the page shows, every page of it, in the
 * same words (with the action's code beside them, the actor by name and e-mail), each entry's
 * number in the chain first, as the page shows it under the time (so an entry a verification
 * names, "entry #418", and the head below are found in the file), and a last line
 * with the organisation's chain head as the file's snapshot saw it (its number and whole hash), so
 * a later verification can be held against it. The export is itself audited, once the file is
 * made, in a transaction of its own: the chain's next row cannot be written from the file's older
 * snapshot. Dates the log cannot apply are refused, as the page lists nothing for them, and so are
 * filters that select more than `maxRows` entries: the file is every entry they select or none.
 */
export async function exportAudit({ actor, query, now = new Date(), maxRows = MAX_AUDIT_EXPORT_ROWS }: { actor: Actor; query: unknown; now?: Date; maxRows?: number }) {
  authorize(actor, "audit:read");
  const { filters, dateErrors } = parseAuditQuery(query);
  // The whole log is not what someone who typed a wrong date asked for.
  if (hasDateErrors(dateErrors)) throw new AppError("VALIDATION", Object.values(dateErrors).join(" "), dateErrors);
  const named = await actorsNamed(actor.orgId, filters.q);
  const { records, head } = await db.$transaction(
    async (tx) => {
      const records: string[][] = [["Entry", "When (UTC)", "Who", "E-mail", "Action", "Action code", "Kind of record", "Record", "Record id", "Plan", "Changes"]];
      const where = auditWhere(actor, filters, { named });
      const total = await tx.auditLog.count({ where });
      if (total > maxRows) throw new AppError("VALIDATION", tooManyToExport(total, maxRows));
      // Keyset pages of one snapshot of the log (the transaction's, repeatable read: the count's), newest first.
      let after: { createdAt: Date; id: string } | null = null;
      while (records.length - 1 < total) {
        const cursor = after;
        const rows: Awaited<ReturnType<typeof tx.auditLog.findMany>> = await tx.auditLog.findMany({
          where: cursor ? { AND: [where, { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] }] } : where,
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: CHUNK,
        });
        if (rows.length === 0) break;
        for (const entry of await describedWithNames(actor, rows, tx)) {
          records.push(
            [
              entry.seq === null ? "" : String(entry.seq),
              entry.createdAt.toISOString().replace("T", " ").slice(0, 19),
              entry.actorName ?? entry.actorEmail ?? "system",
              entry.actorEmail ?? "",
              actionText(entry.action),
              entry.action,
              entry.kind,
              recordLabel(entry) ?? "",
              entry.entityId,
              entry.plan ? (entry.plan.name ?? "A deleted plan") : entry.organisationWide ? "Organisation-wide" : "",
              changesText(entry.changes),
            ].map(neutraliseFormula),
          );
        }
        after = rows[rows.length - 1];
      }
      return { records, head: await auditChainHead(actor.orgId, tx) };
    },
    { isolationLevel: "RepeatableRead", timeout: 120_000 },
  );
  const rows = records.length - 1;
  await db.$transaction((tx) =>
    recordAudit(tx, { actor, action: "audit.exported", entityType: "organization", entityId: actor.orgId, planId: null, after: { ...appliedFilters(filters), rows, chainHead: head } }),
  );
  records.push([chainHeadText(head)]);
  return { filename: `audit-log-${now.toISOString().slice(0, 10)}.csv`, csv: CSV_BOM + writeCsv(records) };
}

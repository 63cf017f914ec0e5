import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { readPage, type Page } from "@/lib/lists/list-query";
import { containing, sameTextAs } from "@/lib/lists/like";
import { hasDateErrors, parseAuditQuery, type AuditQuery } from "@/lib/audit/audit-query";
import { recordKind } from "@/lib/audit/audit-display";
import { describeEntries } from "@/lib/audit/describe-entries";
import { actorNames, actorsNamed } from "@/lib/audit/audit-names";
import { labelConditions } from "@/lib/audit/audit-search";
import { PLAN_INPUT_ACTIONS } from "@/lib/audit/organisation-wide";
import type { AuditLog, Prisma } from "@/lib/generated/prisma/client";
import { DAY_MS } from "@/lib/days";

export const AUDIT_PAGE_SIZE = 50;

/**
 * The organisation's entries the filters select: plan, kind of record, search, days (UTC,
 * inclusive). The search matches the action's code, the actor's e-mail or name (`named`: the
 * users actorsNamed found), and the words the page shows for the action, the kind of record and a
 * coded field's value (labelConditions). A plan selects its own entries and, while it is one of
 * the organisation's plans, the organisation-wide changes to records plans use
 * (PLAN_INPUT_ACTIONS). The plan comes from the client: the organisation's own rows only ever name
 * its own plans, so another organisation's plan id (or a deleted plan's, for the organisation-wide
 * rows) selects nothing.
 */
export function auditWhere(actor: Pick<Actor, "orgId">, { kind, q, from, to, plan }: AuditQuery, { named = [] }: { named?: string[] } = {}): Prisma.AuditLogWhereInput {
  const until = to ? new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS) : undefined;
  return {
    orgId: actor.orgId,
    ...(kind ? { entityType: sameTextAs(kind) } : {}),
    ...(from || until ? { createdAt: { ...(from ? { gte: new Date(`${from}T00:00:00Z`) } : {}), ...(until ? { lt: until } : {}) } } : {}),
    AND: [
      ...(plan ? [{ OR: [{ planId: plan }, { planId: null, action: { in: [...PLAN_INPUT_ACTIONS] }, org: { plans: { some: { id: plan } } } }] }] : []),
      ...(q
        ? [
            {
              OR: [
                { action: containing(q) },
                { actorEmail: containing(q) },
                ...(named.length ? [{ actorId: { in: named } }] : []),
                ...labelConditions(q),
              ],
            },
          ]
        : []),
    ],
  };
}

/** Entries as the page and its CSV show them (describeEntries), each with its actor's name (null: none, or unknown). */
export async function describedWithNames(actor: Pick<Actor, "orgId">, rows: AuditLog[], tx: Tx = db) {
  const entries = await describeEntries(actor, rows, tx);
  const names = await actorNames(rows.map((row) => row.actorId), tx);
  return entries.map((entry) => ({ ...entry, actorName: entry.actorId ? (names.get(entry.actorId) ?? null) : null }));
}

/**
 * A page of the organisation's log as the filters select it, with the kinds and plans the filters
 * offer. Dates the log cannot apply (dateErrors) list no entries: the page says why at the field.
 */
export async function listAudit({ actor, query }: { actor: Actor; query: unknown }) {
  authorize(actor, "audit:read");
  const { filters, dateErrors } = parseAuditQuery(query);
  const where = auditWhere(actor, filters, { named: await actorsNamed(actor.orgId, filters.q) });
  const none: Page<AuditLog> = { rows: [], total: 0, page: 1, pageCount: 1 };
  const [page, kinds, plans] = await Promise.all([
    hasDateErrors(dateErrors)
      ? none
      : readPage({
          query: { page: filters.page, pageSize: AUDIT_PAGE_SIZE },
          read: async (window) => {
            const [rows, total] = await db.$transaction([
              db.auditLog.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...window }),
              db.auditLog.count({ where }),
            ]);
            return { rows, total };
          },
        }),
    db.auditLog.findMany({ where: { orgId: actor.orgId }, distinct: ["entityType"], select: { entityType: true } }),
    db.plan.findMany({ where: { orgId: actor.orgId }, select: { id: true, name: true, status: true }, orderBy: { name: "asc" } }),
  ]);
  // One option per kind, however its writers spelled it ("Plan", "plan").
  const options = new Map(kinds.map(({ entityType }) => [entityType.toLowerCase(), recordKind(entityType)]));
  const planOptions = plans.map((plan) => ({ value: plan.id, label: plan.status === "archived" ? `${plan.name} (archived)` : plan.name }));
  // A plan in the address that is not one of the organisation's (deleted, or never its own) stays
  // chosen, so the select says what the list is filtered by, without naming that plan.
  if (filters.plan && !plans.some((plan) => plan.id === filters.plan)) planOptions.push({ value: filters.plan, label: "A deleted or unknown plan" });
  return {
    filters: { ...filters, page: page.page },
    dateErrors,
    rows: await describedWithNames(actor, page.rows),
    total: page.total,
    page: page.page,
    pageCount: page.pageCount,
    kinds: [...options].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label)),
    plans: planOptions,
  };
}

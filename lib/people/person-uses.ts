import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { isInventoryKind, registerOf } from "@/lib/inventories/registers";
import { COMMITTEE_ROLE_LABELS } from "@/lib/committee/schemas";
import { andList } from "@/lib/count";
import { findingSourceHref } from "@/lib/findings/finding-source";

/**
 * One place a plan names a person: how, in words that follow "the plan names them" ("as owner of
 * the threat “Flood”"), the page where it is edited, and whether it stops the person's deletion.
 */
export type PersonUse = { how: string; href: string; blocksDeletion: boolean };
export type PlanUses = { planId: string; planName: string; archived: boolean; uses: PersonUse[] };

const plan = { select: { id: true, name: true, status: true } } as const;

/**
 * Every place the organisation's plans name a person, grouped by plan (by name): sponsorship,
 * committee seats, ERT roles, threats, systems, function key people, registers, tests, findings, and
 * inventory items whose person fields hold them (matched in the items' JSON, like the revision
 * trigger of docs/decisions/0005). Inventory items do not stop a deletion (they show a deleted
 * person as such); everything else does.
 */
export async function listPersonUses(tx: Tx, actor: Pick<Actor, "orgId">, personId: string): Promise<PlanUses[]> {
  const orgId = actor.orgId;
  const [sponsored, seats, ertRoles, threats, systems, functions, registers, exercises, findings, items] = await Promise.all([
    tx.plan.findMany({ where: { orgId, sponsorId: personId }, select: { id: true, name: true, status: true } }),
    tx.committeeMember.findMany({ where: { orgId, personId }, select: { role: true, functionalArea: true, plan } }),
    tx.ertRole.findMany({ where: { orgId, OR: [{ primaryId: personId }, { alternateId: personId }] }, select: { title: true, primaryId: true, plan } }),
    tx.threat.findMany({ where: { orgId, ownerId: personId }, select: { id: true, title: true, plan } }),
    tx.system.findMany({ where: { orgId, ownerPersonId: personId }, select: { id: true, name: true, plan } }),
    tx.businessFunction.findMany({ where: { orgId, keyPeople: { some: { id: personId } } }, select: { id: true, name: true, plan } }),
    tx.inventoryRegister.findMany({ where: { orgId, ownerId: personId }, select: { kind: true, plan } }),
    tx.exercise.findMany({ where: { orgId, participants: { some: { id: personId } } }, select: { id: true, title: true, plan } }),
    tx.finding.findMany({ where: { orgId, ownerId: personId }, select: { description: true, exerciseId: true, incidentId: true, plan } }),
    tx.$queryRaw<{ id: string; kind: string; label: string; planId: string; planName: string; status: string }[]>`
      SELECT i.id, i.kind::text AS kind, i.label, p.id AS "planId", p.name AS "planName", p.status::text AS status
      FROM "InventoryItem" i JOIN "Plan" p ON p.id = i."planId" AND p."orgId" = i."orgId"
      WHERE i."orgId" = ${orgId} AND i.data::text LIKE ${`%"${personId}"%`}`,
  ]);
  const byPlan = new Map<string, PlanUses>();
  const add = (p: { id: string; name: string; status: string }, how: string, href: string, blocksDeletion = true) => {
    const entry = byPlan.get(p.id) ?? { planId: p.id, planName: p.name, archived: p.status === "archived", uses: [] };
    entry.uses.push({ how, href, blocksDeletion });
    byPlan.set(p.id, entry);
  };
  const base = (planId: string) => `/plans/${planId}`;
  for (const p of sponsored) add(p, "as its sponsor", `${base(p.id)}/committee`);
  for (const m of seats) add(m.plan, `in a committee seat (${COMMITTEE_ROLE_LABELS[m.role]}, ${m.functionalArea})`, `${base(m.plan.id)}/committee`);
  for (const r of ertRoles) {
    add(r.plan, `in the ERT role “${r.title}” (${r.primaryId === personId ? "primary" : "alternate"})`, `${base(r.plan.id)}/committee`);
  }
  for (const t of threats) add(t.plan, `as owner of the threat “${t.title}”`, `${base(t.plan.id)}/risks/threats/${t.id}`);
  for (const s of systems) add(s.plan, `as owner of the system “${s.name}”`, `${base(s.plan.id)}/systems/${s.id}`);
  for (const f of functions) add(f.plan, `as a key person of the function “${f.name}”`, `${base(f.plan.id)}/bia/functions/${f.id}`);
  for (const r of registers) {
    const title = isInventoryKind(r.kind) ? registerOf(r.kind).title : r.kind;
    add(r.plan, `as owner of the ${title} register`, `${base(r.plan.id)}/inventories/${r.kind}`);
  }
  for (const e of exercises) add(e.plan, `as a participant in the test “${e.title}”`, `${base(e.plan.id)}/tests/${e.id}`);
  for (const f of findings) {
    const description = f.description.length > 80 ? `${f.description.slice(0, 79)}…` : f.description;
    add(f.plan, `as owner of the finding “${description}”`, findingSourceHref(f.plan.id, f));
  }
  for (const i of items) {
    if (!isInventoryKind(i.kind)) continue;
    const plan = { id: i.planId, name: i.planName, status: i.status };
    add(plan, `in the ${registerOf(i.kind).title} item “${i.label}”`, `${base(i.planId)}/inventories/${i.kind}/items/${i.id}`, false);
  }
  return [...byPlan.values()].sort((a, b) => a.planName.localeCompare(b.planName));
}

/** "the plan “Depot” names them in a committee seat (Chair, Operations) and as owner of …" */
export function describeUses(plans: PlanUses[]): string {
  return plans
    .map((p) => {
      const hows = p.uses.map((u) => u.how);
      return `the plan “${p.planName}” names them ${andList(hows)}`;
    })
    .join("; ");
}

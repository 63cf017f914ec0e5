import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { AppError, invalid, notFound } from "@/lib/errors";
import { planScope } from "@/lib/plans/scope";
import { fieldMessage, type ItemData } from "@/lib/inventories/fields";
import type { InventoryKind, RegisterDef } from "@/lib/inventories/registers";

/** The `where` of a register's items, only inside the actor's organisation. */
export function itemsScope(actor: Pick<Actor, "orgId">, planId: string, kind: InventoryKind) {
  return { orgId: actor.orgId, planId, kind };
}

export function itemScope(actor: Pick<Actor, "orgId">, planId: string, kind: InventoryKind, itemId: string) {
  return { id: itemId, ...itemsScope(actor, planId, kind) };
}

/** The plan, through the plan scope; another organisation's plan is not found. */
export async function findPlan(tx: Tx, actor: Actor, planId: string, { editable }: { editable: boolean }) {
  const plan = await tx.plan.findFirst({ where: planScope(actor, planId), include: { org: { select: { reviewPeriodDays: true } } } });
  if (!plan) throw notFound("The plan");
  if (editable && plan.status === "archived") throw new AppError("CONFLICT", "An archived plan cannot be edited.");
  return plan;
}

export function personNameIn(people: Map<string, string>) {
  return (id: string) => people.get(id) ?? "(removed person)";
}

/** Person fields must name a Person of the same organisation. */
export function checkPeople(register: RegisterDef, data: ItemData, people: Map<string, string>): void {
  for (const field of register.fields) {
    const value = data[field.key];
    if (field.type === "person" && typeof value === "string" && !people.has(value)) {
      throw invalid(field.key, `${field.label}: choose someone from the list.`);
    }
  }
}

/** The plan's versions, newest first, for the selects and checks of version fields. */
export async function planVersions(tx: Tx, actor: Pick<Actor, "orgId">, planId: string) {
  return tx.planVersion.findMany({ where: { orgId: actor.orgId, planId }, select: { number: true, status: true }, orderBy: { number: "desc" } });
}

/**
 * Version fields must name a version the plan has: a copy "of v7" when there is no v7 says nothing
 * about what its holder has. Each problem is keyed by the field it is shown under.
 */
export function versionIssues(register: RegisterDef, data: ItemData, numbers: readonly number[]): { key: string; message: string }[] {
  return register.fields.flatMap((field) => {
    const value = data[field.key];
    if (field.type !== "version" || typeof value !== "number" || numbers.includes(value)) return [];
    const message = numbers.length
      ? `This plan has no version ${value}; its latest is version ${Math.max(...numbers)}.`
      : "This plan has no versions yet; leave it blank until the plan is submitted for approval.";
    return [{ key: field.key, message }];
  });
}

/** Version fields must name a version of the plan: refused at the first field that does not. */
export function checkVersions(register: RegisterDef, data: ItemData, numbers: readonly number[]): void {
  const [issue] = versionIssues(register, data, numbers);
  if (issue) throw invalid(issue.key, fieldMessage(register.fields.find((f) => f.key === issue.key)!, issue.message));
}

export function itemSnapshot(item: { kind: string; label: string; data: unknown }) {
  return { kind: item.kind, label: item.label, data: item.data as ItemData };
}

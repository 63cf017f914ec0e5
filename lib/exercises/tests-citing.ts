import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import type { CitedKind, CitingTest } from "@/lib/exercises/citing-words";
import { lockPlan } from "@/lib/plans/lock-plan";

const NAMES: Record<CitedKind, (id: string) => object> = {
  system: (id) => ({ OR: [{ systems: { some: { id } } }, { measurements: { some: { systemId: id } } }] }),
  scenario: (id) => ({ scenarios: { some: { id } } }),
  function: (id) => ({ functions: { some: { id } } }),
};

/**
 * The plan's tests that name a record, oldest first: in their scope (systems, scenarios,
 * functions covered) or, for a system, in their measured restores. What a test recorded must not
 * change because a record it names was deleted (docs/decisions/0042), so these stop the deletion.
 */
export async function testsCiting(tx: Tx, actor: Pick<Actor, "orgId">, { planId, kind, id }: { planId: string; kind: CitedKind; id: string }): Promise<CitingTest[]> {
  // Only a system is measured: for the others, a filter that matches no measurement.
  const measured = kind === "system" ? { systemId: id } : { id: { in: [] as string[] } };
  const tests = await tx.exercise.findMany({
    where: { orgId: actor.orgId, planId, ...NAMES[kind](id) },
    select: { id: true, title: true, conductedOn: true, measurements: { where: measured, select: { id: true } } },
    orderBy: [{ conductedOn: "asc" }, { id: "asc" }],
  });
  return tests.map((t) => ({ id: t.id, title: t.title, conductedOn: t.conductedOn, measuredRestores: t.measurements.length }));
}

const TABLES: Record<CitedKind, string> = { system: "System", scenario: "Scenario", function: "BusinessFunction" };

/**
 * Locks the record about to be deleted for the rest of the transaction, before its tests are read.
 * Linking a test to it or measuring its restore writes a row with a foreign key to it, which waits
 * for this lock: a test cannot come to name it between the check and the deletion's cascade. The
 * plan row is locked before it, in the lock order of lock-plan.ts.
 */
export async function lockForDeletion(tx: Pick<Tx, "$queryRaw" | "$queryRawUnsafe">, actor: Pick<Actor, "orgId">, { planId, kind, id }: { planId: string; kind: CitedKind; id: string }) {
  await lockPlan(tx, { orgId: actor.orgId, planId });
  await tx.$queryRawUnsafe(`SELECT id FROM "${TABLES[kind]}" WHERE id = $1 AND "planId" = $2 AND "orgId" = $3 FOR UPDATE`, id, planId, actor.orgId);
}

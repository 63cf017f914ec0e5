import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { lockPlan } from "@/lib/plans/lock-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/errors";
import { atVersionShown, deletedAtVersion } from "@/lib/concurrency/stale-delete";
import { showHost } from "@/lib/recovery/setup/conflict-fields";
import { fewOf } from "@/lib/count";
import { parseInput } from "@/lib/validation";
import { deleteVersionedSchema } from "@/lib/recovery/setup/schemas";
import { recoveryScope } from "@/lib/recovery/setup/scope";
import { hostSnapshot } from "@/lib/recovery/setup/save-host";

/**
 * Deletes a host that no system runs on, no scenario loses and no system is restored to in a
 * scenario (each is refused, naming a few). A system's recovery host would otherwise go with the
 * host without a word: the system would fall back to its own host, which a site-loss scenario
 * loses, and never be ready. The delete names the version the page showed: a host someone saved
 * since is not deleted, and the user is told who changed what (docs/decisions/0073).
 */
export async function deleteHost({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, id, version } = parseInput(deleteVersionedSchema, input);
  const scope = recoveryScope(actor, planId);
  await db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    // The plan first, then its rows: the lock order of lock-plan.ts. Every save that writes this host
    // or chooses it for a system (as its own or a recovery host) takes the plan first too, so one at
    // the same moment has committed, and is seen below, or waits and then finds the host gone.
    await lockPlan(tx, { orgId: actor.orgId, planId });
    const found = await tx.host.findFirst({ where: { ...scope, id } });
    const host = await atVersionShown(tx, {
      actor,
      record: found,
      version,
      what: "The host",
      entityType: "host",
      actions: ["recovery.host.updated"],
      snapshot: found ? hostSnapshot(found) : {},
      show: () => showHost(tx, actor),
    });
    const systems = await tx.system.findMany({ where: { ...scope, hostId: id }, select: { name: true }, orderBy: { name: "asc" }, take: 3 });
    if (systems.length) {
      throw new AppError("CONFLICT", `${host.name} runs ${systems.map((s) => s.name).join(", ")}. Move those systems to another host first.`);
    }
    // A scenario that loses a host that is gone could not be assessed at all.
    const scenarios = await tx.scenario.findMany({ where: { ...scope, lostHostKeys: { has: host.key } }, select: { name: true }, orderBy: { name: "asc" }, take: 3 });
    if (scenarios.length) {
      throw new AppError("CONFLICT", `${host.name} is lost in ${scenarios.map((s) => `“${s.name}”`).join(", ")}. Take it out of those scenarios on the Risks page first.`);
    }
    const restoredTo = await tx.systemRecoveryHost.findMany({
      where: { orgId: scope.orgId, hostId: id },
      select: { system: { select: { name: true } }, scenario: { select: { name: true } } },
      orderBy: [{ scenario: { name: "asc" } }, { system: { name: "asc" } }],
    });
    if (restoredTo.length) {
      const systems = [...new Set(restoredTo.map((r) => r.system.name))];
      const scenarios = [...new Set(restoredTo.map((r) => `“${r.scenario.name}”`))];
      throw new AppError(
        "CONFLICT",
        `${fewOf(systems, 3)} ${systems.length === 1 ? "is" : "are"} restored to ${host.name} in ${fewOf(scenarios, 3)}. Choose another recovery host for ${systems.length === 1 ? "it" : "them"} under VM facts first.`,
      );
    }
    deletedAtVersion(await tx.host.deleteMany({ where: { ...scope, id, version } }), "The host");
    await recordAudit(tx, { actor, action: "recovery.host.deleted", entityType: "host", entityId: id, planId, before: hostSnapshot(host) });
  });
}

import "server-only";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { deleteSchema } from "@/lib/recovery/setup/schemas";
import { recoveryScope } from "@/lib/recovery/setup/scope";

/** Deletes a host that no system runs on and no scenario loses (either is refused, naming a few). */
export async function deleteHost({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const { planId, id } = parseInput(deleteSchema, input);
  const scope = recoveryScope(actor, planId);
  await db.$transaction(async (tx) => {
    await loadEditablePlan(tx, actor, planId);
    const host = await tx.host.findFirst({ where: { ...scope, id } });
    if (!host) throw notFound("The host");
    const systems = await tx.system.findMany({ where: { ...scope, hostId: id }, select: { name: true }, orderBy: { name: "asc" }, take: 3 });
    if (systems.length) {
      throw new AppError("CONFLICT", `${host.name} runs ${systems.map((s) => s.name).join(", ")}. Move those systems to another host first.`);
    }
    // A scenario that loses a host that is gone could not be assessed at all.
    const scenarios = await tx.scenario.findMany({ where: { ...scope, lostHostKeys: { has: host.key } }, select: { name: true }, orderBy: { name: "asc" }, take: 3 });
    if (scenarios.length) {
      throw new AppError("CONFLICT", `${host.name} is lost in ${scenarios.map((s) => `“${s.name}”`).join(", ")}. Take it out of those scenarios on the Risks page first.`);
    }
    await tx.host.delete({ where: { id } });
    await recordAudit(tx, { actor, action: "recovery.host.deleted", entityType: "host", entityId: id, planId, before: { key: host.key, name: host.name } });
  });
}

import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { planRecordScope } from "@/lib/bia/scope";
import { loadSystemTargets } from "@/lib/priorities/load-system-targets";

/**
 * A system with the functions that depend on it and the targets it inherits: from them, and the
 * RTO from the systems that depend on it too (lib/priorities/effective-targets.ts).
 */
export async function getSystem({ actor, planId, systemId }: { actor: Actor; planId: string; systemId: string }) {
  authorize(actor, "plan:read");
  const [system, targets] = await Promise.all([
    db.system.findFirst({
      where: planRecordScope(actor, planId, systemId),
      include: {
        ownerPerson: { select: { id: true, name: true } },
        functions: { select: { id: true, name: true, rtoMinutes: true, rpoMinutes: true }, orderBy: { name: "asc" } },
        consistencyGroups: { select: { id: true, key: true, name: true } },
      },
    }),
    loadSystemTargets({ actor, planId }),
  ]);
  if (!system) throw notFound("The system");
  return { system, inherited: targets.get(system.id)! };
}

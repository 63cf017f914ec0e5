import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { notFound } from "@/lib/errors";
import { planRecordScope } from "@/lib/bia/scope";
import { inheritTargets } from "@/lib/priorities/inherit-targets";

/** A system with the functions that depend on it and the targets it inherits from them. */
export async function getSystem({ actor, planId, systemId }: { actor: Actor; planId: string; systemId: string }) {
  authorize(actor, "plan:read");
  const system = await db.system.findFirst({
    where: planRecordScope(actor, planId, systemId),
    include: {
      functions: { select: { id: true, name: true, rtoMinutes: true, rpoMinutes: true }, orderBy: { name: "asc" } },
      consistencyGroups: { select: { id: true, key: true, name: true } },
    },
  });
  if (!system) throw notFound("The system");
  return { system, inherited: inheritTargets(system.functions) };
}

import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";

/**
 * The systems a recovery-progress entry may report back in service, by name: those named (the
 * ones the incident's scenario affects and the log has not reported back yet), or every system of
 * the plan when the incident has no expected recovery to narrow them.
 */
export async function listEntrySystems({ actor, planId, names }: { actor: Actor; planId: string; names?: string[] }) {
  authorize(actor, "incident:record");
  return db.system.findMany({
    where: { orgId: actor.orgId, planId, ...(names ? { name: { in: names } } : {}) },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

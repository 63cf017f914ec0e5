import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { planRecords } from "@/lib/bia/scope";

/** Every system of the plan by name only, for choosing a consistency group's members. */
export async function listSystemNames({ actor, planId }: { actor: Actor; planId: string }) {
  authorize(actor, "plan:read");
  return db.system.findMany({ where: planRecords(actor, planId), orderBy: { name: "asc" }, select: { id: true, name: true } });
}

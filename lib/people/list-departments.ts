import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";

/** The organisation's departments by name, for the person form's select. */
export async function listDepartments({ actor }: { actor: Actor }) {
  authorize(actor, "plan:read");
  return db.department.findMany({ where: { orgId: actor.orgId }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

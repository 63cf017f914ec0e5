import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { sortByName } from "@/lib/by-name";

/** The organisation's departments by name (sortByName), for the person form's select. */
export async function listDepartments({ actor }: { actor: Actor }) {
  authorize(actor, "plan:read");
  return sortByName(await db.department.findMany({ where: { orgId: actor.orgId }, select: { id: true, name: true } }), (department) => department.name);
}

import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";

/** The register's people as choices for the selects of the plan stages' forms. */
export async function listPersonChoices({ actor }: { actor: Actor }) {
  authorize(actor, "plan:read");
  return db.person.findMany({ where: { orgId: actor.orgId }, orderBy: { name: "asc" }, select: { id: true, name: true, jobTitle: true } });
}

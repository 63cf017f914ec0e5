import type { Actor } from "@/lib/auth/context";

/** The `where` that finds a department only among the actor's organisation's. */
export function departmentScope(actor: Pick<Actor, "orgId">, departmentId: string) {
  return { id: departmentId, orgId: actor.orgId };
}

/** All of the actor's organisation's departments. */
export function orgDepartments(actor: Pick<Actor, "orgId">) {
  return { orgId: actor.orgId };
}

import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { AppError, invalid, notFound } from "@/lib/errors";

/** The fields of a department that the audit log records before and after a change. */
export function departmentSnapshot(department: { name: string }) {
  return { name: department.name };
}

/**
 * Refuses a name the organisation already gives another department, whatever its letter case (the
 * index "Department_orgId_lower_name_key" holds the same rule, for writes that race this check).
 * Compared with lower() as the index does, not with a pattern, so "_" and "%" are just characters.
 */
export async function assertNameFree(tx: Tx, actor: Pick<Actor, "orgId">, name: string, exceptId = ""): Promise<void> {
  const [taken] = await tx.$queryRaw<{ name: string }[]>(Prisma.sql`
    SELECT name FROM "Department" WHERE "orgId" = ${actor.orgId} AND lower(name) = lower(${name}) AND id <> ${exceptId} LIMIT 1`);
  if (taken) throw invalid("name", duplicateName(taken.name));
}

export const duplicateName = (existing?: string) =>
  existing
    ? `There is already a department called “${existing}”: give this one another name (capitals do not make a name different).`
    : "There is already a department with this name: give this one another name (capitals do not make a name different).";

/** How the department's form shows its fields in a refused stale rename (docs/decisions/0007). */
export const DEPARTMENT_LABELS = { name: "Name" };

/**
 * The error for a department that is not (or no longer) among the organisation's. Of one that was
 * deleted, the audit log says so, and by whom: "“Finance” was deleted by Alex Morgan since this page
 * was loaded, so it could not be renamed. …". Any other id (another organisation's, or none) is
 * just not found, as before.
 */
export async function missingDepartment(tx: Tx, actor: Pick<Actor, "orgId">, departmentId: string, refused: string): Promise<AppError> {
  const deleted = await tx.auditLog.findFirst({
    where: { orgId: actor.orgId, entityType: "department", entityId: departmentId, action: "department.deleted" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { actorId: true, actorEmail: true, before: true },
  });
  if (!deleted) return notFound("The department");
  const before = deleted.before && typeof deleted.before === "object" && !Array.isArray(deleted.before) ? (deleted.before as Record<string, unknown>) : {};
  const name = typeof before.name === "string" ? `“${before.name}”` : "This department";
  const user = deleted.actorId ? await tx.user.findUnique({ where: { id: deleted.actorId }, select: { name: true } }) : null;
  const by = user?.name ?? deleted.actorEmail;
  return new AppError(
    "NOT_FOUND",
    `${name} was deleted${by ? ` by ${by}` : ""} since this page was loaded, so it ${refused}. Reload the page to see the departments there are now.`,
  );
}

import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { invalid } from "@/lib/errors";

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

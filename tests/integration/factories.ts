/**
 * Builds organisations and members for integration tests straight in Postgres. Every test makes
 * its own organisation (unique slug), so test files can run in parallel on one database.
 */
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/context";
import type { Role } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

export const PASSWORD = "correct horse battery";
let passwordHash: Promise<string> | undefined;

export type TestOrg = { orgId: string; actors: Record<Role, Actor> };

export async function makeOrg(label = "Org"): Promise<TestOrg> {
  const suffix = randomBytes(4).toString("hex");
  const org = await db.organization.create({ data: { name: `${label} ${suffix}`, slug: `${label.toLowerCase()}-${suffix}` } });
  passwordHash ??= hashPassword(PASSWORD);
  const hash = await passwordHash;
  const actors = {} as Record<Role, Actor>;
  for (const role of ["admin", "committee", "executive", "auditor"] as const) {
    const email = `${role}-${suffix}@example.test`;
    const user = await db.user.create({ data: { email, name: `${role} ${suffix}`, passwordHash: hash } });
    await db.membership.create({ data: { orgId: org.id, userId: user.id, role } });
    actors[role] = { userId: user.id, email, name: user.name, orgId: org.id, orgName: org.name, orgMarking: org.documentMarking, role };
  }
  return { orgId: org.id, actors };
}

/** Runs a use case that must be refused and returns its AppError (any other outcome fails the test). */
export async function refused(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => new Error("Expected the save to be refused, but it succeeded."),
    (reason: unknown) => reason,
  );
  if (!(error instanceof AppError)) throw error;
  return error;
}

/** Runs a promise that must fail and returns its error (fails the test if it resolves). */
export async function failure(promise: Promise<unknown>): Promise<{ code?: string; message: string; fieldErrors?: Record<string, string> }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string; fieldErrors?: Record<string, string> };
  }
  throw new Error("Expected the operation to fail, but it succeeded.");
}

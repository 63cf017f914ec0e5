import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db/client";
import { authOptions } from "@/lib/auth/auth-options";
import { AppError, toAppError } from "@/lib/errors";
import { can, type Permission, type Role } from "@/lib/auth/permissions";
import { REQUESTED_PATH_HEADER, signInPathFor } from "@/lib/auth/destination";
import { SESSION_ENDED } from "@/lib/auth/session-ended";

/** Who is acting, and for which organisation: always from the session and the database. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  orgId: string;
  orgName: string;
  /** The organisation's classification marking, "" for none: read here so printed pages cost no query of their own. */
  orgMarking: string;
  role: Role;
};

/**
 * The signed-in member, or null. The session cookie only names the user; the organisation and
 * role are read from Postgres on each request (actorForSession). Every signed-in page, action and
 * route starts here, so a database outage is turned into UNAVAILABLE here first.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.userId || !session.sessionId) return null;
  return actorForSession({ userId: session.userId, sessionVersion: session.sessionVersion, sessionId: session.sessionId }).catch((error: unknown) => {
    throw toAppError(error) ?? error;
  });
});

/** The row actorForSession reads: the member with their organisation, present only for a session that counts. */
type SessionRow = Pick<Actor, "userId" | "email" | "name" | "orgId" | "orgName" | "orgMarking" | "role">;

/**
 * The member a session names, or null when the user is no member, the session was minted before
 * the user's last role change, removal, password change or "sign out of all other devices"
 * (User.sessionVersion, which outlives a removal, so adding the person again does not revive an
 * old session), or the session was signed out (EndedSession, decision 90: a copy of its cookie
 * counts no more than the signed-out one). One statement, as every request makes it: EndedSession
 * has no relation to User (it is no organisation's data), so Prisma cannot join it.
 */
export async function actorForSession(session: { userId: string; sessionVersion?: number; sessionId: string }): Promise<Actor | null> {
  if (session.sessionVersion === undefined) return null;
  const [row] = await db.$queryRaw<SessionRow[]>`
    SELECT u."id" AS "userId", u."email", u."name", o."id" AS "orgId", o."name" AS "orgName", o."documentMarking" AS "orgMarking", m."role"::text AS "role"
    FROM "Membership" m
    JOIN "User" u ON u."id" = m."userId"
    JOIN "Organization" o ON o."id" = m."orgId"
    WHERE m."userId" = ${session.userId}
      AND u."sessionVersion" = ${session.sessionVersion}
      AND NOT EXISTS (SELECT 1 FROM "EndedSession" e WHERE e."id" = ${session.sessionId})`;
  return row ?? null;
}

/** For pages: the actor, or a redirect to the sign-in page, which returns to this page afterwards. */
export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(signInPathFor((await headers()).get(REQUESTED_PATH_HEADER)));
  return actor;
}

/**
 * For server actions: the actor, or UNAUTHENTICATED. Unlike a page, an action must not redirect to
 * the sign-in page: the navigation would throw away the form the member was filling in, and
 * runAction hands the refused form its values back.
 */
export async function actionActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", SESSION_ENDED);
  return actor;
}

/** Throws FORBIDDEN unless the actor's role has the permission. */
export function authorize(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) {
    throw new AppError("FORBIDDEN", "You do not have permission to do that.");
  }
}

import "server-only";
import type { JWT } from "next-auth/jwt";
import { db, type PrismaClient } from "@/lib/db/client";
import { env } from "@/lib/env";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { sessionLifetime, signedInAtOf } from "@/lib/auth/session-cookie";
import { endSession } from "@/lib/auth/end-session";

/**
 * Whether signing out was recorded. When it was not, a copy of the cookie still signs in until
 * `usableUntil` (the session's absolute end), and the person must be told so (decision 90).
 */
export type SignOutOutcome = { recorded: true } | { recorded: false; reason: "unavailable" | "error"; usableUntil: Date };

/**
 * Records the session of `token` as ended. A failure is reported rather than thrown: the cookie
 * is cleared whatever happens (signing out of a shared computer must still sign out of it), and
 * the outcome says what the person has to know.
 */
export async function signOutSession({ token, client = db }: { token: JWT; client?: PrismaClient }): Promise<SignOutOutcome> {
  // Such a session is refused everywhere already (lib/auth/context.ts): nothing to record.
  if (typeof token.sid !== "string" || !token.sub) return { recorded: true };
  const usableUntil = new Date((signedInAtOf(token) + sessionLifetime(env()).absoluteSeconds) * 1000);
  try {
    await endSession({ sessionId: token.sid, userId: token.sub, endsAt: usableUntil, client });
    return { recorded: true };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { recorded: false, reason: "unavailable", usableUntil };
    console.error("Signing out could not record the session as ended", error);
    return { recorded: false, reason: "error", usableUntil };
  }
}

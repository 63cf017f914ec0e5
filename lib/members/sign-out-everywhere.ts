import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { endSessions } from "@/lib/auth/end-sessions";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/validation";
import { signOutEverywhereSchema } from "@/lib/members/schemas";

/**
 * The signed-in member ends every session they have (a lost laptop, a browser left signed in
 * somewhere), by the same counter a password change bumps (decision 92). The asking session ends
 * with the others; the returned version is the one the caller re-issues it with, as a fresh
 * sign-in, so the member carries on here and any copy of this browser's cookie is refused too.
 */
export async function signOutEverywhere({ actor, input }: { actor: Actor; input: unknown }): Promise<{ sessionVersion: number }> {
  authorize(actor, "account:sessions");
  parseInput(signOutEverywhereSchema, input);
  return db.$transaction(async (tx) => {
    const sessionVersion = await endSessions(tx, actor.userId);
    await recordAudit(tx, { actor, action: "member.signed_out_everywhere", entityType: "user", entityId: actor.userId, planId: null, after: { email: actor.email } });
    return { sessionVersion };
  });
}

import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { isThrottled, recordSignInAttempt } from "@/lib/auth/throttle";
import { endSessions } from "@/lib/auth/end-sessions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { changePasswordSchema } from "@/lib/members/schemas";

/**
 * The signed-in member changes their own password, proving the current one first. A wrong current
 * password counts as a failed sign-in of the address (lib/auth/throttle.ts), so a session left
 * open cannot be used to guess it. Every existing session of the user ends; the returned session
 * version is the one the caller re-issues the current session with, so only this one goes on.
 */
export async function changeOwnPassword({ actor, input }: { actor: Actor; input: unknown }): Promise<{ sessionVersion: number }> {
  authorize(actor, "account:password");
  const { currentPassword, newPassword } = parseInput(changePasswordSchema, input);
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { passwordHash: true } });
  if (!user.passwordHash) {
    throw new AppError("CONFLICT", "You sign in through single sign-on, so your password is kept by your identity provider, not here.");
  }
  if (await isThrottled({ email: actor.email, ip: null })) {
    throw new AppError("CONFLICT", "Too many wrong passwords. Wait 15 minutes, then try again.");
  }
  const ok = await verifyPassword(currentPassword, user.passwordHash);
  await recordSignInAttempt({ email: actor.email, ip: null, succeeded: ok });
  if (!ok) throw invalid("currentPassword", "That is not your current password.");
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    // Conditional on the hash just checked: a reset by an administrator in between wins.
    const changed = await tx.user.updateMany({ where: { id: actor.userId, passwordHash: user.passwordHash }, data: { passwordHash } });
    if (changed.count !== 1) throw new AppError("CONFLICT", "Your password was changed meanwhile. Sign in again, then try once more.");
    const sessionVersion = await endSessions(tx, actor.userId);
    await recordAudit(tx, { actor, action: "member.password_changed", entityType: "user", entityId: actor.userId, planId: null, after: { email: actor.email } });
    return { sessionVersion };
  });
}

import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { hashPassword } from "@/lib/auth/password";
import { endSessions } from "@/lib/auth/end-sessions";
import { clearAccountFailures } from "@/lib/auth/throttle";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { resetPasswordSchema } from "@/lib/members/schemas";
import { membershipScope } from "@/lib/members/scope";

/**
 * An administrator sets a new temporary password for a member of their organisation (who forgot
 * theirs), to hand over in person; the member then chooses their own under "Change password".
 * The member's sessions end, and the wrong guesses that may have locked them out stop counting.
 * Administrators change their own password there, not here.
 */
export async function resetPassword({ actor, input }: { actor: Actor; input: unknown }): Promise<{ name: string }> {
  authorize(actor, "member:manage");
  const { membershipId, password } = parseInput(resetPasswordSchema, input);
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const member = await tx.membership.findFirst({
      where: membershipScope(actor, membershipId),
      select: { id: true, user: { select: { id: true, email: true, name: true } } },
    });
    if (!member) throw notFound("The member");
    if (member.user.id === actor.userId) {
      throw new AppError("CONFLICT", "Change your own password under \"Change password\", with your current one.");
    }
    await tx.user.update({ where: { id: member.user.id }, data: { passwordHash } });
    await endSessions(tx, member.user.id);
    await clearAccountFailures(tx, member.user.email);
    await recordAudit(tx, { actor, action: "member.password_reset", entityType: "member", entityId: member.id, planId: null, after: { email: member.user.email } });
    return { name: member.user.name };
  });
}

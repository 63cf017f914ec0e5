import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";

/** Whether the signed-in member has a password here (rather than single sign-on only). */
export async function hasPassword({ actor }: { actor: Actor }): Promise<boolean> {
  authorize(actor, "account:password");
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { passwordHash: true } });
  return user.passwordHash !== null;
}

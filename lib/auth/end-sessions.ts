import "server-only";
import type { Tx } from "@/lib/db/client";

/**
 * Ends every session of a user that exists now (lib/auth/context.ts compares the session's copy
 * of the counter). Per user rather than per membership, so it holds across a removal and re-add.
 */
export async function endSessions(tx: Tx, userId: string): Promise<number> {
  const user = await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
  return user.sessionVersion;
}

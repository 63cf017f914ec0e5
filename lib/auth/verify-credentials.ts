import "server-only";
import { db } from "@/lib/db/client";
import { decoyHash, verifyPassword } from "@/lib/auth/password";
import { signInSchema } from "@/lib/auth/schemas";

export type VerifiedUser = { id: string; email: string; name: string };

/**
 * Checks an e-mail and password. Returns null for every kind of failure (unknown address, wrong
 * password, no membership) so the caller can only ever say one generic thing.
 */
export async function verifyCredentials(input: unknown): Promise<VerifiedUser | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, membership: { select: { id: true } } },
  });
  if (!user?.passwordHash) {
    await verifyPassword(password, await decoyHash());
    return null;
  }
  const ok = await verifyPassword(password, user.passwordHash);
  if (!ok || !user.membership) return null;
  return { id: user.id, email: user.email, name: user.name };
}

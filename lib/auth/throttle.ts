import "server-only";
import { db, type Tx } from "@/lib/db/client";

/**
 * Sign-in throttling, counted in Postgres (not in process memory) so that it holds however many
 * app instances serve the sign-in page. An e-mail address is locked after 5 failures in 15
 * minutes, an IP address after 30; the address is counted whether or not an account has it, so
 * the lock-out itself reveals nothing.
 */
export const THROTTLE = { windowMinutes: 15, perAccount: 5, perIp: 30 } as const;

const keys = (email: string, ip: string | null) => ({ account: `email:${email}`, ip: ip ? `ip:${ip}` : null });

function failuresAfter(key: string, after: Date): Promise<number> {
  return db.signInAttempt.count({ where: { key, succeeded: false, createdAt: { gt: after } } });
}

/** An address's failures in the window since its last success there, if any. */
async function accountFailures(key: string, since: Date): Promise<number> {
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { key, succeeded: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return failuresAfter(key, lastSuccess?.createdAt ?? since);
}

/**
 * A success clears the failures of the address it signed in, so a member's typos do not pile up
 * into a lock-out (someone guessing gains four guesses each time the member signs in). A client
 * address belongs to no one (with no trusted proxy, every client shares one): a success from it
 * says nothing about its failures, and would let an attacker with an account of their own, or any
 * member signing in, reset them. They count until they are 15 minutes old, successes or not.
 */
export async function isThrottled({ email, ip, now = new Date() }: { email: string; ip: string | null; now?: Date }): Promise<boolean> {
  const since = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const k = keys(email, ip);
  if ((await accountFailures(k.account, since)) >= THROTTLE.perAccount) return true;
  return k.ip !== null && (await failuresAfter(k.ip, since)) >= THROTTLE.perIp;
}

/** Records the attempt under the address, and a failure under the client address too (nothing reads a success there). */
export async function recordSignInAttempt({ email, ip, succeeded }: { email: string; ip: string | null; succeeded: boolean }): Promise<void> {
  const k = keys(email, ip);
  const data = [{ key: k.account, succeeded }];
  if (k.ip !== null && !succeeded) data.push({ key: k.ip, succeeded });
  await db.signInAttempt.createMany({ data });
}

/**
 * A password an administrator has just reset (in their transaction): the wrong guesses at the old
 * one no longer count, so the member who forgot it is not locked out of the new one they were
 * handed. Recorded as a success of the address, which is what clears its count.
 */
export async function clearAccountFailures(tx: Tx, email: string): Promise<void> {
  await tx.signInAttempt.create({ data: { key: keys(email, null).account, succeeded: true } });
}

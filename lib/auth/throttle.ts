import "server-only";
import { db } from "@/lib/db/client";

/**
 * Sign-in throttling, counted in Postgres (not in process memory) so that it holds however many
 * app instances serve the sign-in page. An e-mail address is locked after 5 failures in 15
 * minutes, an IP address after 30; the address is counted whether or not an account has it, so
 * the lock-out itself reveals nothing.
 */
export const THROTTLE = { windowMinutes: 15, perAccount: 5, perIp: 30 } as const;

const keys = (email: string, ip: string | null) => ({ account: `email:${email}`, ip: ip ? `ip:${ip}` : null });

async function failuresSince(key: string, since: Date): Promise<number> {
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { key, succeeded: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return db.signInAttempt.count({ where: { key, succeeded: false, createdAt: { gt: lastSuccess?.createdAt ?? since } } });
}

export async function isThrottled({ email, ip, now = new Date() }: { email: string; ip: string | null; now?: Date }): Promise<boolean> {
  const since = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const k = keys(email, ip);
  if ((await failuresSince(k.account, since)) >= THROTTLE.perAccount) return true;
  return k.ip !== null && (await failuresSince(k.ip, since)) >= THROTTLE.perIp;
}

export async function recordSignInAttempt({ email, ip, succeeded }: { email: string; ip: string | null; succeeded: boolean }): Promise<void> {
  const k = keys(email, ip);
  await db.signInAttempt.createMany({ data: [k.account, k.ip].filter((key): key is string => key !== null).map((key) => ({ key, succeeded })) });
}

import "server-only";
import { signInSchema } from "@/lib/auth/schemas";
import { isThrottled, recordSignInAttempt } from "@/lib/auth/throttle";
import { verifyCredentials, type VerifiedUser } from "@/lib/auth/verify-credentials";

export type SignInOutcome = { status: "ok"; user: VerifiedUser } | { status: "invalid" } | { status: "throttled" };

/** Checks a password sign-in against the throttle, then the credentials, and records the attempt. */
export async function signInWithPassword({ input, ip }: { input: unknown; ip: string | null }): Promise<SignInOutcome> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { status: "invalid" };
  const { email } = parsed.data;
  if (await isThrottled({ email, ip })) return { status: "throttled" };
  const user = await verifyCredentials(parsed.data);
  await recordSignInAttempt({ email, ip, succeeded: Boolean(user) });
  return user ? { status: "ok", user } : { status: "invalid" };
}

import "server-only";
import { db } from "@/lib/db/client";
import { emailSchema } from "@/lib/auth/schemas";

export type SsoAdmission = { status: "ok"; userId: string } | { status: "email-not-verified" } | { status: "not-member" };

export type SsoClaims = { email?: unknown; email_verified?: unknown };

/**
 * Decides whether an identity from the organisation's OpenID Connect provider may sign in, from
 * the claims the provider released. The e-mail address is the only link to a member, so it is
 * trusted only when the provider says it verified it: otherwise anyone who can type a member's
 * address into their own profile at the provider would sign in as that member. With
 * `requireVerifiedEmail` off (for a provider that never sends the flag), a missing flag is
 * accepted, but an address the provider marks unverified is still refused. Sign-in never creates
 * members; an administrator adds them first.
 */
export async function admitSsoIdentity({ claims, requireVerifiedEmail }: { claims: SsoClaims; requireVerifiedEmail: boolean }): Promise<SsoAdmission> {
  const email = emailSchema.safeParse(claims.email);
  if (!email.success) return { status: "not-member" };
  if (!emailVerified(claims.email_verified, requireVerifiedEmail)) return { status: "email-not-verified" };
  const user = await db.user.findUnique({ where: { email: email.data }, select: { id: true, membership: { select: { id: true } } } });
  return user?.membership ? { status: "ok", userId: user.id } : { status: "not-member" };
}

function emailVerified(flag: unknown, required: boolean): boolean {
  // Some providers (Amazon Cognito among them) send the flag as a string.
  if (flag === true || flag === "true") return true;
  return flag === undefined && !required;
}

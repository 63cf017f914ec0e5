import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Role } from "@/lib/auth/permissions";
import type { FieldErrors } from "@/lib/errors";

/**
 * The member role of the person the register names, found by e-mail address: the People register
 * and the members who sign in are kept apart, and the address is what they share. Null for
 * someone with no address or who is no member of the organisation.
 */
export async function memberRoleOf(tx: Tx, orgId: string, person: { email: string }): Promise<Role | null> {
  const email = person.email.trim();
  if (!email) return null;
  // The whole address in any letter case. Prisma's "insensitive" equals is an ILIKE, which read a
  // "_" in the address as any character: the director at jo_smith@ was taken for the auditor at jo.smith@.
  const [membership] = await tx.$queryRaw<{ role: Role }[]>`
    SELECT m.role FROM "Membership" m JOIN "User" u ON u.id = m."userId"
    WHERE m."orgId" = ${orgId} AND lower(u.email) = lower(${email}) LIMIT 1`;
  return membership?.role ?? null;
}

/**
 * Independence is the hard rule: the auditor examines the plan on management's behalf, so the
 * auditor cannot also be the management that commits to it.
 */
export const AUDITOR_SPONSOR = "Sponsor: an auditor cannot sponsor the plan they audit; choose a member of top management.";

/** The sponsor field's error when the person chosen is a member with the auditor role. */
export async function sponsorIndependence(tx: Tx, orgId: string, sponsorId: string | null): Promise<FieldErrors> {
  if (!sponsorId) return {};
  const sponsor = await tx.person.findFirst({ where: { id: sponsorId, orgId }, select: { email: true } });
  return sponsor && (await memberRoleOf(tx, orgId, sponsor)) === "auditor" ? { sponsorId: AUDITOR_SPONSOR } : {};
}

/**
 * What the committee page says about a sponsor who is not one of the organisation's executives.
 * Only a warning: top management may sponsor a plan without signing in to Continuity (the
 * register names them, no member matches), so the lead is asked to check, not refused.
 */
export function sponsorWarning(name: string, role: Role | null): string | null {
  if (role === "executive") return null;
  if (role === "auditor") return `${name} is an auditor: an auditor cannot sponsor the plan they audit. Choose a member of top management.`;
  return `Check the sponsor: ${name} is not an executive member of Continuity (people and members are matched by e-mail address). The plan's sponsor should be a member of top management.`;
}

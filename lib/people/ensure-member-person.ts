import "server-only";
import type { Tx } from "@/lib/db/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { personSnapshot } from "@/lib/people/person-fields";

/**
 * Makes sure a new member is in the organisation's People register, so the committee, response
 * team and owner pickers offer them without anyone typing them again (docs/decisions/0035). The
 * member is the person whose e-mail is theirs, whatever its letter case; only when nobody has it is
 * a person made, with the member's name and e-mail, and audited like one added on the People page.
 * Returns whether it was made. Runs in the caller's transaction, beside the membership.
 */
export async function ensureMemberPerson(tx: Tx, { actor, name, email }: { actor: AuditActor; name: string; email: string }): Promise<{ created: boolean }> {
  // The whole address in any letter case, lower() as memberRoleOf compares: Prisma's "insensitive"
  // equals is an ILIKE, which read a "_" in the address as any character, so the member at a_b@
  // was taken for the person at axb@ and left out of the register.
  const known = await tx.$queryRaw<unknown[]>`
    SELECT 1 FROM "Person" WHERE "orgId" = ${actor.orgId} AND lower(email) = lower(${email}) LIMIT 1`;
  if (known.length) return { created: false };
  const person = await tx.person.create({ data: { orgId: actor.orgId, name, email } });
  await recordAudit(tx, { actor, action: "person.created", entityType: "person", entityId: person.id, planId: null, after: personSnapshot(person) });
  return { created: true };
}

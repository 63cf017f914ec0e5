import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { addMemberSchema } from "@/lib/members/schemas";
import { ensureMemberPerson } from "@/lib/people/ensure-member-person";

/**
 * `existingPassword`: the person already had an account with a password, and signs in with it.
 * `personCreated`: the People register had nobody with their e-mail, so they were added to it.
 */
export type AddedMember = { membershipId: string; name: string; existingPassword: boolean; personCreated: boolean };

/**
 * Adds a person to the organisation with a role and an initial password, which the administrator
 * hands over in person (the member can then change it under "Change password"). A person belongs
 * to one organisation at a time.
 *
 * An address whose account outlived an earlier membership (someone removed here or elsewhere) is
 * added as that account: its name and password are the person's own, so another administrator
 * never overwrites them, and the person signs in with the password they already have. Only an
 * account with no password at all (single sign-on only) takes the initial password.
 *
 * The member is in the People register from then on: the person with their e-mail, or a new one.
 */
export async function addMember({ actor, input }: { actor: Actor; input: unknown }): Promise<AddedMember> {
  authorize(actor, "member:manage");
  const { email, name, role, password } = parseInput(addMemberSchema, input);
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true, name: true, passwordHash: true, membership: true } });
    if (existing?.membership) {
      // Whether, and where, the address is a member elsewhere is not this administrator's to know:
      // the refusal names neither another organisation nor an existing account.
      throw invalid(
        "email",
        existing.membership.orgId === actor.orgId
          ? "This person is already a member of this organisation."
          : "This address cannot be added. Ask the person for another address, or ask whoever runs this Continuity instance.",
      );
    }
    const user = existing
      ? existing.passwordHash
        ? existing
        : await tx.user.update({ where: { id: existing.id }, data: { passwordHash } })
      : await tx.user.create({ data: { email, name, passwordHash } });
    const membership = await tx.membership.create({ data: { orgId: actor.orgId, userId: user.id, role } });
    await recordAudit(tx, {
      actor,
      action: "member.added",
      entityType: "member",
      entityId: membership.id,
      planId: null,
      after: { email, name: user.name, role, ...(existing ? { existingAccount: true } : {}) },
    });
    const { created } = await ensureMemberPerson(tx, { actor, name: user.name, email });
    return { membershipId: membership.id, name: user.name, existingPassword: Boolean(existing?.passwordHash), personCreated: created };
  });
}

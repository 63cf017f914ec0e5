import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { memberRoleOf } from "@/lib/committee/sponsor-role";

const contact = { select: { id: true, name: true, jobTitle: true, mobilePhone: true, afterHoursPhone: true, email: true } };

/**
 * A plan's committee, emergency response team and sponsor (with the sponsor's member role, for
 * the page's check that top management sponsors the plan), for a plan the caller has loaded.
 */
export async function getCommittee({ actor, planId }: { actor: Actor; planId: string }) {
  authorize(actor, "plan:read");
  const scope = { orgId: actor.orgId, planId };
  const [members, ertRoles, plan] = await db.$transaction([
    db.committeeMember.findMany({
      where: scope,
      // Chair first, then coordinators, then members (the enum's order), each by name.
      orderBy: [{ role: "asc" }, { person: { name: "asc" } }],
      include: { person: contact },
    }),
    db.ertRole.findMany({
      where: scope,
      orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
      include: { primary: contact, alternate: contact },
    }),
    db.plan.findFirstOrThrow({
      where: { id: planId, orgId: actor.orgId },
      select: { version: true, endorsedOn: true, sponsor: contact },
    }),
  ]);
  const sponsorRole = plan.sponsor ? await memberRoleOf(db, actor.orgId, plan.sponsor) : null;
  return { members, ertRoles, sponsor: plan.sponsor, sponsorRole, endorsedOn: plan.endorsedOn, planVersion: plan.version };
}

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { createPlan } from "@/lib/plans/create-plan";
import { setApprovers } from "@/lib/versions/set-approvers";
import { submitPlan } from "@/lib/versions/submit-plan";
import { decideVersion } from "@/lib/versions/decide-version";
import { getVersion } from "@/lib/versions/get-version";
import { getApprovalOverview } from "@/lib/versions/get-approval-overview";
import { pendingDecisionsByUser } from "@/lib/versions/pending-decisions";
import { changeRole } from "@/lib/members/change-role";
import { removeMember } from "@/lib/members/remove-member";
import { failure, makeOrg, type TestOrg } from "./factories";

async function executive(org: TestOrg, name: string): Promise<Actor & { membershipId: string }> {
  const email = `${name.split(" ")[0].toLowerCase()}-${org.orgId}@example.test`;
  const user = await db.user.create({ data: { email, name } });
  const membership = await db.membership.create({ data: { orgId: org.orgId, userId: user.id, role: "executive" } });
  return { ...org.actors.executive, userId: user.id, email, name, membershipId: membership.id };
}

/** Bristol v1 awaiting Daniel and Sarah, Daniel having approved (the reviewer's steps). */
async function halfApproved(org: TestOrg) {
  const daniel = await executive(org, "Daniel Okafor");
  const sarah = await executive(org, "Sarah Lewis");
  const plan = await createPlan({ actor: org.actors.committee, input: { name: `Bristol operations ${org.orgId}` } });
  await setApprovers({ actor: org.actors.committee, input: { planId: plan.id, approverIds: [daniel.userId, sarah.userId] } });
  const version = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
  await decideVersion({ actor: daniel, input: { planId: plan.id, number: 1, decision: "approved", versionHash: version.hash, agree: "yes" } });
  return { daniel, sarah, plan, version };
}

const sarahsRequest = (versionId: string, userId: string) =>
  db.notification.findFirstOrThrow({ where: { versionId, userId, message: { contains: "asks you to approve" } } });

describe("an approver who can no longer approve", () => {
  it("is named to the administrator before the change, with the plan and version still waiting for them", async () => {
    const org = await makeOrg();
    const { daniel, sarah, plan } = await halfApproved(org);
    const pending = await pendingDecisionsByUser({ actor: org.actors.admin });
    expect(pending.get(sarah.userId)).toEqual([{ planName: plan.name, number: 1 }]);
    // Daniel has decided: nothing waits for him.
    expect(pending.get(daniel.userId)).toBeUndefined();
    expect((await failure(pendingDecisionsByUser({ actor: org.actors.committee }))).code).toBe("FORBIDDEN");
  });

  it("when demoted, is asked nothing more, and the version says it cannot be approved and tells its submitter", async () => {
    const org = await makeOrg();
    const { sarah, plan, version } = await halfApproved(org);
    const { stranded } = await changeRole({ actor: org.actors.admin, input: { membershipId: sarah.membershipId, role: "committee" } });
    expect(stranded).toEqual([{ planId: plan.id, number: 1 }]);

    expect((await sarahsRequest(version.id, sarah.userId)).readAt).not.toBeNull();
    expect((await db.planVersion.findUniqueOrThrow({ where: { id: version.id } })).status).toBe("submitted");
    const told = await db.notification.findFirstOrThrow({ where: { versionId: version.id, userId: org.actors.committee.userId, readAt: null } });
    expect(told.message).toBe(`Sarah Lewis is now a committee member and can no longer approve version 1 of “${plan.name}”: withdraw it and submit again with other approvers.`);
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, action: "plan.version_approver_lost" } });
    expect(audit).toMatchObject({ planId: plan.id, entityId: version.id, actorId: org.actors.admin.userId, after: { number: 1, approver: sarah.email, standing: "now a committee member" } });
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "member.role_changed", entityId: sarah.membershipId } })).toBe(1);

    const stuck =
      "Version 1 cannot be approved: its approver Sarah Lewis is now a committee member and can no longer approve it. " +
      "The committee can withdraw it and submit the plan again with other approvers.";
    const asSarah = { ...sarah, role: "committee" as const };
    const read = await getVersion({ actor: asSarah, planId: plan.id, number: 1 });
    expect(read.stuck).toBe(stuck);
    // The form is not offered to someone the server would refuse.
    expect(read.canDecide).toBe(false);
    expect((await failure(decideVersion({ actor: asSarah, input: { planId: plan.id, number: 1, decision: "approved", versionHash: version.hash, agree: "yes" } }))).code).toBe("FORBIDDEN");
    const plansRow = await db.plan.findUniqueOrThrow({ where: { id: plan.id } });
    expect((await getApprovalOverview({ actor: org.actors.auditor, plan: plansRow })).stuck).toBe(stuck);

    // Made an executive again, she can decide once more, and nothing says the version is stuck.
    await changeRole({ actor: org.actors.admin, input: { membershipId: sarah.membershipId, role: "executive" } });
    expect((await getVersion({ actor: sarah, planId: plan.id, number: 1 })).stuck).toBeNull();
    expect((await getVersion({ actor: sarah, planId: plan.id, number: 1 })).canDecide).toBe(true);
  });

  it("when removed, is asked nothing more and the version names them as no longer a member", async () => {
    const org = await makeOrg();
    const { sarah, plan, version } = await halfApproved(org);
    expect((await removeMember({ actor: org.actors.admin, input: { membershipId: sarah.membershipId } })).stranded).toEqual([{ planId: plan.id, number: 1 }]);
    expect((await sarahsRequest(version.id, sarah.userId)).readAt).not.toBeNull();
    expect((await getVersion({ actor: org.actors.auditor, planId: plan.id, number: 1 })).stuck).toBe(
      "Version 1 cannot be approved: its approver Sarah Lewis is no longer a member and can no longer approve it. " +
        "The committee can withdraw it and submit the plan again with other approvers.",
    );
    expect(await db.auditLog.count({ where: { orgId: org.orgId, planId: plan.id, action: "plan.version_approver_lost" } })).toBe(1);
  });

  it("changes nothing about versions for an approver who already decided, or a member who could not approve", async () => {
    const org = await makeOrg();
    const { daniel, version } = await halfApproved(org);
    expect((await changeRole({ actor: org.actors.admin, input: { membershipId: daniel.membershipId, role: "auditor" } })).stranded).toEqual([]);
    const committee = await db.membership.findFirstOrThrow({ where: { userId: org.actors.committee.userId } });
    expect((await changeRole({ actor: org.actors.admin, input: { membershipId: committee.id, role: "auditor" } })).stranded).toEqual([]);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "plan.version_approver_lost" } })).toBe(0);
    expect(await db.notification.count({ where: { versionId: version.id, userId: org.actors.committee.userId } })).toBe(0);
  });
});

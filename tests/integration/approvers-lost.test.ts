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
import { strandedDecisions, warnedVersionIds } from "@/lib/members/role-change-confirmation";
import type { Role } from "@/lib/auth/permissions";
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
    const { daniel, sarah, plan, version } = await halfApproved(org);
    const pending = await pendingDecisionsByUser({ actor: org.actors.admin });
    expect(pending.get(sarah.userId)).toEqual([{ versionId: version.id, planName: plan.name, number: 1 }]);
    // Daniel has decided: nothing waits for him.
    expect(pending.get(daniel.userId)).toBeUndefined();
    expect((await failure(pendingDecisionsByUser({ actor: org.actors.committee }))).code).toBe("FORBIDDEN");
  });

  it("when demoted, is asked nothing more, and the version says it cannot be approved and tells its submitter", async () => {
    const org = await makeOrg();
    const { sarah, plan, version } = await halfApproved(org);
    const { stranded } = await changeRole({ actor: org.actors.admin, input: { membershipId: sarah.membershipId, role: "committee", warnedVersionIds: version.id } });
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
    expect((await removeMember({ actor: org.actors.admin, input: { membershipId: sarah.membershipId, warnedVersionIds: version.id } })).stranded).toEqual([{ planId: plan.id, number: 1 }]);
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

  it("is refused with nothing changed when a version named them after the members page was read; confirmed again with it, the change goes ahead", async () => {
    const org = await makeOrg();
    const sarah = await executive(org, "Sarah Lewis");
    // The members page is read while nothing waits for Sarah: changing her role warns of nothing.
    const read = await pendingDecisionsByUser({ actor: org.actors.admin });
    expect(read.get(sarah.userId)).toBeUndefined();
    const warnedOf = (page: typeof read, to: Role | null) => warnedVersionIds(strandedDecisions({ from: "executive", to, pending: page.get(sarah.userId) ?? [] }));

    // Then the committee submits a version that needs her decision.
    const plan = await createPlan({ actor: org.actors.committee, input: { name: `Bristol operations ${org.orgId}` } });
    await setApprovers({ actor: org.actors.committee, input: { planId: plan.id, approverIds: [sarah.userId] } });
    const version = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    const sessionVersion = async () => (await db.user.findUniqueOrThrow({ where: { id: sarah.userId } })).sessionVersion;
    const sessionsBefore = await sessionVersion();

    const refused = await failure(changeRole({ actor: org.actors.admin, input: { membershipId: sarah.membershipId, role: "committee", warnedVersionIds: warnedOf(read, "committee") } }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toBe(
      `Nothing was changed: version 1 of “${plan.name}” was submitted for Sarah Lewis's decision after this page was loaded. ` +
        `Sarah Lewis must still decide on version 1 of “${plan.name}”. As a committee member, they can no longer approve it, so it cannot be approved ` +
        "until the committee withdraws it and submits again with other approvers. Change the role again to go ahead.",
    );
    const removal = await failure(removeMember({ actor: org.actors.admin, input: { membershipId: sarah.membershipId, warnedVersionIds: warnedOf(read, null) } }));
    expect(removal.code).toBe("CONFLICT");
    expect(removal.message).toMatch(/^Nothing was changed: version 1 of “.+” was submitted for Sarah Lewis's decision after this page was loaded\. .* Remove Sarah Lewis again to go ahead\.$/);

    // Nothing changed: still an executive and a member, still signed in, still asked to decide, nothing on the trail.
    expect((await db.membership.findUniqueOrThrow({ where: { id: sarah.membershipId } })).role).toBe("executive");
    expect(await sessionVersion()).toBe(sessionsBefore);
    expect((await sarahsRequest(version.id, sarah.userId)).readAt).toBeNull();
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: { in: ["member.role_changed", "member.removed", "plan.version_approver_lost"] } } })).toBe(0);
    expect(await db.notification.count({ where: { versionId: version.id, userId: org.actors.committee.userId } })).toBe(0);

    // Read again, the page warns of the version; confirmed with that warning, the change goes ahead as before.
    const reread = await pendingDecisionsByUser({ actor: org.actors.admin });
    expect(warnedOf(reread, "committee")).toBe(version.id);
    const { stranded } = await changeRole({ actor: org.actors.admin, input: { membershipId: sarah.membershipId, role: "committee", warnedVersionIds: warnedOf(reread, "committee") } });
    expect(stranded).toEqual([{ planId: plan.id, number: 1 }]);
    expect((await db.membership.findUniqueOrThrow({ where: { id: sarah.membershipId } })).role).toBe("committee");
    expect(await sessionVersion()).toBe(sessionsBefore + 1);
    expect((await sarahsRequest(version.id, sarah.userId)).readAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "member.role_changed", entityId: sarah.membershipId } })).toBe(1);
    expect(await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, action: "plan.version_approver_lost" } })).toMatchObject({
      entityId: version.id,
      after: { number: 1, approver: sarah.email, standing: "now a committee member" },
    });
    const told = await db.notification.findFirstOrThrow({ where: { versionId: version.id, userId: org.actors.committee.userId } });
    expect(told.message).toBe(`Sarah Lewis is now a committee member and can no longer approve version 1 of “${plan.name}”: withdraw it and submit again with other approvers.`);
  });

  it("is removed once the removal's warning names the version a first attempt was refused for", async () => {
    const org = await makeOrg();
    const sarah = await executive(org, "Sarah Lewis");
    const plan = await createPlan({ actor: org.actors.committee, input: { name: `Bristol operations ${org.orgId}` } });
    await setApprovers({ actor: org.actors.committee, input: { planId: plan.id, approverIds: [sarah.userId] } });
    const version = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });

    expect((await failure(removeMember({ actor: org.actors.admin, input: { membershipId: sarah.membershipId } }))).code).toBe("CONFLICT");
    expect(await db.membership.count({ where: { id: sarah.membershipId } })).toBe(1);
    expect((await removeMember({ actor: org.actors.admin, input: { membershipId: sarah.membershipId, warnedVersionIds: version.id } })).stranded).toEqual([{ planId: plan.id, number: 1 }]);
    expect(await db.membership.count({ where: { id: sarah.membershipId } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "member.removed", entityId: sarah.membershipId } })).toBe(1);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, planId: plan.id, action: "plan.version_approver_lost" } })).toBe(1);
  });
});

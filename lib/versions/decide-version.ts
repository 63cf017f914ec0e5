import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit, recordAudits } from "@/lib/audit/record-audit";
import { AppError, invalid, notFound } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { notify, resolveVersionRequests } from "@/lib/notifications/notify";
import { decisionMessage } from "@/lib/notifications/messages";
import { snapshotHash } from "@/lib/versions/canonical-json";
import { approvalStatement, frozenNames } from "@/lib/versions/statement";
import { decideVersionSchema } from "@/lib/versions/schemas";
import { versionStatusWords } from "@/lib/versions/status-words";

/**
 * Locks the version row so that concurrent decisions on it are taken one after the other, and
 * holds the plan's row against archiving until the decision is recorded: a plan archived while
 * an executive decides is seen as archived either before or after, never in between. Its review
 * cadence is held the same way, so the one an approval is given for is the one in force as it is.
 */
async function lockVersion(tx: Tx, orgId: string, planId: string, number: number) {
  // The plan first, then the version: archiving writes the plan's row, then withdraws the version
  // awaiting approval. Locked the other way round, each would wait on the other (a deadlock).
  await tx.$queryRaw`SELECT 1 FROM "Plan" WHERE id = ${planId} AND "orgId" = ${orgId} FOR SHARE`;
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "PlanVersion" WHERE "orgId" = ${orgId} AND "planId" = ${planId} AND number = ${number} FOR UPDATE`;
  if (!row) throw notFound("The version");
  return tx.planVersion.findUniqueOrThrow({
    where: { id: row.id },
    include: { plan: { select: { name: true, status: true, reviewCadenceDays: true, org: { select: { name: true } } } }, approvals: { orderBy: { createdAt: "asc" }, select: { approverId: true, decision: true, comment: true, approver: { select: { name: true } } } } },
  });
}

/**
 * An executive approves or rejects a submitted version. The approval names the hash the
 * executive was shown, which must be the version's, and the stored snapshot must still hash to
 * it (tampering is detected, nothing is approved). The version is approved when every required
 * approver has approved; one rejection rejects it. Each transition is a conditional write on the
 * version's status, with its audit row in the same transaction. Archiving a plan withdraws its
 * pending version (lib/plans/archive-plan.ts), so an archived plan's versions are never decided.
 */
export async function decideVersion({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:approve");
  const { planId, number, decision, versionHash, comment, agree } = parseInput(decideVersionSchema, input);
  if (decision === "approved" && agree !== "yes") throw invalid("agree", "Tick the statement to approve.");
  if (decision === "rejected" && !comment) throw invalid("comment", "Say why you reject this version, so the committee can act on it.");

  return db.$transaction(async (tx) => {
    const version = await lockVersion(tx, actor.orgId, planId, number);
    if (version.status !== "submitted") throw new AppError("CONFLICT", `Version ${number} is no longer awaiting approval (it is ${versionStatusWords(version.status, { inSentence: true })}).`);
    if (version.plan.status === "archived") throw new AppError("CONFLICT", "This plan is archived: its versions cannot be approved or rejected.");
    if (!version.requiredApproverIds.includes(actor.userId)) throw new AppError("FORBIDDEN", "You are not an approver of this version.");
    if (versionHash !== version.hash) throw new AppError("CONFLICT", "This is not the version you reviewed. Reload the page and review it again.");
    if (snapshotHash(version.snapshot) !== version.hash) {
      throw new AppError("CONFLICT", "Integrity check failed: the stored snapshot no longer matches its hash. Nothing was recorded; tell your administrator.");
    }
    if (version.approvals.some((a) => a.approverId === actor.userId)) throw new AppError("CONFLICT", "You have already decided on this version.");

    const names = { ...frozenNames(version.snapshot, { orgName: version.plan.org.name, planName: version.plan.name }), number, hash: version.hash };
    const statement =
      decision === "approved" ? approvalStatement(names) : `I reject version ${number} of “${names.planName}” (SHA-256 ${version.hash}).`;
    await tx.approval.create({
      data: { orgId: actor.orgId, versionId: version.id, approverId: actor.userId, decision, comment, statement, versionHash: version.hash },
    });
    await recordAudit(tx, {
      actor,
      action: decision === "approved" ? "plan.version_approved_by" : "plan.version_rejected",
      entityType: "plan_version",
      entityId: version.id,
      planId,
      after: { number, hash: version.hash, decision, comment },
    });

    // The decider's own request is settled whatever the outcome; the others' once the version is decided.
    await resolveVersionRequests(tx, { orgId: actor.orgId, versionIds: [version.id], onlyUserIds: [actor.userId] });

    const approvedBy = new Set([...version.approvals.filter((a) => a.decision === "approved").map((a) => a.approverId), ...(decision === "approved" ? [actor.userId] : [])]);
    const complete = decision === "approved" && version.requiredApproverIds.every((id) => approvedBy.has(id));
    const next = decision === "rejected" ? "rejected" : complete ? "approved" : null;
    if (next) {
      const now = new Date();
      // An approval holds for the review cadence in force now, which a longer one set later does not extend (decision 65).
      const approvedForDays = next === "approved" ? version.plan.reviewCadenceDays : null;
      const { count } = await tx.planVersion.updateMany({ where: { id: version.id, status: "submitted" }, data: { status: next, decidedAt: now, approvedForDays } });
      if (count !== 1) throw new AppError("CONFLICT", "The version changed while you were deciding. Reload the page.");
      const superseded: string[] = [];
      if (next === "approved") {
        const older = await tx.planVersion.findMany({ where: { planId, orgId: actor.orgId, status: "approved", id: { not: version.id } }, select: { id: true, number: true } });
        superseded.push(...older.map((v) => v.id));
        await tx.planVersion.updateMany({ where: { id: { in: superseded }, status: "approved" }, data: { status: "superseded" } });
        await recordAudit(tx, { actor, action: "plan.approved", entityType: "plan_version", entityId: version.id, planId, before: { status: "submitted" }, after: { status: "approved", number, hash: version.hash, approvedForDays } });
        // The version that was in force leaves it now: its own record says when, and by which version.
        await recordAudits(
          tx,
          older.map((v) => ({ actor, action: "plan.version_superseded", entityType: "plan_version", entityId: v.id, planId, before: { status: "approved" }, after: { status: "superseded", number: v.number, supersededBy: number } })),
        );
      }
      // Every approver's "asks you to approve" is settled now, before the submitter is told.
      await resolveVersionRequests(tx, { orgId: actor.orgId, versionIds: [version.id, ...superseded], now });
      await notify(tx, {
        orgId: actor.orgId,
        kind: "approvals",
        userIds: version.submittedById ? [version.submittedById] : [],
        planId,
        versionId: version.id,
        message: decisionMessage({ number, planName: version.plan.name, outcome: next, by: actor.name, comment, notes: [...version.approvals.map((a) => ({ by: a.approver.name, comment: a.comment })), { by: actor.name, comment }] }),
        href: `/plans/${planId}/approval/versions/${number}`,
      });
    }
    return { status: next ?? "submitted" };
  });
}

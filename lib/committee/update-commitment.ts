import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { checkInput } from "@/lib/validation";
import { planScope } from "@/lib/plans/scope";
import { sponsorChoiceSchema, updateCommitmentSchema } from "@/lib/committee/schemas";
import { loadEditablePlan } from "@/lib/plans/load-editable-plan";
import { assertPeopleInOrg } from "@/lib/committee/people-in-org";
import { staleEdit } from "@/lib/concurrency/stale-edit";
import { orgNames, namedId } from "@/lib/concurrency/show-fields";
import { endorsedDay, stalePlan } from "@/lib/plans/plan-conflict";
import { AppError } from "@/lib/errors";
import { FIELDS_NEED_ATTENTION } from "@/lib/forms/error-summary";
import { sponsorIndependence } from "@/lib/committee/sponsor-role";

/**
 * Records management commitment: the plan's sponsor and the day top management endorsed it. It
 * is part of the plan row, so it takes part in the plan's optimistic concurrency. A save that
 * changes nothing writes nothing: no new version, no audit row. A sponsor who is a member with
 * the auditor role is refused (sponsor-role.ts); one who is no executive is saved, and the
 * committee page asks the lead to check.
 */
export async function updateCommitment({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:edit");
  const checked = checkInput(updateCommitmentSchema, input);
  // Checked even when another field is refused, so that the form shows every field's error at once.
  const chosen = checkInput(sponsorChoiceSchema, input);
  const independence = chosen.success ? await sponsorIndependence(db, actor.orgId, chosen.data.sponsorId) : {};
  if (!checked.success || Object.keys(independence).length > 0) {
    throw new AppError("VALIDATION", FIELDS_NEED_ATTENTION, { ...(checked.success ? {} : checked.fieldErrors), ...independence });
  }
  const { planId, version, sponsorId, endorsedOn } = checked.data;
  return db.$transaction(async (tx) => {
    const before = await loadEditablePlan(tx, actor, planId);
    if (before.version !== version) {
      throw await stalePlan(tx, actor, before, version, {
        sponsorId: { label: "Sponsor", text: namedId(await orgNames(tx, actor, "person"), "No sponsor yet") },
        endorsedOn: { label: "Endorsed on" },
      });
    }
    await assertPeopleInOrg(tx, actor.orgId, { sponsorId });
    if (before.sponsorId === sponsorId && endorsedDay(before.endorsedOn) === endorsedDay(endorsedOn)) return { sponsorId, endorsedOn, version, changed: false };
    const { count } = await tx.plan.updateMany({
      where: { ...planScope(actor, planId), version, status: "active" },
      data: { sponsorId, endorsedOn, version: { increment: 1 } },
    });
    // A write that committed between the read above and this one: refused without details.
    if (count === 0) throw staleEdit("this plan");
    await recordAudit(tx, {
      actor,
      action: "plan.commitment-updated",
      entityType: "plan",
      entityId: planId,
      planId,
      before: { sponsorId: before.sponsorId, endorsedOn: endorsedDay(before.endorsedOn) },
      after: { sponsorId, endorsedOn: endorsedDay(endorsedOn) },
    });
    return { sponsorId, endorsedOn, version: version + 1, changed: true };
  });
}

import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { invalid } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { CHOOSE_OWN_PLAN, createPlanSchema } from "@/lib/plans/schemas";
import { takenPlanName } from "@/lib/plans/taken-plan-name";
import { isUniqueViolation, planSnapshot } from "@/lib/plans/plan-fields";
import { copyPlanContent } from "@/lib/plans/copy-plan-content";

type Source = { id: string; name: string; status: string; sponsorId: string | null; testCadenceDays: number; reviewCadenceDays: number };

/**
 * The plan a new one starts from, locked for the copy: every edit of its content updates its row
 * (decision 5), so it cannot change while it is read. Only an active plan of the organisation.
 */
async function lockSource(tx: Tx, actor: Actor, planId: string): Promise<Source> {
  const [source] = await tx.$queryRaw<Source[]>`
    SELECT id, name, status::text AS status, "sponsorId", "testCadenceDays", "reviewCadenceDays"
    FROM "Plan" WHERE id = ${planId} AND "orgId" = ${actor.orgId} FOR SHARE`;
  if (!source) throw invalid("startFrom", CHOOSE_OWN_PLAN);
  if (source.status !== "active") throw invalid("startFrom", `“${source.name}” is archived: restore it first, or start from an active plan.`);
  return source;
}

/**
 * A new plan, empty or, when the input names a plan to start from, with a copy of that plan's
 * content (lib/plans/plan-content.ts says what a copy takes and leaves; docs/decisions/0054): all
 * in one transaction with its one audit row, which names the source.
 */
export async function createPlan({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "plan:create");
  const { startFrom, ...data } = parseInput(createPlanSchema, input);
  try {
    return await db.$transaction(
      async (tx) => {
        const source = startFrom ? await lockSource(tx, actor, startFrom) : null;
        const taken = source ? { sponsorId: source.sponsorId, testCadenceDays: source.testCadenceDays, reviewCadenceDays: source.reviewCadenceDays } : {};
        const plan = await tx.plan.create({ data: { ...data, ...taken, orgId: actor.orgId } });
        const copiedFrom = source ? { id: source.id, name: source.name } : null;
        if (source) {
          await copyPlanContent(tx, { sourcePlanId: source.id, planId: plan.id });
          // Copying bumped the revision once per row (the content triggers): a new plan starts at 0.
          await tx.plan.update({ where: { id: plan.id }, data: { contentRevision: 0 } });
        }
        await recordAudit(tx, {
          actor,
          action: "plan.created",
          entityType: "plan",
          entityId: plan.id,
          planId: plan.id,
          after: copiedFrom ? { ...planSnapshot(plan), copiedFrom } : planSnapshot(plan),
        });
        return { ...plan, copiedFrom };
      },
      // A copy of a large plan (2,000 systems) writes tens of thousands of rows.
      { timeout: 60_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw await takenPlanName({ orgId: actor.orgId, name: data.name });
    throw error;
  }
}

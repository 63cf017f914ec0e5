import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { assess } from "@/lib/engine";
import { notFound } from "@/lib/errors";
import { planScope } from "@/lib/plans/scope";
import { loadRecoveryRows } from "@/lib/recovery/load-recovery-rows";
import { whatIfOptions } from "@/lib/recovery/what-if";
import { readWhatIf } from "@/lib/recovery/read-what-if";
import { compareAssessments, compareOutcomes } from "@/lib/recovery/dashboard/compare";

/**
 * Assesses the plan as saved and with a draft change, without saving anything, and lists what
 * the draft changes. Anyone who can read the plan may try a draft: nothing is written.
 */
export async function runWhatIf({ actor, planId, values, now = new Date() }: { actor: Actor; planId: string; values: Record<string, string | undefined>; now?: Date }) {
  authorize(actor, "plan:read");
  if ((await db.plan.count({ where: planScope(actor, planId) })) === 0) throw notFound("The plan");
  const rows = await loadRecoveryRows(db, { orgId: actor.orgId, planId });
  const scenarioNames = new Map((await db.scenario.findMany({ where: { orgId: actor.orgId, planId }, select: { key: true, name: true } })).map((s) => [s.key, s.name]));
  const options = whatIfOptions(rows, scenarioNames);
  const submitted = Object.values(values).some((v) => v !== undefined && v !== "");
  if (!submitted) return { options, state: "empty" as const };

  const read = readWhatIf({ rows, values, now });
  if (read.state !== "valid") return { options, ...read };
  const { draft, base, drafted } = read;

  const before = assess(base);
  const after = assess(drafted);
  return {
    options,
    state: "assessed" as const,
    draft,
    scenarios: after.scenarios.length,
    scenarioNames: Object.fromEntries(scenarioNames),
    changes: compareAssessments(before, after),
    outcomes: compareOutcomes(before, after),
  };
}

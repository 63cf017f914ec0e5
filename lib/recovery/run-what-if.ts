import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { assess, type ParseResult } from "@/lib/engine";
import { savedRecovery } from "@/lib/recovery/assess-recovery";
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
  // The plan as saved is the cached assessment the readiness pages show, when there is one: only
  // the draft is assessed, at the moment the saved plan was, so time passing is no change.
  const saved = await savedRecovery({ orgId: actor.orgId, planId, now, load: () => loadRecoveryRows(db, { orgId: actor.orgId, planId }) });
  const { rows, at, result } = saved;
  const scenarioNames = new Map((await db.scenario.findMany({ where: { orgId: actor.orgId, planId }, select: { key: true, name: true } })).map((s) => [s.key, s.name]));
  const options = whatIfOptions(rows, scenarioNames);
  const submitted = Object.values(values).some((v) => v !== undefined && v !== "");
  if (!submitted) return { options, state: "empty" as const };

  const base: ParseResult = result.ok ? { ok: true, model: result.valid } : { ok: false, issues: result.issues };
  const read = readWhatIf({ rows, values, now: at, base });
  // A valid draft implies a valid saved model (`base` is the result's), so `result.ok` only narrows.
  if (read.state !== "valid" || !result.ok) return { options, ...read };
  const { draft, drafted } = read;

  const before = result.assessment;
  const after = assess(drafted, { names: result.names });
  return {
    options,
    state: "assessed" as const,
    draft,
    scenarios: after.scenarios.length,
    scenarioNames: Object.fromEntries(scenarioNames),
    changes: compareAssessments(before, after),
    outcomes: compareOutcomes(before, after, { incomplete: result.incomplete, hostless: result.hostless, processes: result.valid.processes }),
  };
}

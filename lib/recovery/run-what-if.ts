import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { assessModel } from "@/lib/engine";
import { notFound } from "@/lib/errors";
import { checkInput } from "@/lib/validation";
import { planScope } from "@/lib/plans/scope";
import { loadRecoveryRows } from "@/lib/recovery/load-recovery-rows";
import { toRecoveryModel } from "@/lib/recovery/to-model";
import { applyWhatIf, checkWhatIf, type CopyDraft, type WhatIfDraft } from "@/lib/recovery/what-if";
import { compareAssessments } from "@/lib/recovery/dashboard/compare";
import { draftIssueFields } from "@/lib/recovery/what-if-issues";
import { whatIfSchema, type WhatIfInput } from "@/lib/recovery/schemas";

function draftOf(input: WhatIfInput): WhatIfDraft {
  const copy: CopyDraft | null = input.copyTo
    ? input.copyMode === "scheduled"
      ? { to: input.copyTo, mode: "scheduled", everyMinutes: input.copyEveryMinutes!, lagMinutes: input.copyLagMinutes ?? 0 }
      : { to: input.copyTo, mode: "immediate", lagMinutes: input.copyLagMinutes ?? 0 }
    : null;
  const policy = input.policy
    ? {
        key: input.policy,
        ...(input.schedule === "every" ? { everyMinutes: input.everyMinutes } : {}),
        ...(input.schedule === "cron" ? { cron: input.cron, ...(input.timezone ? { timezone: input.timezone } : {}) } : {}),
        windowMinutes: input.windowMinutes,
        ...(copy ? { addCopies: [copy] } : {}),
      }
    : null;
  const location = input.location
    ? { key: input.location, throughputMBps: input.throughputMBps, streamMBps: input.streamMBps, maxStreams: input.maxStreams, retrievalMinutes: input.retrievalMinutes }
    : null;
  const host = input.host ? { key: input.host, ramMiB: input.ramMiB, reservedMiB: input.reservedMiB, readyAfterMinutes: input.readyAfterMinutes } : null;
  return { policies: policy ? [policy] : [], locations: location ? [location] : [], hosts: host ? [host] : [] };
}

/**
 * Assesses the plan as saved and with a draft change, without saving anything, and lists what
 * the draft changes. Anyone who can read the plan may try a draft: nothing is written.
 */
export async function runWhatIf({ actor, planId, values, now = new Date() }: { actor: Actor; planId: string; values: Record<string, string | undefined>; now?: Date }) {
  authorize(actor, "plan:read");
  if ((await db.plan.count({ where: planScope(actor, planId) })) === 0) throw notFound("The plan");
  const rows = await loadRecoveryRows(db, { orgId: actor.orgId, planId });
  const options = { policies: rows.policies, locations: rows.locations, hosts: rows.hosts };
  const submitted = Object.values(values).some((v) => v !== undefined && v !== "");
  if (!submitted) return { options, state: "empty" as const };

  const parsed = checkInput(whatIfSchema, values);
  if (!parsed.success) return { options, state: "invalid" as const, fieldErrors: parsed.fieldErrors };
  const draft = draftOf(parsed.data);
  const fieldErrors = checkWhatIf(rows, draft);
  if (Object.keys(fieldErrors).length) return { options, state: "invalid" as const, fieldErrors };

  const before = assessModel(toRecoveryModel(rows, now).model);
  if (!before.ok) return { options, state: "base-invalid" as const, issues: before.issues };
  const after = assessModel(toRecoveryModel(applyWhatIf(rows, draft), now).model);
  if (!after.ok) {
    // The saved model is valid, so the draft's own fields caused these: say so next to them.
    const { fieldErrors: draftErrors, rest } = draftIssueFields(after.issues);
    return { options, state: "draft-invalid" as const, fieldErrors: draftErrors, issues: rest };
  }
  const scenarioNames = Object.fromEntries(
    (await db.scenario.findMany({ where: { orgId: actor.orgId, planId }, select: { key: true, name: true } })).map((s) => [s.key, s.name]),
  );
  return { options, state: "assessed" as const, draft, scenarios: after.assessment.scenarios.length, scenarioNames, changes: compareAssessments(before.assessment, after.assessment) };
}

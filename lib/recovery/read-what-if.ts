/**
 * A what-if draft read from the form's fields and checked, in one pass: each field on its own,
 * the rules between fields, what the saved rows refuse (checkWhatIf) and what the engine refuses
 * in the drafted model (as the draft's own fields, what-if-issues.ts). A refused draft is refused
 * for every problem at once, each at its field, so nobody fixes one to be shown the next. Pure:
 * the rows come in; the models to assess, or the problems, go out.
 */
import { parseModel, type ModelIssue, type ParseResult, type RecoveryModel } from "@/lib/engine";
import { checkInput } from "@/lib/validation";
import { toRecoveryModel, type RecoveryRows } from "@/lib/recovery/to-model";
import { applyWhatIf, checkWhatIf, type CopyDraft, type WhatIfDraft } from "@/lib/recovery/what-if";
import { draftIssueFields } from "@/lib/recovery/what-if-issues";
import { OWN_HOST, parsedWhatIfFields, whatIfSchema, type WhatIfInput } from "@/lib/recovery/schemas";

/** The draft the fields make; a field left out (refused) keeps the saved value. */
function draftOf(input: Partial<WhatIfInput>): WhatIfDraft {
  // An interval missing or refused is reported at its field (the draft is then not assessed): 0,
  // never a saved copy's interval, stands in for it so that the copy's location is checked in the same round.
  const copy: CopyDraft | null =
    input.copyTo && input.copyMode !== undefined
      ? input.copyMode === "scheduled"
        ? { to: input.copyTo, mode: "scheduled", everyMinutes: input.copyEveryMinutes ?? 0, lagMinutes: input.copyLagMinutes ?? 0 }
        : { to: input.copyTo, mode: "immediate", lagMinutes: input.copyLagMinutes ?? 0 }
      : null;
  const policy = input.policy
    ? {
        key: input.policy,
        ...(input.schedule === "every" && input.everyMinutes !== undefined ? { everyMinutes: input.everyMinutes } : {}),
        ...(input.schedule === "cron" && input.cron ? { cron: input.cron, ...(input.timezone ? { timezone: input.timezone } : {}) } : {}),
        windowMinutes: input.windowMinutes,
        ...(copy ? { addCopies: [copy] } : {}),
      }
    : null;
  const location = input.location
    ? { key: input.location, throughputMBps: input.throughputMBps, streamMBps: input.streamMBps, maxStreams: input.maxStreams, retrievalMinutes: input.retrievalMinutes }
    : null;
  const host = input.host ? { key: input.host, ramMiB: input.ramMiB, reservedMiB: input.reservedMiB, readyAfterMinutes: input.readyAfterMinutes } : null;
  const recoveryHost =
    input.system && input.scenario && input.recoveryHost
      ? { system: input.system, scenario: input.scenario, host: input.recoveryHost === OWN_HOST ? null : input.recoveryHost }
      : null;
  // A lag missing or refused is reported at its field (the draft is then not assessed): 0 stands
  // in for it so that the location is checked in the same round.
  const replica = input.system && input.replicaLocation ? { system: input.system, location: input.replicaLocation, lagMinutes: input.replicaLagMinutes ?? 0 } : null;
  return {
    policies: policy ? [policy] : [],
    locations: location ? [location] : [],
    hosts: host ? [host] : [],
    recoveryHosts: recoveryHost ? [recoveryHost] : [],
    replicas: replica ? [replica] : [],
  };
}

export type ReadWhatIf =
  | { state: "valid"; draft: WhatIfDraft; base: RecoveryModel; drafted: RecoveryModel }
  /** Fields refused on their own, between them or by the rows; the engine's field messages and other issues come along. */
  | { state: "invalid"; fieldErrors: Record<string, string>; issues: ModelIssue[] }
  /** The saved model itself is invalid: the setup needs fixing before any draft can be assessed. */
  | { state: "base-invalid"; issues: ModelIssue[] }
  /** Only the engine refuses the draft. */
  | { state: "draft-invalid"; fieldErrors: Record<string, string>; issues: ModelIssue[] };

/**
 * `base` is the saved model as already validated at `now`, when the caller has it (the plan's
 * cached assessment): the same rows at the same moment give the same model, so it is not built again.
 */
export function readWhatIf({ rows, values, now, base: saved }: { rows: RecoveryRows; values: Record<string, string | undefined>; now: Date; base?: ParseResult }): ReadWhatIf {
  const parsed = checkInput(whatIfSchema, values);
  const inputErrors = parsed.success ? {} : parsed.fieldErrors;
  // The fields refused leave the draft: the saved values stand in for them in the checks below.
  const usable = parsed.success ? parsed.data : Object.fromEntries(Object.entries(parsedWhatIfFields(values)).filter(([key]) => !(key in inputErrors)));
  const draft = draftOf(usable);
  const rowErrors = checkWhatIf(rows, draft);
  const base = saved ?? parseModel(toRecoveryModel(rows, now).model, { bounded: true });
  const drafted = parseModel(toRecoveryModel(applyWhatIf(rows, draft), now).model, { bounded: true });
  // Only when the saved model is valid do the drafted model's issues come from the draft's fields.
  const engine = base.ok && !drafted.ok ? draftIssueFields(drafted.issues) : { fieldErrors: {}, rest: [] };
  if (Object.keys(inputErrors).length || Object.keys(rowErrors).length) {
    // Each field's first problem: its own, then the rules between fields, then the rows', then the engine's.
    return { state: "invalid", fieldErrors: { ...engine.fieldErrors, ...rowErrors, ...inputErrors }, issues: engine.rest };
  }
  if (!base.ok) return { state: "base-invalid", issues: base.issues };
  if (!drafted.ok) return { state: "draft-invalid", fieldErrors: engine.fieldErrors, issues: engine.rest };
  return { state: "valid", draft, base: base.model, drafted: drafted.model };
}

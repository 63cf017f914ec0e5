// The recovery model's format (recovery-model.md, "Input"): zod for shapes,
// ranges and defaults; checks.ts for what zod cannot see (references, unique
// ids, dependency cycles). Every problem comes back with its field path.
import { z } from "zod";
import { parseCron } from "./cron";
import { parseInstant } from "./instant";
import { boundIssues } from "./bounds";
import { isValidTimeZone } from "./tz";
import { checkModel } from "./checks";
import { formatPath, type ModelIssue } from "./issues";

const EPOCH = "1970-01-01T00:00:00Z";

const id = z.string().min(1);
const ref = z.string().min(1);
const instant = z.string().refine((s) => parseInstant(s) !== null, {
  message: "must be an ISO-8601 instant with an offset or Z, e.g. 2025-06-11T09:00:00Z",
});
const nonNegative = z.number().min(0);
const positive = z.number().gt(0);

// One object with every schedule field, so a mix-up ("cron" with "anchor")
// gets a precise message instead of zod's generic "no union member matched".
const scheduleSchema = z
  .strictObject({
    cron: z.string().optional(),
    timezone: z.string().optional(),
    everyMinutes: positive.optional(),
    anchor: instant.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.cron === undefined && s.everyMinutes === undefined)
      ctx.addIssue({ code: "custom", message: "needs either cron or everyMinutes" });
    if (s.cron !== undefined && s.everyMinutes !== undefined)
      ctx.addIssue({ code: "custom", message: "has both cron and everyMinutes; keep one" });
    if (typeof s.cron === "string") {
      const parsed = parseCron(s.cron);
      if (!parsed.ok) ctx.addIssue({ code: "custom", path: ["cron"], message: `invalid cron "${s.cron}": ${parsed.error}` });
    }
    if (typeof s.timezone === "string" && !isValidTimeZone(s.timezone))
      ctx.addIssue({ code: "custom", path: ["timezone"], message: `unknown time zone "${s.timezone}" (use an IANA name such as Europe/Paris)` });
    if (s.timezone !== undefined && s.cron === undefined)
      ctx.addIssue({ code: "custom", path: ["timezone"], message: "only applies to a cron schedule" });
    if (s.anchor !== undefined && s.everyMinutes === undefined)
      ctx.addIssue({ code: "custom", path: ["anchor"], message: "only applies to an everyMinutes schedule" });
  })
  .transform((s) =>
    s.cron !== undefined
      ? { cron: s.cron, timezone: s.timezone ?? "UTC" }
      : { everyMinutes: s.everyMinutes as number, anchor: s.anchor ?? EPOCH },
  );

const siteSchema = z.strictObject({ id });

const locationSchema = z
  .strictObject({
    id,
    site: ref,
    online: z.boolean().default(true),
    immutableDays: nonNegative.default(0),
    throughputMBps: positive,
    streamMBps: positive.optional(),
    maxStreams: z.number().int().gt(0).default(1),
    retrievalMinutes: nonNegative.default(0),
  })
  .transform(({ streamMBps, ...l }) => ({ ...l, streamMBps: streamMBps ?? l.throughputMBps }));

const hostSchema = z.strictObject({
  id,
  site: ref,
  ramMiB: positive,
  reservedMiB: nonNegative.default(0),
  readyAfterMinutes: nonNegative.default(0),
});

const systemSchema = z.strictObject({
  id,
  name: z.string().optional(),
  host: ref,
  recoveryHosts: z.record(z.string(), ref).default({}),
  ramMiB: positive.optional(),
  usedGB: nonNegative.default(0),
  bootMinutes: nonNegative.default(0),
  verifyMinutes: nonNegative.default(0),
  priority: z.number().int().min(1).max(5).default(3),
  dependsOn: z.array(ref).default([]),
  rpoMinutes: nonNegative.optional(),
  rtoMinutes: nonNegative.optional(),
});

const copySchema = z
  .strictObject({
    to: ref,
    mode: z.enum(["immediate", "scheduled", "rotation"]).default("immediate"),
    lagMinutes: nonNegative.default(0),
    schedule: scheduleSchema.optional(),
  })
  .superRefine((c, ctx) => {
    if (c.mode !== "immediate" && c.schedule === undefined)
      ctx.addIssue({ code: "custom", path: ["schedule"], message: `is required for a ${c.mode} copy` });
    if (c.mode === "immediate" && c.schedule !== undefined)
      ctx.addIssue({ code: "custom", path: ["schedule"], message: 'only applies to "scheduled" and "rotation" copies' });
  });

const policySchema = z.strictObject({
  id,
  systems: z.array(ref),
  schedule: scheduleSchema,
  windowMinutes: nonNegative.default(0),
  target: ref,
  copies: z.array(copySchema).default([]),
});

const replicaSchema = z.strictObject({ system: ref, location: ref, lagMinutes: nonNegative.default(0) });

const restorePointSchema = z
  .strictObject({ system: ref, location: ref, pointInTime: instant, usableAt: instant.optional() })
  .transform((p) => ({ ...p, usableAt: p.usableAt ?? p.pointInTime }));

const testSchema = z.strictObject({
  system: ref,
  location: ref,
  date: instant,
  restoreMinutes: nonNegative,
  usedGB: positive.optional(),
});

const groupSchema = z.strictObject({ id, systems: z.array(ref), maxSkewMinutes: nonNegative.default(0) });

const processSchema = z.strictObject({
  id,
  systems: z.array(ref),
  mtdMinutes: nonNegative.optional(),
  wrtMinutes: nonNegative.default(0),
});

const scenarioSchema = z.strictObject({
  id,
  kind: z.enum(["system", "host", "site", "ransomware"]),
  lostSites: z.array(ref).default([]),
  lostHosts: z.array(ref).default([]),
  at: instant.optional(),
  declareMinutes: nonNegative.default(0),
  containmentMinutes: nonNegative.default(0),
  cleanBefore: instant.optional(),
});

export const modelSchema = z.strictObject({
  version: z.literal(1),
  assessedAt: instant,
  // Bounded, like every schedule's number of fires (checks.ts), so that no single
  // field can make an assessment run for minutes; the app asks for tighter bounds
  // still (bounds.ts).
  horizonDays: positive.max(3660).default(366),
  testValidityDays: nonNegative.default(180),
  sites: z.array(siteSchema).default([]),
  locations: z.array(locationSchema).default([]),
  hosts: z.array(hostSchema).default([]),
  systems: z.array(systemSchema).default([]),
  backupPolicies: z.array(policySchema).default([]),
  replicas: z.array(replicaSchema).default([]),
  restorePoints: z.array(restorePointSchema).default([]),
  tests: z.array(testSchema).default([]),
  consistencyGroups: z.array(groupSchema).default([]),
  processes: z.array(processSchema).default([]),
  scenarios: z.array(scenarioSchema).default([]),
});

/** The model as written (optional fields may be absent). */
export type RecoveryModelInput = z.input<typeof modelSchema>;
/** The model after validation, every default filled in. */
export type RecoveryModel = z.output<typeof modelSchema>;
export type Location = RecoveryModel["locations"][number];
export type Host = RecoveryModel["hosts"][number];
export type System = RecoveryModel["systems"][number];
export type BackupPolicy = RecoveryModel["backupPolicies"][number];
export type Copy = BackupPolicy["copies"][number];
export type Replica = RecoveryModel["replicas"][number];
export type RestorePoint = RecoveryModel["restorePoints"][number];
export type RestoreTest = RecoveryModel["tests"][number];
export type ConsistencyGroup = RecoveryModel["consistencyGroups"][number];
export type Process = RecoveryModel["processes"][number];
export type Scenario = RecoveryModel["scenarios"][number];
export type ScenarioKind = Scenario["kind"];

export type ParseResult = { ok: true; model: RecoveryModel } | { ok: false; issues: ModelIssue[] };

function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "is required";
      if (issue.expected === "int") return "must be a whole number";
      return `must be ${issue.expected === "array" ? "a list" : issue.expected === "object" ? "an object" : `a ${issue.expected}`}`;
    case "too_small":
      if (issue.origin === "string") return "must not be empty";
      return `must be ${issue.inclusive ? "≥" : ">"} ${String(issue.minimum)}`;
    case "too_big":
      return `must be ${issue.inclusive ? "≤" : "<"} ${String(issue.maximum)}`;
    case "invalid_value":
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    default:
      return issue.message;
  }
}

/**
 * Validates a model (already parsed from JSON/YAML). Either the model with its
 * defaults, or every problem found, each naming its field path.
 */
export type ParseOptions = {
  /**
   * Also refuse what the contract allows but a shared server should not assess on a request's
   * thread (bounds.ts, decision 41): schedules more often than every 5 minutes, a window or lag
   * over a week, more than a year of ransomware look-back. The app asks for them; the command
   * line reads any model the contract allows.
   */
  bounded?: boolean;
};

export function parseModel(input: unknown, { bounded = false }: ParseOptions = {}): ParseResult {
  const result = modelSchema.safeParse(input, { reportInput: true });
  const issues: ModelIssue[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) issues.push({ path: formatPath([...issue.path, key]), message: "unknown field" });
      } else {
        issues.push({ path: formatPath(issue.path), message: describe(issue) });
      }
    }
  }
  // References, ids and cycles are checked on the raw input even when shapes
  // failed, so one run reports every problem.
  issues.push(...checkModel(input));
  if (bounded) issues.push(...boundIssues(input));
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, model: (result as { data: RecoveryModel }).data };
}

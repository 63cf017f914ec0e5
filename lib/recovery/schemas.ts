import { z } from "zod";
// The schedule module alone: this schema runs in the what-if form in the browser too.
import { MAX_DELAY_MINUTES, tooFrequent } from "@/lib/engine/schedule";
import { typedNumber } from "@/lib/validation";
import { optionalDurationField, type DurationRule } from "@/lib/durations";

const optionalNumber = (label: string, min: number, message: string) => typedNumber(label, z.number({ message }).min(min, message).optional());

/** Minutes, or a duration in any unit ("4h", "1d"); blank keeps the saved value (undefined). */
const optionalMinutes = (label: string, rule: DurationRule = {}) =>
  optionalDurationField(label, { unit: "minutes", ...rule }).transform((value) => value ?? undefined);

/** Memory as the host form takes it: whole MiB a saved host could hold (Postgres' int4). */
const optionalMiB = (label: string, min: number, message: string) =>
  typedNumber(label, z.number({ message }).int(message).min(min, message).max(2 ** 31 - 1, `Enter at most ${2 ** 31 - 1} MiB.`).optional());

/** How often a backup or copy runs: above 0, and not more often than the engine assesses (`tooFrequent`), as the policy form refuses it. */
const optionalInterval = (label: string) =>
  optionalMinutes(label, { above: true }).superRefine((value, ctx) => {
    const problem = value === undefined ? null : tooFrequent({ everyMinutes: value });
    if (problem) ctx.addIssue({ code: "custom", message: `${label}: ${problem}.` });
  });

const choice = z.string().trim().max(100).default("");

/** The recovery-host choice that drops the scenario's own recovery host: not a key (keys start with a letter or digit). */
export const OWN_HOST = "_own";

const fields = {
  policy: choice,
  schedule: z.enum(["keep", "every", "cron"]).default("keep"),
  everyMinutes: optionalInterval("Every (minutes)"),
  cron: choice,
  timezone: choice,
  // The policy and copy forms' bounds, which are the engine's.
  windowMinutes: optionalMinutes("Window (minutes)", { max: MAX_DELAY_MINUTES }),
  copyTo: choice,
  copyMode: z.enum(["immediate", "scheduled"]).default("immediate"),
  copyEveryMinutes: optionalInterval("Copy every (minutes)"),
  copyLagMinutes: optionalMinutes("Copy lag (minutes)", { max: MAX_DELAY_MINUTES }),
  location: choice,
  throughputMBps: optionalNumber("Throughput (MB/s)", 0.001, "Enter a throughput above 0 MB/s."),
  streamMBps: optionalNumber("Per-stream limit (MB/s)", 0.001, "Enter a per-stream limit above 0 MB/s."),
  maxStreams: typedNumber("Parallel restore streams", z.number().int("Enter a whole number of streams.").min(1, "Enter at least 1 stream.").optional()),
  retrievalMinutes: optionalMinutes("Retrieval time (minutes)"),
  host: choice,
  ramMiB: optionalMiB("Memory (MiB)", 1, "Enter a whole number of MiB above 0."),
  reservedMiB: optionalMiB("Reserved memory (MiB)", 0, "Enter a whole number of MiB, 0 or more."),
  readyAfterMinutes: optionalMinutes("Ready after (minutes)"),
  // A system by name (as the model knows it), its recovery host in one scenario, a replica.
  system: z.string().trim().max(200).default(""),
  scenario: choice,
  recoveryHost: choice,
  replicaLocation: choice,
  // The replica form's bounds (Setup → Replicas: minutes, 0 or more); needed once a location is chosen.
  replicaLagMinutes: optionalMinutes("Replica lag (minutes)"),
};

type Fields = z.output<z.ZodObject<typeof fields>>;

/**
 * The cross-field rules, on the fields that parsed. A field refused on its own is in `failed`: it
 * was typed (so its policy, location, host or system is still asked for) but its value is not
 * known, so no rule reads it.
 */
function crossFieldIssues(v: Fields, failed: ReadonlySet<string>): { path: keyof Fields; message: string }[] {
  const issues: { path: keyof Fields; message: string }[] = [];
  const add = (path: keyof Fields, message: string) => issues.push({ path, message });
  const known = (key: keyof Fields) => !failed.has(key);
  const given = (key: keyof Fields) => failed.has(key) || (v[key] !== undefined && v[key] !== "");
  const schedule = known("schedule") ? v.schedule : null;
  const copyMode = known("copyMode") ? v.copyMode : null;
  if (schedule === "every" && known("everyMinutes") && v.everyMinutes === undefined) {
    add("everyMinutes", "Every (minutes): enter how often the backup runs, in minutes or as a duration like 90min, 4h or 1d.");
  }
  if (schedule === "cron" && known("cron") && v.cron.split(/\s+/).length !== 5) add("cron", "Enter a cron expression of five fields, e.g. 0 */3 * * *.");
  // A value typed under a schedule the draft does not use would be ignored without a word.
  if (schedule !== null && schedule !== "every" && given("everyMinutes")) add("everyMinutes", "Choose “Every N minutes” under Schedule, or leave this blank.");
  if (schedule !== null && schedule !== "cron" && given("cron")) add("cron", "Choose “Cron expression” under Schedule, or leave this blank.");
  if (schedule !== null && schedule !== "cron" && given("timezone")) {
    add("timezone", "A time zone applies to a cron expression only: choose “Cron expression” under Schedule, or leave this blank.");
  }
  if (copyMode === "scheduled" && known("copyEveryMinutes") && v.copyEveryMinutes === undefined) {
    add("copyEveryMinutes", "Copy every (minutes): enter how often the copy runs, in minutes or as a duration like 90min, 4h or 1d.");
  }
  if (copyMode === "immediate" && given("copyEveryMinutes")) add("copyEveryMinutes", "Choose “Every N minutes” under Copy when, or leave this blank.");
  if ((copyMode === "scheduled" || given("copyEveryMinutes") || given("copyLagMinutes")) && !given("copyTo")) add("copyTo", "Choose the location to copy to.");
  if ((given("windowMinutes") || given("copyTo") || (schedule !== "keep" && given("schedule"))) && !given("policy")) add("policy", "Choose the policy to change.");
  if ((["throughputMBps", "streamMBps", "maxStreams", "retrievalMinutes"] as const).some(given) && !given("location")) add("location", "Choose the location to change.");
  if ((["ramMiB", "reservedMiB", "readyAfterMinutes"] as const).some(given) && !given("host")) add("host", "Choose the host to change.");
  if (given("recoveryHost") && !given("scenario")) add("scenario", "Choose the scenario it is restored in.");
  if (given("scenario") && !given("recoveryHost")) add("recoveryHost", "Choose the host it is restored on in that scenario.");
  if (given("replicaLagMinutes") && !given("replicaLocation")) add("replicaLocation", "Choose the location to replicate to.");
  if (given("replicaLocation") && known("replicaLagMinutes") && v.replicaLagMinutes === undefined) {
    add("replicaLagMinutes", "Replica lag (minutes): enter how far the replica trails the system, in minutes or as a duration like 90min, 4h or 1d.");
  }
  if ((["scenario", "recoveryHost", "replicaLocation", "replicaLagMinutes"] as const).some(given) && !given("system")) add("system", "Choose the system to change.");
  return issues;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A what-if draft as the form sends it (every field optional: an empty field keeps the saved
 * value). Schedules: every N minutes, or a cron expression in a time zone. A copy added to the
 * policy goes out as soon as each backup lands, or every N minutes; its lag defaults to 0.
 * The cross-field rules run even when a field is refused on its own (zod skips refinements once
 * the object fails, which would tell the user of one problem per round): every problem at once.
 */
export const whatIfSchema = z.object(fields).superRefine(
  (v, ctx) => {
    const failed = new Set(ctx.issues.map((issue) => String(issue.path?.[0] ?? "")));
    for (const { path, message } of crossFieldIssues(v, failed)) ctx.addIssue({ code: "custom", path: [path], message });
  },
  { when: (payload) => isRecord(payload.value) && payload.issues.every((issue) => (issue.path?.length ?? 0) > 0) },
);

export type WhatIfInput = z.infer<typeof whatIfSchema>;

/**
 * The fields of a draft that parse on their own, whatever the others hold: what the model's checks
 * can still look at when the draft is refused, so that they report in the same round.
 */
export function parsedWhatIfFields(values: Record<string, unknown>): Partial<WhatIfInput> {
  return Object.fromEntries(
    Object.entries(fields).flatMap(([key, schema]) => {
      const parsed = schema.safeParse(values[key]);
      return parsed.success ? [[key, parsed.data]] : [];
    }),
  ) as Partial<WhatIfInput>;
}

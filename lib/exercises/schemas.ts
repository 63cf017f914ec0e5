import { z } from "zod";
import { typedNumber, versionField } from "@/lib/validation";
import { durationField, optionalDurationField } from "@/lib/durations";
import { latestToday } from "@/lib/days";

export const EXERCISE_TYPES = ["checklist", "walkthrough", "simulation", "parallel", "full_interruption"] as const;
export const EXERCISE_RESULTS = ["passed", "passed_with_findings", "failed"] as const;

export const EXERCISE_TYPE_LABELS: Record<(typeof EXERCISE_TYPES)[number], string> = {
  checklist: "Checklist",
  walkthrough: "Structured walk-through / tabletop",
  simulation: "Simulation",
  parallel: "Parallel",
  full_interruption: "Full interruption",
};

export const EXERCISE_RESULT_LABELS: Record<(typeof EXERCISE_RESULTS)[number], string> = {
  passed: "Passed",
  passed_with_findings: "Passed with findings",
  failed: "Failed",
};

/** A calendar day from a date input (YYYY-MM-DD), as midnight UTC. */
export const dayField = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .transform((value) => new Date(`${value}T00:00:00Z`))
    .refine((date) => !Number.isNaN(date.getTime()), message);

const boundedNumber = (message: string, max: number) => z.number({ error: message }).min(0, message).max(max, message);

/** A number typed into a form, in plain digits: blank is "not given", not zero. */
const optionalFormNumber = (label: string, message: string, max: number) => typedNumber(label, boundedNumber(message, max).optional());

const ids = z.array(z.string().min(1)).max(1000).default([]);
const longText = (label: string) => z.string().trim().max(4000, `Keep the ${label} under 4,000 characters.`).default("");

const exerciseFields = {
  planId: z.string().min(1),
  type: z.enum(EXERCISE_TYPES, { error: "Choose the type of test." }),
  title: z.string({ error: "Give the test a title." }).trim().min(1, "Give the test a title.").max(160, "Keep the title under 160 characters."),
  // Today where it is latest: a test held this morning east of UTC is on a day UTC has not reached.
  conductedOn: dayField("Enter the date the test took place.").refine(
    (date) => date.getTime() <= latestToday().getTime(),
    "Record a test once it has taken place: the date cannot be in the future.",
  ),
  result: z.enum(EXERCISE_RESULTS, { error: "Choose the result." }),
  objectives: longText("objectives"),
  successCriteria: longText("success criteria"),
  narrative: longText("account of what happened"),
  functionIds: ids,
  systemIds: ids,
  scenarioIds: ids,
  participantIds: ids,
};

export const createExerciseSchema = z.object(exerciseFields);

export const updateExerciseSchema = z.object({
  ...exerciseFields,
  exerciseId: z.string().min(1),
  version: versionField(),
});

export const exerciseRefSchema = z.object({ planId: z.string().min(1), exerciseId: z.string().min(1) });

/** A delete of a test: the version its page showed (docs/decisions/0073). */
export const deleteExerciseSchema = exerciseRefSchema.extend({ version: versionField() });

/** Backup location ids as the recovery model spells them; the location register comes later. */
export const LOCATION_KEY = /^[a-z0-9][a-z0-9-]*$/;

export const addMeasurementSchema = z.object({
  planId: z.string().min(1),
  exerciseId: z.string().min(1),
  systemId: z.string({ error: "Choose the system that was restored." }).min(1, "Choose the system that was restored."),
  locationKey: z
    .string({ error: "Choose the backup location it was restored from." })
    .trim()
    .min(1, "Choose the backup location it was restored from.")
    .max(60, "Keep the location under 60 characters.")
    .regex(LOCATION_KEY, "Use the location's id: lower-case letters, digits and hyphens, e.g. “nas”."),
  restoreMinutes: durationField("Restore duration (minutes)", { unit: "minutes", max: 100_000 }),
  // Blank: not measured, kept as null and never read as none lost (decision 71).
  dataLossMinutes: optionalDurationField("Data lost (minutes)", { unit: "minutes", max: 1_000_000 }).transform((value) => value ?? null),
  // More than 0: a measured restore is scaled by today's size over the size it restored.
  usedGB: optionalFormNumber("Size restored (GB)", "Enter the size restored in GB (more than 0), or leave it blank.", 1_000_000).refine(
    (value) => value === undefined || value > 0,
    "Enter the size restored in GB (more than 0), or leave it blank.",
  ),
  notes: z.string().trim().max(500, "Keep the notes under 500 characters.").default(""),
});

export const removeMeasurementSchema = exerciseRefSchema.extend({ measurementId: z.string().min(1) });

/** The test cadence's field, the same in its form, its messages and a refused stale save. */
export const TEST_CADENCE_LABEL = "Test at least every (days)";

export const setTestCadenceSchema = z.object({
  planId: z.string().min(1),
  testCadenceDays: durationField(TEST_CADENCE_LABEL, { unit: "days", min: 7, max: 1825, int: true }),
  version: versionField(),
});

export const attachmentRefSchema = exerciseRefSchema.extend({ attachmentId: z.string().min(1) });

import { z } from "zod";
import { versionField } from "@/lib/validation";
import { dayField } from "@/lib/exercises/schemas";
import { formatDay, utcDay } from "@/lib/days";

export const FINDING_SEVERITIES = ["low", "medium", "high", "critical"] as const;
export const OPEN_STATUSES = ["open", "in_progress"] as const;

export const SEVERITY_LABELS: Record<(typeof FINDING_SEVERITIES)[number], string> = {
  low: "Low",
  medium: "Medium",
  high: "High",
  critical: "Critical",
};

export const STATUS_LABELS: Record<"open" | "in_progress" | "closed", string> = {
  open: "Open",
  in_progress: "In progress",
  closed: "Closed",
};

const OWNER_REQUIRED = "Owner: choose who will fix it.";

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

const findingFields = {
  planId: z.string().min(1),
  description: z
    .string({ error: "Describe the finding." })
    .trim()
    .min(1, "Describe the finding.")
    .max(2000, "Keep the description under 2,000 characters."),
  severity: z.enum(FINDING_SEVERITIES, { error: "Choose the severity." }),
  // A finding nobody owns, or that is due at no date, is a weakness nobody is fixing (the domain:
  // "findings with owners and due dates"). Both forms save only open findings, so both need them;
  // rows saved before keep theirs until edited, and read as needing an owner or a due date.
  ownerId: z.preprocess(blankToUndefined, z.string({ error: OWNER_REQUIRED }).min(1, OWNER_REQUIRED)),
  dueOn: z.preprocess(blankToUndefined, dayField("Due date: enter the date by which it is to be fixed.")),
};

const optionalId = z.preprocess(blankToUndefined, z.string().min(1).optional());

export const createFindingSchema = z.object({
  ...findingFields,
  exerciseId: optionalId,
  // A corrective action from one of the plan's incidents (docs/decisions/0058).
  incidentId: optionalId,
});

/** Where a new finding comes from, read first: one of the plan's tests, one of its incidents, or neither; never both. */
export const findingSourceSchema = createFindingSchema.pick({ planId: true, exerciseId: true, incidentId: true }).superRefine((input, ctx) => {
  if (input.exerciseId && input.incidentId) {
    ctx.addIssue({ code: "custom", path: ["incidentId"], message: "A finding comes from a test or from an incident, not both." });
  }
});

export const updateFindingSchema = z.object({
  ...findingFields,
  findingId: z.string().min(1),
  status: z.enum(OPEN_STATUSES, { error: "Choose open or in progress; close a finding with a note." }),
  version: versionField(),
});

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The earliest day a finding can be due, and what that day is, in words that follow "on or after". */
export type DueBound = { earliest: Date; what: string };

/** A finding of a test is found on the test's day. */
export const testBound = (test: { conductedOn: Date }): DueBound => ({ earliest: test.conductedOn, what: "the test's date" });

/** A corrective action of an incident is found once it is declared: the day of the declaration, in UTC like every day the app keeps. */
export const incidentBound = (incident: { declaredAt: Date }): DueBound => ({
  earliest: utcDay(incident.declaredAt),
  what: "the day the incident was declared",
});

/** The due date field's hint: "On or after the test's date, 25 Nov 2026." */
export const dueHint = (bound: DueBound) => `On or after ${bound.what}, ${formatDay(bound.earliest)}.`;

/**
 * A finding's fields held to its source (`bound`, from the test or incident read from the
 * database; null for a finding of neither): a due date before the test's day, or the incident's,
 * would be overdue from the moment it is recorded, a typo for a year (2020 for 2026) more often
 * than a real date. Checked after parsing, the early date was reported only once an owner was
 * chosen, and zod skips an object's refinements once a field fails: this one runs whenever every
 * refusal is at a field, on a due date that parsed, so a missing owner and an early due date are
 * reported in the same pass.
 */
export function heldToSource<S extends z.ZodType<{ dueOn: Date }>>(schema: S, bound: DueBound | null): S {
  if (!bound) return schema;
  return schema.check(
    z.superRefine(
      (data: { dueOn: unknown }, ctx) => {
        if (ctx.issues.some((issue) => issue.path?.[0] === "dueOn") || !(data.dueOn instanceof Date)) return;
        if (data.dueOn.getTime() < bound.earliest.getTime()) {
          ctx.addIssue({ code: "custom", path: ["dueOn"], message: `Due date: on or after ${bound.what}, ${formatDay(bound.earliest)}.` });
        }
      },
      { when: (payload) => isRecord(payload.value) && payload.issues.every((issue) => (issue.path?.length ?? 0) > 0) },
    ),
  );
}

export const closeFindingSchema = z.object({
  planId: z.string().min(1),
  findingId: z.string().min(1),
  closedNote: z
    .string({ error: "Say how the finding was resolved." })
    .trim()
    .min(1, "Say how the finding was resolved.")
    .max(2000, "Keep the note under 2,000 characters."),
  version: versionField(),
});

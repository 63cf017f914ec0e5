import { z } from "zod";
import { blankable, versionField } from "@/lib/validation";
import { instant } from "@/lib/risks/schemas";

/** The kinds of entry the team types. */
export const INCIDENT_ENTRY_KINDS = ["decision", "action", "notification", "recovery", "note"] as const;
/** Every kind of entry in a log: the typed ones, and the one the app writes when the declaration is corrected. */
export type IncidentEntryKind = (typeof INCIDENT_ENTRY_KINDS)[number] | "correction";

export const ENTRY_KIND_LABELS: Record<IncidentEntryKind, string> = {
  decision: "Decision",
  action: "Action",
  notification: "Notification",
  recovery: "Recovery progress",
  note: "Note",
  correction: "Declaration corrected",
};

export const INCIDENT_STATUS_LABELS: Record<"active" | "stood_down", string> = { active: "Active", stood_down: "Stood down" };

/** A time typed in UTC or with its offset, like the app's other instants; blank (null) is "now", which the use case supplies. */
const typedTime = (field: string) => instant(field);

const text = (max: number, missing: string, label: string) =>
  z.string({ error: missing }).trim().min(1, missing).max(max, `Keep the ${label} under ${max.toLocaleString("en-GB")} characters.`);

const ref = { planId: z.string().min(1), incidentId: z.string().min(1) };

/** What a declaration holds: the same fields when it is declared and when it is corrected. */
const declarationFields = {
  title: text(160, "Say what happened, e.g. “Head office flooded”.", "title"),
  scenarioId: blankable(z.string()),
  declaredAt: typedTime("time it was declared"),
  // Blank: the disruption began at the declaration (not "now", like the other times).
  startedAt: typedTime("time the disruption began"),
  cleanBefore: typedTime("last time known clean"),
  declaredByPersonId: blankable(z.string()),
  declaredByName: z.string().trim().max(120, "Keep the name under 120 characters.").default(""),
};

const saysWhoDeclared = (input: { declaredByPersonId?: string; declaredByName: string }, ctx: z.RefinementCtx) => {
  if (!input.declaredByPersonId && !input.declaredByName) {
    ctx.addIssue({ code: "custom", path: ["declaredByName"], message: "Say who declared it: choose a person, or type a name." });
  }
};

export const declareIncidentSchema = z.object({ planId: z.string().min(1), ...declarationFields }).superRefine(saysWhoDeclared);

/**
 * The scenario field's value for a scenario deleted since the declaration: keep the name the
 * incident recorded (the select offers it, so an untouched field changes nothing).
 */
export const KEPT_SCENARIO = "kept";

/**
 * A correction of the declaration (docs/decisions/0062): the declaration's fields as they should
 * have been, against the declaration's version, with why. The time it was declared is required:
 * blank would mean "now", which a correction never means.
 */
export const correctDeclarationSchema = z
  .object({
    ...ref,
    version: versionField(),
    ...declarationFields,
    declaredAt: typedTime("time it was declared").transform((at, ctx) => {
      if (at) return at;
      ctx.addIssue({ code: "custom", message: "Enter the time it was declared." });
      return z.NEVER;
    }),
    reason: text(500, "Say why the declaration is corrected, e.g. “Start time taken from the CCTV log”.", "reason"),
  })
  .superRefine(saysWhoDeclared);

export const addIncidentEntrySchema = z.object({
  ...ref,
  at: typedTime("time it happened"),
  kind: z.enum(INCIDENT_ENTRY_KINDS, { error: "Choose what kind of entry it is." }),
  text: text(4000, "Write what was decided, done, told or restored.", "entry"),
  // A recovery-progress entry may report one of the plan's systems back in service.
  systemId: blankable(z.string()),
}).superRefine((input, ctx) => {
  if (input.systemId && input.kind !== "recovery") {
    ctx.addIssue({ code: "custom", path: ["systemId"], message: "Only a recovery-progress entry reports a system back in service: choose that kind, or no system." });
  }
});

export const standDownIncidentSchema = z.object({
  ...ref,
  version: versionField(),
  stoodDownAt: typedTime("time of the stand-down"),
  reviewSummary: text(8000, "Write the post-incident review: what happened, what worked, what to change in the plan.", "review"),
});

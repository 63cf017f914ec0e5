import { z } from "zod";
import { checkboxField, versionField } from "@/lib/validation";
import { latestToday } from "@/lib/days";

export const COMMITTEE_ROLES = ["chair", "coordinator", "member"] as const;
export const COMMITTEE_ROLE_LABELS: Record<(typeof COMMITTEE_ROLES)[number], string> = {
  chair: "Chair",
  coordinator: "Coordinator",
  member: "Member",
};

const optionalPersonId = z
  .string()
  .trim()
  .default("")
  .transform((value) => value || null);

export const addCommitteeMemberSchema = z.object({
  planId: z.string().min(1),
  personId: z.string().trim().min(1, "Choose a person."),
  functionalArea: z.string().trim().min(1, "Say which functional area they represent.").max(120, "Keep it under 120 characters."),
  role: z.enum(COMMITTEE_ROLES, { error: "Choose a committee role." }),
});

export const updateCommitteeMemberSchema = addCommitteeMemberSchema.omit({ personId: true }).extend({
  memberId: z.string().min(1),
  version: versionField(),
});

/** A removal from the committee: the version of the seat its page showed (docs/decisions/0073). */
export const removeCommitteeMemberSchema = z.object({
  planId: z.string().min(1),
  memberId: z.string().min(1),
  version: versionField(),
});

/** The ERT role form's checkbox, as the committee page, a refused save and the snapshot's changes name it (decision 56). */
export const LEADS_RESPONSE_LABEL = "Leads the response";
export const LEADS_RESPONSE_HINT = "Declares the incident and invokes the plan. The emergency sheet shows the roles ticked here first, under “Who leads”.";

const ertRoleFields = z.object({
  title: z.string().trim().min(1, "Name the role.").max(120, "Keep the title under 120 characters."),
  responsibilities: z.string().trim().max(2000, "Keep the responsibilities under 2,000 characters.").default(""),
  primaryId: optionalPersonId,
  alternateId: optionalPersonId,
  // Leads the response: declares the incident and invokes the plan (decision 56).
  leadsResponse: checkboxField(),
});

/** An alternate is there for when the primary cannot be reached, so it must be someone else. */
const distinctPeople = <T extends { primaryId: string | null; alternateId: string | null }>(role: T) =>
  !role.primaryId || role.primaryId !== role.alternateId;
const distinctMessage = { message: "The alternate must be someone other than the primary.", path: ["alternateId"] };

export const createErtRoleSchema = ertRoleFields.extend({ planId: z.string().min(1) }).refine(distinctPeople, distinctMessage);

export const updateErtRoleSchema = ertRoleFields
  .extend({ planId: z.string().min(1), roleId: z.string().min(1), version: versionField() })
  .refine(distinctPeople, distinctMessage);

/** A delete of a response team role: the version its page showed (docs/decisions/0073). */
export const deleteErtRoleSchema = z.object({ planId: z.string().min(1), roleId: z.string().min(1), version: versionField() });

/**
 * The first day an endorsement may carry. A date before it is a slip of the year (1901 for 2001,
 * 0226 for 2026), not a plan's history: continuity standards (PAS 56, BS 25999, ISO 22301) and
 * this app's plans all postdate it. A fixed floor, unlike "at most N years ago", never turns a
 * date saved today into one refused when the form is saved again later.
 */
const EARLIEST_ENDORSEMENT = new Date(Date.UTC(2000, 0, 1));

/** The sponsor alone, so that their independence is checked even when another field is refused. */
export const sponsorChoiceSchema = z.object({ sponsorId: optionalPersonId });

export const updateCommitmentSchema = z.object({
  planId: z.string().min(1),
  version: versionField(),
  sponsorId: optionalPersonId,
  endorsedOn: z
    .string()
    .trim()
    .default("")
    .superRefine((value, ctx) => {
      if (value === "") return;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return ctx.addIssue({ code: "custom", message: "Endorsed on: enter a date like 2026-02-10." });
      const day = calendarDay(value);
      if (!day) ctx.addIssue({ code: "custom", message: `Endorsed on: ${value} is not a day of the calendar; enter a date like 2026-02-10.` });
      else if (day < EARLIEST_ENDORSEMENT) ctx.addIssue({ code: "custom", message: `Endorsed on: ${value} is before 2000; enter the day top management endorsed this plan.` });
      else if (day > latestToday()) ctx.addIssue({ code: "custom", message: "Endorsed on: the date cannot be in the future." });
    })
    .transform((value) => (value ? new Date(`${value}T00:00:00Z`) : null)),
})
  // An endorsement is someone's: a date without a sponsor records no commitment at all.
  .refine((c) => c.endorsedOn === null || c.sponsorId !== null, { path: ["sponsorId"], message: "Sponsor: choose the sponsor who endorsed the plan, or clear the date." });

/**
 * YYYY-MM-DD as midnight UTC, or null when it is not a day of the calendar: Date.parse rolls
 * "2026-02-30" over to 2 March instead of refusing it.
 */
function calendarDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

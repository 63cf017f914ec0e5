import { z } from "zod";
import { versionField } from "@/lib/validation";
import { MAX_EMAIL_LENGTH } from "@/lib/auth/schemas";
import { listQuerySchema } from "@/lib/lists/list-query";
import { phoneField } from "@/lib/people/phone-field";

const text = (max: number, message: string) => z.string().trim().max(max, message).default("");

/** A name as the register keeps it: spaces around it dropped and runs of spaces inside made one ("Nadia  Kowalski" is "Nadia Kowalski"). */
export function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, " ");
}

/**
 * What the person form calls each field, in the form's order: the words of a refused stale save
 * and the columns of the register's CSV file.
 */
export const PERSON_LABELS = {
  name: "Name",
  jobTitle: "Job title",
  departmentId: "Department",
  email: "E-mail",
  workPhone: "Work phone",
  mobilePhone: "Mobile phone",
  afterHoursPhone: "24/7 phone",
  notes: "Notes",
};

export const personFieldsSchema = z.object({
  name: z.string().transform(normaliseName).pipe(z.string().min(1, "Enter the person's name.").max(120, "Keep the name under 120 characters.")),
  jobTitle: text(120, "Keep the job title under 120 characters."),
  departmentId: z
    .string()
    .trim()
    .default("")
    .transform((value) => value || null),
  email: z
    .union([z.literal(""), z.email("Enter an e-mail address like name@example.com.").max(MAX_EMAIL_LENGTH, `Keep the e-mail address under ${MAX_EMAIL_LENGTH} characters.`)])
    .default(""),
  // A desk phone may be an internal extension; a mobile or a 24/7 number is called from outside (docs/decisions/0093).
  workPhone: phoneField(PERSON_LABELS.workPhone, { also: "extension" }),
  mobilePhone: phoneField(PERSON_LABELS.mobilePhone),
  afterHoursPhone: phoneField(PERSON_LABELS.afterHoursPhone),
  notes: text(2000, "Keep the notes under 2,000 characters."),
});

export const createPersonSchema = personFieldsSchema;

export const updatePersonSchema = personFieldsSchema.extend({
  personId: z.string().min(1),
  version: versionField(),
});

/** A delete of a person: the version their page showed (docs/decisions/0073). */
export const deletePersonSchema = z.object({ personId: z.string().min(1), version: versionField() });

/** Confirming an import: the fingerprint of the preview the user saw, so that a register changed since is not imported unseen. */
export const importPeopleSchema = z.object({
  fingerprint: z.union([z.literal(""), z.string().regex(/^[0-9a-f]{64}$/, "Preview the file again, then confirm.")]).default(""),
});

export const PEOPLE_SORTABLE = ["name", "jobTitle", "email"] as const;
export const peopleQuerySchema = listQuerySchema(PEOPLE_SORTABLE, "name");

import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { emailSchema, newPasswordSchema } from "@/lib/auth/schemas";

const roleSchema = z.enum(ROLES, { error: "Choose a role." });

export const addMemberSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, "Enter the person's name.").max(120, "Keep the name under 120 characters."),
  role: roleSchema,
  password: newPasswordSchema,
});

/**
 * The versions awaiting the member's decision that the change's confirmation named (comma-separated
 * ids, warnedVersionIds); none when absent, so a change nobody was warned of is checked as such.
 */
const warnedVersionIds = z
  .string()
  .max(10_000)
  .default("")
  .transform((ids) => ids.split(",").filter(Boolean));

export const changeRoleSchema = z.object({
  membershipId: z.string().min(1),
  role: roleSchema,
  warnedVersionIds,
});

export const removeMemberSchema = z.object({
  membershipId: z.string().min(1),
  warnedVersionIds,
});

export const resetPasswordSchema = z.object({
  membershipId: z.string().min(1),
  password: newPasswordSchema,
});

/** The signed-in member's own password: the current one, then the new one twice. */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(200, "Use at most 200 characters."),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .superRefine((value, ctx) => {
    if (value.confirmPassword !== value.newPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "Enter the same new password twice." });
    } else if (value.newPassword === value.currentPassword) {
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: "Choose a password other than your current one." });
    }
  });

/** `npm run create-admin`: an organisation (found or created) and its administrator. */
export const createAdministratorSchema = z.object({
  organisation: z.string().trim().min(1, "Give the organisation's name (--organisation).").max(120, "Keep the organisation's name under 120 characters."),
  email: emailSchema,
  name: z.string().trim().min(1, "Give the administrator's name (--name).").max(120, "Keep the name under 120 characters."),
  password: newPasswordSchema,
});

/**
 * "Sign out of all other devices" is sent only by its dialog's confirm button, which carries this
 * field: a request without it (the action called on its own) ends nothing.
 */
export const signOutEverywhereSchema = z.object({
  confirmed: z.literal("yes", { error: "Confirm that you want to sign out of all other devices." }),
});

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

export const changeRoleSchema = z.object({
  membershipId: z.string().min(1),
  role: roleSchema,
});

export const removeMemberSchema = z.object({
  membershipId: z.string().min(1),
});

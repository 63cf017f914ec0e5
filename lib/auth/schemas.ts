import { z } from "zod";

/** The longest address mail can carry (RFC 5321's path limit): a longer one would only fail later, at the database's index. */
export const MAX_EMAIL_LENGTH = 254;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter an e-mail address.")
  .max(MAX_EMAIL_LENGTH, `Keep the e-mail address under ${MAX_EMAIL_LENGTH} characters.`)
  .pipe(z.email("Enter a valid e-mail address."));

export const newPasswordSchema = z
  .string()
  .min(12, "Use at least 12 characters.")
  .max(200, "Use at most 200 characters.");

// Shared by the sign-in form (which names an empty or malformed field before sending) and the server.
export const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your e-mail address.").pipe(emailSchema),
  password: z.string().min(1, "Enter your password."),
});

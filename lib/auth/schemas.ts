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

/** The longest password the app sets (newPasswordSchema), so the longest a sign-in can match. */
export const MAX_PASSWORD_LENGTH = 200;

export const newPasswordSchema = z
  .string()
  .min(12, "Use at least 12 characters.")
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`);

// Shared by the sign-in form (which names an empty or malformed field before sending) and the server.
// A password longer than any the app sets is refused before it is hashed: no account has one, and
// an unauthenticated request of megabytes would otherwise hold the server while it is normalised
// and hashed, longer than any real guess, and count as one against the address.
export const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your e-mail address.").pipe(emailSchema),
  password: z
    .string()
    .min(1, "Enter your password.")
    .max(MAX_PASSWORD_LENGTH, `That is longer than any password here: passwords have at most ${MAX_PASSWORD_LENGTH} characters.`),
});

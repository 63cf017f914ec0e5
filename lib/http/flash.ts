import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";

/** The cookie that carries an outcome across a redirect; read and cleared by the announcer. */
export const FLASH_COOKIE = "continuity-flash";

/**
 * Redirects after an action that ends on another page (a record created or deleted), and has the
 * page it lands on say the outcome: the action's own message would otherwise be lost with its
 * form. The cookie is short-lived text, read once by components/ui/announcer.tsx.
 */
export async function redirectWithOutcome(path: string, message: string): Promise<never> {
  // Next percent-encodes the value itself; the announcer decodes it once.
  (await cookies()).set(FLASH_COOKIE, message, { path: "/", maxAge: 60, sameSite: "lax" });
  redirect(path);
}

/**
 * What Sign out says when it could not record the end of the session (lib/auth/sign-out-session.ts):
 * the browser is signed out, but a copy of its cookie (a shared computer's profile, a log) is not
 * refused, so the person is told until when, and how to end it. The time is the reader's own.
 */
export function unrecordedSignOutMessage({ reason, usableUntil, timeZone }: { reason: "unavailable" | "error"; usableUntil: Date; timeZone?: string }): string {
  const until = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(usableUntil);
  const why = reason === "unavailable" ? " because its database is unavailable" : "";
  const when = reason === "unavailable" ? "once Continuity is back" : "later";
  return `You are signed out on this computer, but Continuity could not record it${why}: a copy of this browser's session could still be used until ${until}. Sign in and out again ${when}, or change your password.`;
}

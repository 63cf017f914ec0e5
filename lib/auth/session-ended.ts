/** What a save says when the session ended while the form was open (lib/auth/context.ts actionActor). */
export const SESSION_ENDED =
  "Your session has ended, so nothing was saved. Sign in again in another tab, then save here again: what you typed is still in this form.";

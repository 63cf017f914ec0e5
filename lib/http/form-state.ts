import type { Conflict } from "@/lib/errors";

/** What a server action tells its form (safe to import from client components). */
export type FormState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  /** The record's version after a save, when the action reports it (docs/decisions/0007). */
  version?: number;
  /** Why a stale save was refused: what the other person changed, and the version to overwrite. */
  conflict?: Conflict;
};

export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

export const IDLE: FormState = { status: "idle" };

/**
 * A key that remounts a form after each outcome: after an error it shows what was submitted,
 * selects included (React does not re-apply a mounted select's defaultValue when a form action
 * resets the form); after a save it shows `saved`'s values (e.g. the record's new version).
 */
export function formKey(state: FormState, saved: string): string {
  return state.status === "error" ? `error:${JSON.stringify(state.values ?? {})}` : `${saved}:${state.message ?? ""}`;
}

/**
 * The version a form saves against next: the newest it has heard of, from the page, a save, a
 * refused save (whose stored version lets the user overwrite knowingly) or the form's own last
 * submission (so a save refused for a bad field after a conflict still overwrites knowingly).
 * Versions only grow.
 */
export function latestVersion(state: FormState, version: number): number {
  const submitted = Number(state.values?.version);
  return Math.max(version, state.conflict?.version ?? 0, state.version ?? 0, Number.isSafeInteger(submitted) ? submitted : 0);
}

/**
 * A hidden field of a form whose fields are fixed by the page (a confirmation dialog): a record's
 * numeric `version` goes out as the newest the form has heard of, like VersionField's, so
 * confirming again after a conflict overwrites knowingly; any other field as given.
 */
export function hiddenFieldValue(state: FormState, name: string, value: string): string {
  return name === "version" && /^\d+$/.test(value) ? String(latestVersion(state, Number(value))) : value;
}

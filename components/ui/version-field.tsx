import { latestVersion, type FormState } from "@/lib/http/form-state";

/** The hidden version an edit form saves against: the newest it has heard of (docs/decisions/0007). */
export function VersionField({ version, state }: { version: number; state: FormState }) {
  return <input type="hidden" name="version" value={latestVersion(state, version)} />;
}

import type { FormState } from "@/lib/http/form-state";
import { ConflictNotice } from "@/components/ui/conflict-notice";

/** The outcome of a form, announced politely to screen readers; a refused stale save, assertively. */
export function FormMessage({ state }: { state: Pick<FormState, "status" | "message" | "conflict"> }) {
  if (state.conflict) return <ConflictNotice message={state.message} conflict={state.conflict} />;
  if (!state.message) return <div role="status" aria-live="polite" />;
  const error = state.status === "error";
  return (
    <div
      role={error ? "alert" : "status"}
      aria-live={error ? "assertive" : "polite"}
      className={`rounded-md px-3 py-2 text-sm ${error ? "bg-red-50 text-red-800" : "bg-green-50 text-green-800"}`}
    >
      {state.message}
    </div>
  );
}

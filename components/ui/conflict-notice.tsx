"use client";

import { useEffect, useRef, type RefObject } from "react";
import type { Conflict } from "@/lib/errors";

function when(at: string): string {
  const date = new Date(at);
  const time = date.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });
  return date.toDateString() === new Date().toDateString() ? time : `${time} on ${date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" })}`;
}

/**
 * The one message of a refused stale save (docs/decisions/0007): who changed the record, when and
 * what (their value against the one the user started from), with the way forward. The form keeps
 * the user's input, and its version is now the stored one, so saving again overwrites knowingly.
 * It takes focus so keyboard and screen-reader users land on it. A refused delete (decision 73)
 * says so instead: nothing was deleted, and the page, refreshed, now shows the change.
 */
export function ConflictNotice({
  message,
  conflict,
  ref: given,
}: {
  message?: string;
  conflict: Conflict;
  /** The notice's element, for a caller that needs it too (FormMessage finds its form by it). */
  ref?: RefObject<HTMLDivElement | null>;
}) {
  const own = useRef<HTMLDivElement>(null);
  const ref = given ?? own;
  useEffect(() => {
    ref.current?.focus();
  }, [conflict, ref]);
  const who = conflict.by ?? "Someone";
  const deleting = conflict.refused === "delete";
  const at = conflict.at ? ` at ${when(conflict.at)}` : "";
  return (
    <div ref={ref} tabIndex={-1} role="alert" data-testid="conflict" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      <p className="font-medium">{message}</p>
      {conflict.changes.length > 0 ? (
        <>
          <p>
            {who} changed it{at}:
          </p>
          <ul className="list-disc space-y-1 pl-5">
            {conflict.changes.map((change) => (
              <li key={change.field}>
                <span className="font-medium">{change.label}</span>: {change.from} → <strong>{change.to}</strong>
              </li>
            ))}
          </ul>
        </>
      ) : deleting ? (
        <p>
          {who} changed it{at}.
        </p>
      ) : (
        <p>
          {who} saved it{at}, without changing what this form shows.
        </p>
      )}
      {deleting ? (
        <p>Nothing was deleted. The page now shows their change: check it, then delete again if it should still go.</p>
      ) : (
        <p>
          Your input is still in the form. Review their change, then save again to overwrite it with yours, or{" "}
          <button type="button" className="font-medium underline" onClick={() => window.location.reload()}>
            reload the page
          </button>{" "}
          to start from theirs (your input is then lost).
        </p>
      )}
    </div>
  );
}

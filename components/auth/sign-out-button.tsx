"use client";

import { useEffect, useRef, useState } from "react";
import { useUnsavedChangesGuard } from "@/components/ui/unsaved-changes-guard";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { Button } from "@/components/ui/button";
import { unrecordedSignOutMessage } from "@/lib/auth/sign-out-message";
import type { SignOutOutcome } from "@/lib/auth/sign-out-session";

type Told = { title: string; body: string; signedOut: boolean };

const NOT_SIGNED_OUT: Told = { title: "Not signed out", body: "Signing out did not go through, so you are still signed in. Try again.", signedOut: false };

/** What the route answers (app/api/sign-out/route.ts): the outcome, its time as JSON text. */
type Answer = { recorded: true } | (Omit<Extract<SignOutOutcome, { recorded: false }>, "usableUntil"> & { usableUntil: string });

async function signOut(): Promise<Told | null> {
  const response = await fetch("/api/sign-out", { method: "POST" }).catch(() => null);
  if (!response?.ok) return NOT_SIGNED_OUT;
  const answer = (await response.json()) as Answer;
  if (answer.recorded) return null;
  return { title: "Signed out on this computer only", body: unrecordedSignOutMessage({ reason: answer.reason, usableUntil: new Date(answer.usableUntil) }), signedOut: true };
}

export function SignOutButton() {
  const { confirmLeave } = useUnsavedChangesGuard();
  // A full page load, never the client router: its cache keeps the pages of the session, which the
  // browser's Back button would show to the next person at a shared computer.
  const leave = () => window.location.assign(new URL("/signin", window.location.href));
  const dialog = useRef<HTMLDialogElement>(null);
  const [told, setTold] = useState<Told | null>(null);
  useEffect(() => {
    if (told) dialog.current?.showModal();
  }, [told]);
  return (
    <>
      <button
        type="button"
        // Asked first: signing out ends the session before the page goes, so staying after the
        // browser's own prompt would leave the typed input on a page that can no longer save it.
        onClick={async () => {
          if (!(await confirmLeave())) return;
          const outcome = await signOut();
          if (outcome) setTold(outcome);
          else leave();
        }}
        className="rounded-md px-2 py-1 text-sm text-slate-200 hover:bg-slate-700 hover:text-white"
      >
        Sign out
      </button>
      {told ? (
        // The header's light text would be the dialog's too: it inherits from where it sits.
        <div className="contents text-slate-900">
          <ModalDialog
            ref={dialog}
            title={told.title}
            body={told.body}
            // Signed out, the page's content goes with the dialog, however it is closed.
            onClose={() => (told.signedOut ? leave() : setTold(null))}
          >
            <form method="dialog" className="flex justify-end">
              <Button type="submit">{told.signedOut ? "Go to sign in" : "Close"}</Button>
            </form>
          </ModalDialog>
        </div>
      ) : null}
    </>
  );
}

"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { FOLLOWS_PAGE, formSnapshot, leavesPage, unsavedChangesQuestion } from "@/lib/forms/unsaved-changes";
import { Button } from "@/components/ui/button";
import { ModalDialog } from "@/components/ui/modal-dialog";

type Guard = {
  /**
   * Watches a form for unsaved changes against what it holds now, or, after a refused save
   * (`refused`), against what it started from; returns the way to stop watching it.
   */
  track: (options: { form: HTMLFormElement; refused: boolean }) => () => void;
  /** Asks before leaving the page by other means than a link (signing out); true to go on. */
  confirmLeave: () => Promise<boolean>;
};

type Tracked = { form: HTMLFormElement; initial: string };

// The Navigation API, which TypeScript's DOM types do not describe yet: only what the guard reads.
type TraverseEvent = Event & { navigationType: string; destination: { url: string; index: number } };
type Navigation = EventTarget & { currentEntry: { index: number } | null };

const NONE: Guard = { track: () => () => {}, confirmLeave: async () => true };
const GuardContext = createContext<Guard>(NONE);

export function useUnsavedChangesGuard(): Guard {
  return useContext(GuardContext);
}

const snapshotOf = (form: HTMLFormElement) =>
  formSnapshot(new FormData(form), new Set(Array.from(form.querySelectorAll<HTMLInputElement>(`[${FOLLOWS_PAGE}]`), (field) => field.name)));

/** What a form is called where it asks: its accessible name, else its first legend or heading. */
function formName(form: HTMLFormElement): string {
  const label = form.getAttribute("aria-label")?.trim();
  if (label) return label;
  const labelledBy = (form.getAttribute("aria-labelledby") ?? "")
    .split(/\s+/)
    .map((id) => (id ? document.getElementById(id)?.textContent?.trim() : ""))
    .filter(Boolean)
    .join(" ");
  return labelledBy || form.querySelector("legend, h2, h3")?.textContent?.trim() || "a form";
}

/**
 * Keeps typed input from being lost on the way out of a page. The app's forms are watched through
 * their FormMessage (useUnsavedChanges): a form is changed while what it would submit differs
 * from what it held when it appeared or last saved. While one is, a click on a link to another
 * page (tabs, breadcrumbs, any <Link>) is held and a dialog asks "Leave / Stay"; Back and Forward
 * within the app ask the same where the browser has the Navigation API; closing or reloading the
 * tab gets the browser's own prompt (beforeunload), which a form submitted by loading a page (the
 * what-if draft's GET form) does not get for its own changes. The App Router has no navigation events to
 * cancel, so links are caught in the capture phase, before Next's own handler sees the click,
 * and the click is replayed once the user chooses to leave.
 */
export function UnsavedChangesGuard({ children }: { children: React.ReactNode }) {
  const tracked = useRef(new Set<Tracked>());
  // What a form started from, handed from its old FormMessage to its new one across a remount.
  const handedOver = useRef(new Map<string, string>());
  // The user chose to leave: no further prompt until they click or type here again.
  const leaving = useRef(false);
  // While the click on a link the user chose to follow is replayed.
  const replaying = useRef(false);
  // A form submitted by loading a page (a GET form, the what-if draft): its changes go with it.
  const submitted = useRef<HTMLFormElement | null>(null);
  const answer = useRef<((leave: boolean) => void) | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const stay = useRef<HTMLButtonElement>(null);
  const [asking, setAsking] = useState<readonly string[] | null>(null);

  const changedForms = useCallback((except: HTMLFormElement | null = null): string[] => {
    const seen = new Set<HTMLFormElement | null>([except]);
    const names: string[] = [];
    for (const { form, initial } of tracked.current) {
      if (seen.has(form)) continue;
      seen.add(form);
      if (form.isConnected && snapshotOf(form) !== initial) names.push(formName(form));
    }
    return [...new Set(names)];
  }, []);

  const ask = useCallback((forms: readonly string[]) => {
    answer.current?.(false);
    setAsking(forms);
    return new Promise<boolean>((resolve) => {
      answer.current = (leave) => {
        if (leave) leaving.current = true;
        resolve(leave);
      };
    });
  }, []);

  const settle = useCallback((leave: boolean) => {
    const resolve = answer.current;
    answer.current = null;
    // Closed before it goes, so the browser gives the focus back to where it was (the link).
    dialog.current?.close();
    setAsking(null);
    resolve?.(leave);
  }, []);

  const track = useCallback(({ form, refused }: { form: HTMLFormElement; refused: boolean }) => {
    const name = formName(form);
    const entry = { form, initial: (refused ? handedOver.current.get(name) : undefined) ?? snapshotOf(form) };
    tracked.current.add(entry);
    return () => {
      tracked.current.delete(entry);
      // A refused save remounts its form (formKey) to show what was typed, and the new form would
      // take that as its starting point: it is handed this one's instead. React runs an effect's
      // cleanup and the next effects of the same commit together, so a microtask later it is
      // no longer needed.
      handedOver.current.set(name, entry.initial);
      queueMicrotask(() => handedOver.current.delete(name));
    };
  }, []);

  const confirmLeave = useCallback(async () => {
    const forms = changedForms();
    return forms.length === 0 || (await ask(forms));
  }, [ask, changedForms]);

  // Opened once its question is on the page, so a screen reader says it as the dialog opens; the
  // focus goes to Stay, the choice that loses nothing.
  useEffect(() => {
    if (!asking || dialog.current?.open) return;
    dialog.current?.showModal();
    stay.current?.focus();
  }, [asking]);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (replaying.current) return;
      leaving.current = false;
      submitted.current = null;
      const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(anchor instanceof HTMLAnchorElement)) return;
      const modified = event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
      if (!leavesPage({ from: location.href, to: anchor.href, target: anchor.target, download: anchor.hasAttribute("download"), button: event.button, modified })) return;
      const forms = changedForms();
      if (forms.length === 0) return;
      event.preventDefault();
      event.stopPropagation();
      void ask(forms).then((leave) => {
        if (!leave) return;
        if (!anchor.isConnected) return location.assign(anchor.href);
        // Dispatched at once: this click alone goes through, to the link's own handler.
        replaying.current = true;
        anchor.click();
        replaying.current = false;
      });
    };
    const onInput = () => {
      leaving.current = false;
      submitted.current = null;
    };
    // Heard after React's own listener, which prevents the default of a form that saves through
    // a server action: a form whose submission still goes ahead loads the page it submits to.
    const onSubmit = (event: SubmitEvent) => {
      if (!event.defaultPrevented && event.target instanceof HTMLFormElement) submitted.current = event.target;
    };
    // The browser's prompt is for changes the page would lose: not those of a form it is submitting.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!leaving.current && changedForms(submitted.current).length > 0) event.preventDefault();
    };
    // Back and Forward: a step to another entry of this document can be cancelled before it
    // happens, and taken again if the user chooses to leave. A step to another document cannot,
    // and gets beforeunload instead.
    const navigation = (window as Window & { navigation?: Navigation }).navigation;
    const onNavigate = (event: Event) => {
      const step = event as TraverseEvent;
      const here = navigation?.currentEntry?.index;
      if (step.navigationType !== "traverse" || !step.cancelable || leaving.current || here === undefined) return;
      if (!leavesPage({ from: location.href, to: step.destination.url })) return;
      const forms = changedForms();
      if (forms.length === 0) return;
      event.preventDefault();
      void ask(forms).then((leave) => {
        if (leave) history.go(step.destination.index - here);
      });
    };
    // Capture on the window: before React's listener on the document, and so before <Link>'s.
    window.addEventListener("click", onClick, true);
    window.addEventListener("input", onInput, true);
    window.addEventListener("submit", onSubmit);
    window.addEventListener("beforeunload", onBeforeUnload);
    navigation?.addEventListener("navigate", onNavigate);
    return () => {
      window.removeEventListener("click", onClick, true);
      window.removeEventListener("input", onInput, true);
      window.removeEventListener("submit", onSubmit);
      window.removeEventListener("beforeunload", onBeforeUnload);
      navigation?.removeEventListener("navigate", onNavigate);
    };
  }, [ask, changedForms]);

  const guard = useMemo(() => ({ track, confirmLeave }), [track, confirmLeave]);
  return (
    <GuardContext.Provider value={guard}>
      {children}
      {asking ? (
        <ModalDialog ref={dialog} title="Unsaved changes" body={unsavedChangesQuestion(asking)} onClose={() => settle(false)}>
          <div className="flex justify-end gap-2">
            <Button ref={stay} type="button" variant="secondary" onClick={() => settle(false)}>
              Stay
            </Button>
            <Button type="button" variant="danger" onClick={() => settle(true)}>
              Leave
            </Button>
          </div>
        </ModalDialog>
      ) : null}
    </GuardContext.Provider>
  );
}

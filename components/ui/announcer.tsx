"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { usePathname } from "next/navigation";

type Announcer = {
  /** Shows and announces the outcome of an action whose own control may be gone (a deleted row's button). */
  announce: (message: string) => void;
  /** Takes keyboard focus to the announcement, saying the action is under way, before its control disappears. */
  hold: () => void;
};

const NONE: Announcer = { announce: () => {}, hold: () => {} };
const WORKING = "Working…";
const AnnouncerContext = createContext<Announcer>(NONE);

export function useAnnouncer(): Announcer {
  return useContext(AnnouncerContext);
}

/**
 * One status region for the signed-in pages. A confirmed delete removes the row that held its
 * button, and with it the button's own message and the keyboard focus: the outcome is said here
 * instead, and focus waits here rather than falling back to the top of the page. Cleared when the
 * page changes.
 */
export function AnnouncerProvider({ children }: { children: React.ReactNode }) {
  const pathname = usePathname();
  const [message, setMessage] = useState({ text: "", path: pathname });
  const region = useRef<HTMLDivElement>(null);
  const announce = useCallback((text: string) => setMessage({ text, path: pathname }), [pathname]);
  const hold = useCallback(() => {
    setMessage({ text: WORKING, path: pathname });
    region.current?.focus();
  }, [pathname]);
  const api = useMemo(() => ({ announce, hold }), [announce, hold]);
  // An action that ends on another page (a delete that returns to the list) leaves the focus
  // here, on an emptied region: it goes to the new page's heading instead.
  useEffect(() => {
    if (document.activeElement !== region.current) return;
    const heading = document.querySelector<HTMLElement>("main h1");
    if (!heading) return region.current?.blur();
    heading.tabIndex = -1;
    heading.focus();
  }, [pathname]);
  // A shown outcome fades after a while: it has been read out by then, and a bar fixed at the
  // bottom of the screen must not keep covering what is under it.
  useEffect(() => {
    if (!message.text || message.text === WORKING) return;
    const timer = setTimeout(() => setMessage((current) => (current === message ? { text: "", path: current.path } : current)), 10_000);
    return () => clearTimeout(timer);
  }, [message]);
  const text = message.path === pathname ? message.text : "";
  return (
    <AnnouncerContext.Provider value={api}>
      {children}
      <div
        ref={region}
        tabIndex={-1}
        role="status"
        aria-live="polite"
        data-testid="announcer"
        className={
          text
            ? "fixed bottom-4 left-1/2 z-40 max-w-[calc(100vw-2rem)] -translate-x-1/2 rounded-md bg-slate-900 px-4 py-2 text-sm text-white shadow-lg focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-400"
            : "sr-only"
        }
      >
        {text}
      </div>
    </AnnouncerContext.Provider>
  );
}

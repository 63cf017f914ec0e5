"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { usePathname } from "next/navigation";

type Announcer = {
  /** Says the outcome of an action whose own control may be gone (a deleted row's button, a form replaced by what it created). */
  announce: (message: string) => void;
  /**
   * Takes keyboard focus to the announcement, saying the action is under way, before its control
   * (`from`) disappears; once the outcome is announced, focus lands on the element with the id
   * `outcome` if the page now shows one (what the action did, in the page's own words), else near
   * where `from` was.
   */
  hold: (from?: HTMLElement | null, outcome?: string) => void;
};

const NONE: Announcer = { announce: () => {}, hold: () => {} };
const WORKING = "Working…";
const AnnouncerContext = createContext<Announcer>(NONE);
// Must match lib/http/flash.ts (a server module): an outcome carried across a redirect.
const FLASH_COOKIE = "continuity-flash";
// How long an outcome waits for the page to drop the control it came from.
const SETTLE_MS = 1_500;
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex="0"]';

export function useAnnouncer(): Announcer {
  return useContext(AnnouncerContext);
}

type Message = { text: string; path: string };

/** The page's heading, made focusable: where focus goes when nothing nearer is left. */
function pageHeading(): HTMLElement | null {
  const heading = document.querySelector<HTMLElement>("main h1");
  if (heading) heading.tabIndex = -1;
  return heading;
}

/**
 * Where focus goes once the control an action came from is gone: the next row of its table or
 * list (else the one before), else the heading of its section, else the page's heading. Read when
 * the action starts, since the row and its neighbours are still there then.
 */
function landingNear(from: HTMLElement): () => HTMLElement | null {
  const row = from.closest("tr, li");
  const siblings = (start: Element | null, next: (e: Element) => Element | null) => {
    const out: Element[] = [];
    for (let e = start; e; e = next(e)) out.push(e);
    return out;
  };
  const rows = row ? [...siblings(row.nextElementSibling, (e) => e.nextElementSibling), ...siblings(row.previousElementSibling, (e) => e.previousElementSibling)] : [];
  const heading = from.closest("section")?.querySelector<HTMLElement>("h2, h3") ?? null;
  return () => {
    for (const candidate of rows) {
      const target = candidate.isConnected ? candidate.querySelector<HTMLElement>(FOCUSABLE) : null;
      if (target) return target;
    }
    if (heading?.isConnected) {
      heading.tabIndex = -1;
      return heading;
    }
    return pageHeading();
  };
}

/**
 * One status region for the signed-in pages. A confirmed delete removes the row that held its
 * button, and with it the button's own message and the keyboard focus: the outcome is said here
 * instead, focus waits here meanwhile, and then lands near where the row was rather than at the
 * top or bottom of the page. A form that is replaced by what it created says its outcome here too.
 * Cleared when the page changes.
 */
export function AnnouncerProvider({ children }: { children: React.ReactNode }) {
  const pathname = usePathname();
  const [message, setMessage] = useState<Message>({ text: "", path: pathname });
  const region = useRef<HTMLDivElement>(null);
  const origin = useRef<{ from: HTMLElement; landing: () => HTMLElement | null } | null>(null);
  const announce = useCallback((text: string) => setMessage({ text, path: pathname }), [pathname]);
  const hold = useCallback(
    (from?: HTMLElement | null, outcome?: string) => {
      const near = from ? landingNear(from) : null;
      origin.current = from && near ? { from, landing: () => (outcome ? document.getElementById(outcome) : null) ?? near() } : null;
      setMessage({ text: WORKING, path: pathname });
      region.current?.focus();
    },
    [pathname],
  );
  const api = useMemo(() => ({ announce, hold }), [announce, hold]);
  // An action that ends on another page (a delete that returns to the list) leaves the focus
  // here, on an emptied region: it goes to the new page's heading instead. Its outcome, carried
  // across the redirect in a cookie (lib/http/flash.ts), is said here once.
  useEffect(() => {
    origin.current = null;
    const flash = document.cookie.split("; ").find((c) => c.startsWith(`${FLASH_COOKIE}=`));
    if (flash) document.cookie = `${FLASH_COOKIE}=; path=/; max-age=0; samesite=lax`;
    // A moment after the new page is in place, so the change is heard as an update of the region.
    const said = flash ? setTimeout(() => setMessage({ text: decodeURIComponent(flash.slice(FLASH_COOKIE.length + 1)), path: pathname }), 100) : undefined;
    if (document.activeElement === region.current) {
      const heading = pageHeading();
      if (heading) heading.focus();
      else region.current?.blur();
    }
    return () => clearTimeout(said);
  }, [pathname]);
  // Once the outcome is said, focus that waited here (or fell to the page when a form was
  // replaced) moves on: back to the control if the page kept it, else near where it was. It
  // waits a little for the page to drop the control, unless the user has moved on by then.
  useEffect(() => {
    if (message.text === WORKING) return;
    // The control an action came from is for that action's outcome only, even an empty one (a
    // refusal, shown beside the control, which keeps the focus itself).
    const held = origin.current;
    origin.current = null;
    if (!message.text) return;
    const started = Date.now();
    const lost = () => document.activeElement === region.current || document.activeElement === document.body || document.activeElement === null;
    const timer = setInterval(() => {
      if (!lost()) return clearInterval(timer);
      const settled = Date.now() - started >= SETTLE_MS;
      if (held?.from.isConnected && !settled) return;
      // With no control to return to, focus that fell to the page (a form replaced, a new page
      // after a redirect) waits a moment in case the page places it, then goes to the heading.
      const target = held ? (held.from.isConnected ? held.from : held.landing()) : document.activeElement === region.current || settled ? pageHeading() : null;
      if (!target) return;
      clearInterval(timer);
      target.focus();
    }, 50);
    const stop = setTimeout(() => clearInterval(timer), SETTLE_MS + 500);
    return () => {
      clearInterval(timer);
      clearTimeout(stop);
    };
  }, [message]);
  // A shown outcome fades after a while: it has been read out by then, and a bar fixed at the
  // bottom of the screen must not keep covering what is under it.
  useEffect(() => {
    if (!message.text || message.text === WORKING) return;
    const timer = setTimeout(() => setMessage((current) => (current === message ? { ...current, text: "" } : current)), 10_000);
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

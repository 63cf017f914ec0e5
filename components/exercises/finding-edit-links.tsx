"use client";

import Link from "next/link";
import { useEffect, useRef, type MouseEvent, type ReactNode } from "react";

/**
 * The finding whose "Done editing" was just followed. Its forms go with the link, and the focus
 * with them, to the page: once the list shows the finding's "Edit or close" link again, the focus
 * returns there, where the user left the list. Kept in the module, not the URL: it lasts the one
 * client-side navigation, and a reload or a shared address moves no focus.
 */
let returningTo: string | null = null;

/** "Edit or close": opens a finding's forms in place (FindingEditForms takes the focus then). */
export function EditFindingLink({ findingId, href, children }: { findingId: string; href: string; children: ReactNode }) {
  const ref = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (returningTo !== findingId) return;
    returningTo = null;
    ref.current?.focus();
  }, [findingId]);
  return (
    <Link ref={ref} href={href} className="mt-1 inline-block text-blue-700 underline">
      {children}
    </Link>
  );
}

/** Closes a finding's forms; the focus goes back to its "Edit or close" link (EditFindingLink). */
export function DoneEditingLink({ findingId, href }: { findingId: string; href: string }) {
  const done = (event: MouseEvent<HTMLAnchorElement>) => {
    // A new tab or window leaves this page as it is, forms and focus included.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    returningTo = findingId;
  };
  return (
    <Link href={href} onClick={done} className="mt-2 inline-block text-sm text-blue-700 underline">
      Done editing
    </Link>
  );
}

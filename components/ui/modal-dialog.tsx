"use client";

import { useId, type ReactNode, type RefObject } from "react";

/**
 * The app's question in a modal dialog: a native <dialog> opened with showModal(), which keeps
 * the keyboard focus inside, closes on Escape and gives the focus back to where it was. Named by
 * its title and described by its body, so a screen reader says both as it opens. `children` are
 * its buttons (or the form holding them).
 */
export function ModalDialog({
  ref,
  id,
  title,
  body,
  onClose,
  children,
}: {
  ref: RefObject<HTMLDialogElement | null>;
  /** For the buttons that open and close it by command (components/ui/dialog-commands.ts). */
  id?: string;
  title: string;
  body: ReactNode;
  /** Runs however the dialog closes, Escape included. */
  onClose?: () => void;
  children: ReactNode;
}) {
  const titleId = useId();
  const bodyId = useId();
  return (
    // whitespace-normal: the dialog often sits in a table cell that keeps its text on one line.
    <dialog
      ref={ref}
      id={id}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onClose={onClose}
      className="m-auto max-w-md space-y-4 rounded-lg p-6 text-left whitespace-normal shadow-xl backdrop:bg-slate-900/40"
    >
      <h2 id={titleId} className="text-lg font-semibold">
        {title}
      </h2>
      <p id={bodyId} className="text-sm text-slate-700">
        {body}
      </p>
      {children}
    </dialog>
  );
}

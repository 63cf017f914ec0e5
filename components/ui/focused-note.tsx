"use client";

import { useEffect, useRef } from "react";

/**
 * A note that takes the keyboard focus when it appears or its text changes: what a link that
 * filters the page leads to (a heat-map cell filtering the register). The link itself stays
 * above, off screen once the page has scrolled, so the focus would be left behind.
 */
export function FocusedNote({ text, children, className }: { text: string; children: React.ReactNode; className?: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [text]);
  return (
    <p ref={ref} tabIndex={-1} role="status" className={className}>
      {children}
    </p>
  );
}

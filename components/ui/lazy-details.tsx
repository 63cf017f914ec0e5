"use client";

import { useState, type ReactNode } from "react";

/**
 * A disclosure whose content is rendered only once it is first opened, then kept (so closing it
 * never loses what was typed). For per-row edit forms: a committee of 200 with a people picker in
 * every row would otherwise send every option of every picker with the page.
 */
export function LazyDetails({ summary, className, summaryClassName, children }: { summary: ReactNode; className?: string; summaryClassName?: string; children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary className={summaryClassName}>{summary}</summary>
      {opened ? children : null}
    </details>
  );
}

"use client";

import Link from "next/link";
import { useSelectedLayoutSegment } from "next/navigation";

const PAGES = [
  { segment: null, label: "BIA settings" },
  { segment: "departments", label: "Departments" },
] as const;

/** The pages of the organisation's settings, as tabs; the current one is marked for screen readers. */
export function SettingsNav() {
  const current = useSelectedLayoutSegment();
  return (
    <nav aria-label="Settings sections">
      <ul className="flex flex-wrap gap-4 border-b border-slate-200 text-sm">
        {PAGES.map((page) => (
          <li key={page.label}>
            <Link
              href={`/settings${page.segment ? `/${page.segment}` : ""}`}
              aria-current={current === page.segment ? "page" : undefined}
              className={`block border-b-2 px-1 py-2 ${current === page.segment ? "border-blue-700 text-blue-800" : "border-transparent text-slate-600 hover:text-slate-900"}`}
            >
              {page.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

"use client";

import Link from "next/link";
import { useSelectedLayoutSegment } from "next/navigation";

export type SectionTab = { segment: string | null; label: string };

/**
 * The pages below a layout as tabs (`base`, then `base/<segment>`); the current one, read from the
 * layout's selected segment, is marked for screen readers.
 */
export function SectionTabs({ base, label, pages }: { base: string; label: string; pages: readonly SectionTab[] }) {
  const current = useSelectedLayoutSegment();
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-4 border-b border-slate-200 text-sm">
        {pages.map((page) => (
          <li key={page.label}>
            <Link
              href={`${base}${page.segment ? `/${page.segment}` : ""}`}
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

"use client";

import Link from "next/link";
import { useSelectedLayoutSegment } from "next/navigation";
import { RECOVERY_PAGES } from "@/lib/recovery/recovery-pages";

// A section's own page is the current page; a page under it (a scenario, a system, the what-if)
// marks the section as the current one, so the reader still sees where they are.
export function RecoveryTabs({ planId }: { planId: string }) {
  const current = useSelectedLayoutSegment();
  return (
    <nav aria-label="Recovery sections">
      <ul className="flex flex-wrap gap-2 text-sm">
        {RECOVERY_PAGES.map((page) => {
          const exact = current === page.segment;
          const active = exact || (page.under as readonly string[]).includes(current ?? "");
          return (
            <li key={page.label}>
              <Link
                href={page.segment ? `/plans/${planId}/recovery/${page.segment}` : `/plans/${planId}/recovery`}
                aria-current={exact ? "page" : active ? "true" : undefined}
                className={`block rounded-full px-3 py-1 ${active ? "bg-blue-700 text-white" : "bg-white text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100"}`}
              >
                {page.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

"use client";

import Link from "next/link";
import { useSelectedLayoutSegment } from "next/navigation";

const PAGES = [
  { segment: null, label: "Readiness" },
  { segment: "setup", label: "Locations, hosts and policies" },
  { segment: "imports", label: "Imports" },
] as const;

export function RecoveryTabs({ planId }: { planId: string }) {
  const current = useSelectedLayoutSegment();
  return (
    <nav aria-label="Recovery sections">
      <ul className="flex flex-wrap gap-2 text-sm">
        {PAGES.map((page) => {
          const active = current === page.segment || (page.segment === null && (current === "scenarios" || current === "systems"));
          return (
            <li key={page.label}>
              <Link
                href={page.segment ? `/plans/${planId}/recovery/${page.segment}` : `/plans/${planId}/recovery`}
                aria-current={active ? "page" : undefined}
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

"use client";

import Link from "next/link";
import { useSelectedLayoutSegment } from "next/navigation";
import { PLAN_PAGES } from "@/lib/plans/plan-nav";

export function PlanTabs({ planId }: { planId: string }) {
  const current = useSelectedLayoutSegment();
  return (
    // The tabs fit one row from a 1280-pixel window up and wrap below it, rather than scroll:
    // scrolled, the last ones (Approval, Reports) sat out of sight with nothing to say so.
    <nav aria-label="Plan sections" className="-mx-1 border-b border-slate-200">
      <ul className="flex flex-wrap gap-x-0.5 px-1">
        {PLAN_PAGES.map((page) => {
          const active = current === page.segment;
          return (
            <li key={page.label}>
              <Link
                href={page.segment ? `/plans/${planId}/${page.segment}` : `/plans/${planId}`}
                aria-current={active ? "page" : undefined}
                className={`block whitespace-nowrap border-b-2 px-2.5 py-2 text-sm ${
                  active ? "border-blue-700 font-medium text-blue-800" : "border-transparent text-slate-600 hover:text-slate-900"
                }`}
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

"use client";

import Link from "next/link";
import { useSelectedLayoutSegment } from "next/navigation";

const PAGES = [
  { segment: null, label: "Sites" },
  { segment: "locations", label: "Backup locations" },
  { segment: "hosts", label: "Hosts" },
  { segment: "policies", label: "Backup policies" },
  { segment: "replicas", label: "Replicas" },
  { segment: "vms", label: "VM facts" },
] as const;

export function SetupNav({ planId }: { planId: string }) {
  const current = useSelectedLayoutSegment();
  return (
    <nav aria-label="Setup sections">
      <ul className="flex flex-wrap gap-4 border-b border-slate-200 text-sm">
        {PAGES.map((page) => (
          <li key={page.label}>
            <Link
              href={`/plans/${planId}/recovery/setup${page.segment ? `/${page.segment}` : ""}`}
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

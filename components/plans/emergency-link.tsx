"use client";

import Link from "next/link";
import { useSelectedLayoutSegment } from "next/navigation";

/**
 * The plan's emergency sheet, one tap from every page of the plan: beside the breadcrumb rather
 * than a thirteenth tab, so that on a phone it shows above the tabs, not in their fourth row.
 */
export function EmergencyLink({ planId }: { planId: string }) {
  const current = useSelectedLayoutSegment() === "emergency";
  return (
    <Link
      href={`/plans/${planId}/emergency`}
      aria-current={current ? "page" : undefined}
      className="inline-flex min-h-11 items-center rounded-md bg-red-700 px-3 text-sm font-semibold whitespace-nowrap text-white hover:bg-red-800"
    >
      In an emergency
    </Link>
  );
}

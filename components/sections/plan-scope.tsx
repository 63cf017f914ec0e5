import Link from "next/link";
import { SectionText } from "@/components/sections/section-text";

/**
 * The scope set on the plan (with its name, on the overview), shown as the start of the written
 * plan's Scope section, as the report prints it: one statement of what the plan covers, with
 * where to change it.
 */
export function PlanScope({ planId, text }: { planId: string; text: string }) {
  return (
    <div data-plan-scope>
      <SectionText text={text} />
      <p className="mt-1 text-xs text-slate-500">
        The plan&apos;s scope: change it with the plan&apos;s name on the{" "}
        <Link href={`/plans/${planId}`} className="text-blue-700 underline">
          plan overview
        </Link>
        .
      </p>
    </div>
  );
}

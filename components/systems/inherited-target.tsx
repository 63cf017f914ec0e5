import Link from "next/link";
import { formatDuration } from "@/lib/bia/durations";
import type { InheritedTarget } from "@/lib/priorities/inherit-targets";

/** An inherited RTO or RPO with the function it comes from. */
export function InheritedTargetText({ target, planId }: { target: InheritedTarget | null; planId: string }) {
  if (!target) return <span className="text-slate-500">—</span>;
  return (
    <span>
      <span className="tabular-nums">{formatDuration(target.minutes)}</span>{" "}
      <span className="text-xs text-slate-500">
        from{" "}
        <Link href={`/plans/${planId}/bia/functions/${target.functionId}`} className="underline">
          {target.functionName}
        </Link>
      </span>
    </span>
  );
}

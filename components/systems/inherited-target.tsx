import Link from "next/link";
import { formatDuration } from "@/lib/durations";
import type { InheritedTarget } from "@/lib/priorities/inherit-targets";
import { chainWords, type EffectiveRto } from "@/lib/priorities/effective-targets";

/**
 * An inherited RTO or RPO with where it comes from: the function, or, for an RTO passed down a
 * dependency, the system that depends on this one and the function whose RTO it is.
 */
export function InheritedTargetText({ target, planId }: { target: InheritedTarget | EffectiveRto | null; planId: string }) {
  if (!target) return <span className="text-slate-500">—</span>;
  const fn = (
    <Link href={`/plans/${planId}/bia/functions/${target.functionId}`} className="underline">
      {target.functionName}
    </Link>
  );
  const through = "through" in target ? target.through : [];
  if (through.length === 0) {
    return (
      <span>
        <span className="tabular-nums">{formatDuration(target.minutes)}</span> <span className="text-xs text-slate-500">from {fn}</span>
      </span>
    );
  }
  return (
    <span data-inherited-from={through[0].name}>
      <span className="tabular-nums">{formatDuration(target.minutes)}</span>{" "}
      <span className="text-xs text-slate-500">
        inherited from{" "}
        <Link href={`/plans/${planId}/systems/${through[0].id}`} className="underline">
          {through[0].name}
        </Link>
        , which depends on it (the RTO of {fn}
        {chainWords(through.map((s) => s.name))})
      </span>
    </span>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { compareVersions } from "@/lib/versions/get-version";
import { compareWithCurrent } from "@/lib/versions/compare-with-current";
import { ChangeList } from "@/components/versions/change-list";
import { loadPlan } from "../../load-plan";
import { orNotFound } from "@/lib/http/or-not-found";
import { cache } from "react";

type Props = { params: Promise<{ planId: string }>; searchParams: Promise<{ from?: string; to?: string }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const query = await searchParams;
  await loadComparison((await params).planId, query.from, query.to);
  return { title: "Compare versions" };
}

/**
 * Once per request: the title and the page both ask. Two frozen versions, or a version against
 * the plan as it is now (`to=current`).
 */
const loadComparison = cache(async (planId: string, fromParam: string | undefined, toParam: string | undefined) => {
  const from = Number(fromParam);
  const current = toParam === "current";
  const to = Number(toParam);
  const { actor, plan } = await loadPlan(planId);
  if (!Number.isInteger(from) || (!current && !Number.isInteger(to))) notFound();
  return current
    ? { plan, from, to, current: true as const, result: await orNotFound(compareWithCurrent({ actor, planId: plan.id, from })) }
    : { plan, from, to, current: false as const, result: await orNotFound(compareVersions({ actor, planId: plan.id, from, to })) };
});

export default async function ComparePage({ params, searchParams }: Props) {
  const query = await searchParams;
  const { plan, from, to, current, result } = await loadComparison((await params).planId, query.from, query.to);
  const back = (
    <Link href={`/plans/${plan.id}/approval`} className="text-sm text-blue-700 underline">
      All versions
    </Link>
  );
  if (current) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">Version {from} → the plan as it is now</h1>
        <p className="text-sm text-slate-600">What has been edited since version {from} was submitted; none of it is approved until a new version is.</p>
        <ChangeList changes={result.changes} emptyText={`The plan's content is the same as version ${from}'s.`} />
        {back}
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">
        Version {from} → version {to}
      </h1>
      <p className="break-all font-mono text-xs text-slate-600">
        {result.from.hash} → {result.to.hash}
      </p>
      <ChangeList changes={result.changes} emptyText="The two versions have the same content." />
      {back}
    </div>
  );
}

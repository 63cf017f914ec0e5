import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { compareVersions } from "@/lib/versions/get-version";
import { ChangeList } from "@/components/versions/change-list";
import { loadPlan } from "../../load-plan";
import { orNotFound } from "@/lib/http/or-not-found";

export const metadata: Metadata = { title: "Compare versions" };

export default async function ComparePage({
  params,
  searchParams,
}: {
  params: Promise<{ planId: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  const { planId } = await params;
  const query = await searchParams;
  const from = Number(query.from);
  const to = Number(query.to);
  const { actor, plan } = await loadPlan(planId);
  if (!Number.isInteger(from) || !Number.isInteger(to)) notFound();
  const result = await orNotFound(compareVersions({ actor, planId: plan.id, from, to }));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">
        Version {from} → version {to}
      </h1>
      <p className="break-all font-mono text-xs text-slate-600">
        {result.from.hash} → {result.to.hash}
      </p>
      <ChangeList changes={result.changes} emptyText="The two versions have the same content." />
      <Link href={`/plans/${plan.id}/approval`} className="text-sm text-blue-700 underline">
        All versions
      </Link>
    </div>
  );
}

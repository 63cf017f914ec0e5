import type { Metadata } from "next";
import Link from "next/link";
import { listRegisters } from "@/lib/inventories/list-registers";
import { StaleBadge } from "@/components/inventories/stale-badge";
import { loadPlan } from "../load-plan";
import { ScrollBox } from "@/components/ui/scroll-box";
import { formatDay } from "@/lib/days";

export const metadata: Metadata = { title: "Inventories" };

export default async function InventoriesPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const { actor } = await loadPlan(planId);
  const { registers, reviewPeriodDays } = await listRegisters({ actor, planId });
  const stale = registers.filter((r) => r.stale).length;
  const notStarted = registers.filter((r) => r.notStarted).length;
  return (
    <section aria-labelledby="inventories-heading" className="space-y-4">
      <div>
        <h1 id="inventories-heading" className="text-2xl font-semibold">
          Data-collection inventories
        </h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          The eighteen registers the plan relies on. A register needs a review when nobody has reviewed it in the last{" "}
          {reviewPeriodDays} days (the organisation&apos;s review period). {stale === 0 && notStarted === 0 ? "All registers are current." : null}
          {stale ? `${stale} of ${registers.length} need a review. ` : null}
          {notStarted ? `${notStarted} of ${registers.length} not started yet: nothing recorded and never reviewed.` : null}
        </p>
      </div>
      <ScrollBox>
        <table className="w-full border-collapse overflow-hidden rounded-lg bg-white text-sm shadow-sm">
          <caption className="sr-only">Registers with their items, owners and reviews</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="p-3">Register</th>
              <th scope="col" className="p-3 text-right">Items</th>
              <th scope="col" className="p-3">Owner</th>
              <th scope="col" className="p-3">Last reviewed</th>
              <th scope="col" className="p-3">Status</th>
            </tr>
          </thead>
          <tbody>
            {registers.map((register) => (
              <tr key={register.kind} className="border-t border-slate-200 align-top" data-register={register.kind}>
                <th scope="row" className="p-3 text-left font-normal">
                  <Link href={`/plans/${planId}/inventories/${register.kind}`} className="font-medium text-blue-800 underline">
                    {register.title}
                  </Link>
                  <p className="text-xs text-slate-500">{register.description}</p>
                </th>
                <td className="p-3 text-right tabular-nums">{register.itemCount}</td>
                <td className="p-3">{register.ownerName ?? <span className="text-slate-500">No owner</span>}</td>
                <td className="p-3 whitespace-nowrap tabular-nums">
                  {register.lastReviewedAt ? formatDay(register.lastReviewedAt) : <span className="text-slate-500">Never</span>}
                </td>
                <td className="p-3">
                  {register.notStarted ? (
                    <span className="text-slate-500">Not started</span>
                  ) : register.stale ? (
                    <StaleBadge>Needs review</StaleBadge>
                  ) : register.itemCount === 0 ? (
                    <span className="text-slate-500">Empty</span>
                  ) : register.itemsNotUpdated > 0 ? (
                    <StaleBadge>{`${register.itemsNotUpdated} not updated in the period`}</StaleBadge>
                  ) : (
                    <span className="text-green-800">Current</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}

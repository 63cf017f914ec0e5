import Link from "next/link";
import { PlanTabs } from "@/components/plans/plan-tabs";
import { ApprovalBadge } from "@/components/versions/status-badge";
import { getApprovalStatuses } from "@/lib/versions/get-approval-status";
import { loadPlan } from "./load-plan";

export default async function PlanLayout({ children, params }: { children: React.ReactNode; params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const { actor, plan } = await loadPlan(planId);
  const status = (await getApprovalStatuses({ actor, plans: [plan] })).get(plan.id)!;
  return (
    <div className="space-y-6">
      <div>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
            <Link href="/plans" className="underline">
              All plans
            </Link>{" "}
            / {plan.name}
            {plan.status === "archived" ? " (archived)" : ""}
          </nav>
          <Link href={`/plans/${plan.id}/approval`} aria-label={`Approval status: ${status.label}`}>
            <ApprovalBadge status={status} />
          </Link>
        </div>
        <PlanTabs planId={plan.id} />
      </div>
      {children}
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { PlanTabs } from "@/components/plans/plan-tabs";
import { EmergencyLink } from "@/components/plans/emergency-link";
import { ApprovalBadge } from "@/components/versions/status-badge";
import { getApprovalStatuses } from "@/lib/versions/get-approval-status";
import { NOT_FOUND_METADATA } from "@/lib/http/page-metadata";
import { findPlan, loadPlan } from "./load-plan";
import { Breadcrumb } from "@/components/ui/breadcrumb";

/**
 * Every page of a plan says which plan in its title, so open tabs of two plans can be told apart.
 * A plan that is not there (the layout renders the 404 page) titles them all "Not found".
 */
export async function generateMetadata({ params }: { params: Promise<{ planId: string }> }): Promise<Metadata> {
  const { planId } = await params;
  const { plan } = await findPlan(planId);
  if (!plan) return NOT_FOUND_METADATA;
  return { title: { template: `%s · ${plan.name} · Continuity`, default: `${plan.name} · Continuity` } };
}

export default async function PlanLayout({ children, params }: { children: React.ReactNode; params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const { actor, plan } = await loadPlan(planId);
  const status = (await getApprovalStatuses({ actor, plans: [plan] })).get(plan.id)!;
  return (
    <div className="space-y-6">
      {/* Left off the emergency sheet's print (app/globals.css). */}
      <div data-plan-chrome>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <Breadcrumb parent={{ href: "/plans", label: "All plans" }} current={plan.status === "archived" ? `${plan.name} (archived)` : plan.name} />
          <div className="flex flex-wrap items-center gap-2">
            <Link href={`/plans/${plan.id}/approval`} aria-label={`Approval status: ${status.label}`}>
              <ApprovalBadge status={status} />
            </Link>
            <EmergencyLink planId={plan.id} />
          </div>
        </div>
        <PlanTabs planId={plan.id} />
      </div>
      {children}
    </div>
  );
}

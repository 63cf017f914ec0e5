import Link from "next/link";
import { PlanTabs } from "@/components/plans/plan-tabs";
import { loadPlan } from "./load-plan";

export default async function PlanLayout({ children, params }: { children: React.ReactNode; params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const { plan } = await loadPlan(planId);
  return (
    <div className="space-y-6">
      <div>
        <nav aria-label="Breadcrumb" className="text-sm text-slate-500">
          <Link href="/plans" className="underline">
            All plans
          </Link>{" "}
          / {plan.name}
          {plan.status === "archived" ? " (archived)" : ""}
        </nav>
        <PlanTabs planId={plan.id} />
      </div>
      {children}
    </div>
  );
}

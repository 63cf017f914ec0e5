import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { getExerciseOptions } from "@/lib/exercises/get-exercise-options";
import { ExerciseForm } from "@/components/exercises/exercise-form";
import { dayValue, latestToday } from "@/lib/days";
import { cache } from "react";
import { loadPlan } from "../../load-plan";
import { createExerciseAction } from "../actions";

export async function generateMetadata({ params }: { params: Promise<{ planId: string }> }): Promise<Metadata> {
  await load((await params).planId);
  return { title: "Record a test" };
}

// Once per request: the title and the page both ask. Only members who may edit the plan record a
// test, and not on an archived plan.
const load = cache(async (planId: string) => {
  const { actor, plan } = await loadPlan(planId);
  if (!can(actor.role, "plan:edit") || plan.status === "archived") notFound();
  return actor;
});

export default async function NewTestPage({ params }: { params: Promise<{ planId: string }> }) {
  const { planId } = await params;
  const actor = await load(planId);
  const options = await getExerciseOptions({ actor, planId });
  return (
    <div className="space-y-4">
      <Link href={`/plans/${planId}/tests`} className="text-sm text-blue-700 underline">
        Back to tests
      </Link>
      <div className="rounded-lg border border-slate-200 bg-white p-5">
        <ExerciseForm
          action={createExerciseAction}
          planId={planId}
          options={options}
          today={dayValue(latestToday())}
          canAddPeople={can(actor.role, "plan:edit")}
        />
      </div>
      <p className="text-sm text-slate-600">After saving you can add measured restores, findings and evidence.</p>
    </div>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { previewReviewInputs } from "@/lib/reviews/preview-review-inputs";
import { dayValue, latestToday } from "@/lib/days";
import { ReviewForm } from "@/components/reviews/review-form";
import { ReviewInputsView } from "@/components/reviews/review-inputs-view";
import { recordReviewAction } from "../actions";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Record a management review" };

export default async function NewReviewPage() {
  const actor = await requireActor();
  // Only top management records a review (lib/auth/permissions.ts): to the others the form is not there.
  if (!can(actor.role, "review:record")) notFound();
  const inputs = await previewReviewInputs({ actor });
  return (
    <div className="space-y-6">
      <Breadcrumb parent={{ href: "/reviews", label: "Management reviews" }} current="Record a review" />
      <h1 className="text-2xl font-semibold">Record a management review</h1>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <section aria-labelledby="inputs-heading" className="min-w-0 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="inputs-heading" className="mb-3 text-lg font-semibold">
            Inputs
          </h2>
          <p className="mb-3 text-sm text-slate-600">Gathered again when you record the review, and kept with it as they are then.</p>
          <ReviewInputsView inputs={inputs} />
        </section>
        <div className="rounded-lg border border-slate-200 bg-white p-5">
          <ReviewForm action={recordReviewAction} today={dayValue(latestToday())} />
        </div>
      </div>
    </div>
  );
}

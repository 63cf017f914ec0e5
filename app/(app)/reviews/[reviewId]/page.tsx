import type { Metadata } from "next";
import { cache } from "react";
import { requireActor } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { orNotFound } from "@/lib/http/or-not-found";
import { getReview } from "@/lib/reviews/get-review";
import { dayValue, formatDay, formatInstant, latestToday } from "@/lib/days";
import { ReviewForm } from "@/components/reviews/review-form";
import { ReviewInputsView } from "@/components/reviews/review-inputs-view";
import { updateReviewAction } from "../actions";
import { Breadcrumb } from "@/components/ui/breadcrumb";

const title = (heldOn: Date) => `Management review of ${formatDay(heldOn)}`;

// Once per request: the title and the page both ask.
const load = cache(async (reviewId: string) => {
  const actor = await requireActor();
  return { actor, review: await orNotFound(getReview({ actor, reviewId })) };
});

export async function generateMetadata({ params }: { params: Promise<{ reviewId: string }> }): Promise<Metadata> {
  return { title: title((await load((await params).reviewId)).review.heldOn) };
}

export default async function ReviewPage({ params }: { params: Promise<{ reviewId: string }> }) {
  const { actor, review } = await load((await params).reviewId);
  const record: [string, string][] = [
    ["Attendees", review.attendees],
    ["Minutes", review.minutes || "—"],
    ["Decisions and actions", review.decisions || "—"],
    ["Next review due", review.nextReviewOn ? formatDay(review.nextReviewOn) : "Not set"],
  ];
  return (
    <div className="space-y-6">
      <Breadcrumb parent={{ href: "/reviews", label: "Management reviews" }} current={formatDay(review.heldOn)} />
      <div>
        <h1 className="text-2xl font-semibold">{title(review.heldOn)}</h1>
        <p className="mt-1 text-sm text-slate-600">
          Recorded by {review.recordedBy} on {formatInstant(review.createdAt)}. A governance record: it is kept, never deleted.
        </p>
      </div>
      <section aria-labelledby="record-heading" className="max-w-3xl rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="record-heading" className="text-lg font-semibold">
          The record
        </h2>
        <dl className="mt-3 grid grid-cols-1 gap-3 text-sm sm:grid-cols-[12rem_1fr]">
          {record.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-slate-700">{label}</dt>
              <dd className="whitespace-pre-wrap">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="inputs-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="inputs-heading" className="mb-3 text-lg font-semibold">
          Inputs considered
        </h2>
        {review.inputs ? <ReviewInputsView inputs={review.inputs} /> : <p className="text-sm text-slate-600">No inputs were kept with this review.</p>}
      </section>
      {can(actor.role, "review:record") ? (
        <div className="max-w-3xl rounded-lg border border-slate-200 bg-white p-5">
          <ReviewForm
            action={updateReviewAction}
            today={dayValue(latestToday())}
            review={{
              id: review.id,
              version: review.version,
              attendees: review.attendees,
              minutes: review.minutes,
              decisions: review.decisions,
              nextReviewOn: dayValue(review.nextReviewOn),
            }}
          />
        </div>
      ) : null}
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { listReviews } from "@/lib/reviews/list-reviews";
import { formatDay } from "@/lib/days";
import { buttonClass } from "@/components/ui/button";
import { ScrollBox } from "@/components/ui/scroll-box";

export const metadata: Metadata = { title: "Management reviews" };

export default async function ReviewsPage() {
  const actor = await requireActor();
  const { reviews, nextDue, overdue } = await listReviews({ actor });
  const canRecord = can(actor.role, "review:record");
  return (
    <section aria-labelledby="reviews-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="reviews-heading" className="text-2xl font-semibold">
          Management reviews
        </h1>
        {canRecord ? (
          <Link href="/reviews/new" className={buttonClass()}>
            Record a review
          </Link>
        ) : null}
      </div>
      <p className="max-w-3xl text-sm text-slate-600">
        Top management&apos;s periodic review of the continuity programme as a whole (ISO 22301 clause 9.3): who attended, the state of every plan they
        considered, frozen as it was that day, and what they decided.
      </p>
      {overdue && nextDue ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="review-overdue">
          The next management review was due on {formatDay(nextDue)}, as the latest review set it.
          {canRecord ? " Record it once it has been held." : ""}
        </p>
      ) : null}
      {reviews.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          No management review has been recorded yet.{canRecord ? " Record the first once top management has met." : ""}
        </p>
      ) : (
        <ScrollBox>
          <table className="w-full border-collapse rounded-lg bg-white text-sm shadow-sm">
            <caption className="sr-only">Management reviews, the latest first</caption>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th scope="col" className="p-3">Held on</th>
                <th scope="col" className="p-3">Attendees</th>
                <th scope="col" className="p-3">Next review due</th>
              </tr>
            </thead>
            <tbody>
              {reviews.map((review) => (
                <tr key={review.id} className="border-t border-slate-200 align-top">
                  <th scope="row" className="whitespace-nowrap p-3 text-left font-medium">
                    <Link href={`/reviews/${review.id}`} className="text-blue-700 underline">
                      {formatDay(review.heldOn)}
                    </Link>
                  </th>
                  <td className="p-3 whitespace-pre-wrap">{review.attendees}</td>
                  <td className="whitespace-nowrap p-3">{review.nextReviewOn ? formatDay(review.nextReviewOn) : "Not set"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}

import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { count } from "@/lib/count";
import { formatInstant } from "@/lib/days";
import { permittedPageMetadata } from "@/lib/http/page-metadata";
import { DELIVERY_WINDOW_DAYS } from "@/lib/notifications/email-states";
import { listEmailDelivery, type EmailProblem } from "@/lib/notifications/list-email-delivery";
import { RetryEmailButton } from "@/components/settings/retry-email-button";
import { ScrollBox } from "@/components/ui/scroll-box";
import { retryNotificationEmailAction } from "./actions";

export const generateMetadata = permittedPageMetadata("org:settings", "Notification e-mail");

/** Where a failed or failing e-mail stands: when the worker gave up, or when it tries next. */
function stateText(problem: EmailProblem, now: Date): string {
  if (problem.failedAt) return `Failed for good on ${formatInstant(problem.failedAt)}`;
  if (!problem.nextAt || problem.nextAt <= now) return "Waiting: tried again at the worker's next round";
  return `Waiting: next try ${formatInstant(problem.nextAt)}`;
}

export default async function NotificationEmailPage() {
  const actor = await requireActor();
  if (!can(actor.role, "org:settings")) notFound();
  const now = new Date();
  const delivery = await listEmailDelivery({ actor, now });
  const { counts, problems, problemCount } = delivery;
  const period = `in the last ${DELIVERY_WINDOW_DAYS} days`;
  return (
    <section aria-labelledby="email-delivery-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="email-delivery-heading" className="text-lg font-semibold">
        E-mail delivery
      </h2>
      <p className="max-w-3xl text-sm text-slate-600">
        Approvers and submitters are told of approval requests and decisions in Continuity, and by e-mail. The background worker sends each
        e-mail, tries a failed one {delivery.maxAttempts} times over about a quarter of an hour, then gives up. An e-mail that failed for good
        can be tried again here once the mail server is put right.
      </p>
      {delivery.configured ? null : (
        <p className="max-w-3xl rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          E-mail is not configured: the server has no <code>SMTP_URL</code>, so notifications are shown in Continuity only and none is
          e-mailed. Whoever runs the server can set it (see the README, Configuration).
        </p>
      )}
      {delivery.configured ? (
        <dl className="grid max-w-3xl grid-cols-1 gap-3 text-sm sm:grid-cols-3">
          <div className="rounded-md border border-slate-200 p-3">
            <dt className="text-slate-600">Sent {period}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{counts.sent}</dd>
          </div>
          <div className="rounded-md border border-slate-200 p-3">
            <dt className="text-slate-600">Waiting or being tried again</dt>
            <dd className="text-2xl font-semibold tabular-nums">{counts.waiting}</dd>
          </div>
          <div className="rounded-md border border-slate-200 p-3">
            <dt className="text-slate-600">Failed for good {period}</dt>
            <dd className={`text-2xl font-semibold tabular-nums ${counts.failed ? "text-red-700" : ""}`}>{counts.failed}</dd>
          </div>
        </dl>
      ) : null}
      {delivery.configured && counts.expired > 0 ? (
        <p className="max-w-3xl rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {count(counts.expired, "notification")} {period} {counts.expired === 1 ? "was" : "were"} never tried within a day, so {counts.expired === 1 ? "it is" : "they are"} not
          e-mailed late: the background worker was not running (<code>CONTINUITY_WORKERS=on</code>, or <code>scripts/worker.ts</code> beside the app).
        </p>
      ) : null}
      {problems.length === 0 ? (
        delivery.configured ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-sm text-slate-600">Every notification e-mail {period} was delivered.</p>
        ) : null
      ) : (
        <>
          <ScrollBox>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Notification e-mails that failed or are failing, newest first</caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="p-2">Recipient</th>
                  <th scope="col" className="column-prose p-2">About</th>
                  <th scope="col" className="p-2 text-right">Tries</th>
                  <th scope="col" className="column-prose p-2">Last error</th>
                  <th scope="col" className="p-2">State</th>
                  <th scope="col" className="p-2">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {problems.map((problem) => (
                  <tr key={problem.id} className="border-t border-slate-200 align-top">
                    <th scope="row" className="p-2 text-left font-medium">
                      {problem.recipient.name}
                      <span className="block font-normal text-slate-600">{problem.recipient.email}</span>
                    </th>
                    <td className="p-2">
                      {problem.href ? (
                        <Link href={problem.href} className="text-blue-800 underline">
                          {problem.message}
                        </Link>
                      ) : (
                        problem.message
                      )}
                      <span className="block text-xs text-slate-500">
                        {formatInstant(problem.createdAt)}
                        {problem.readAt ? ` · marked read in Continuity ${formatInstant(problem.readAt)}` : ""}
                      </span>
                    </td>
                    <td className="p-2 text-right tabular-nums">{problem.attempts}</td>
                    <td className="p-2 break-words">{problem.error ?? "—"}</td>
                    <td className="p-2">{stateText(problem, now)}</td>
                    <td className="p-2">
                      {problem.failedAt ? <RetryEmailButton action={retryNotificationEmailAction} notificationId={problem.id} recipient={problem.recipient.name} /> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          {problemCount > problems.length ? (
            <p className="text-sm text-slate-600">
              The newest {problems.length} of {problemCount} are listed.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/context";
import { formatInstant } from "@/lib/days";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { EMAIL_PREFERENCES_PATH } from "@/lib/notifications/kinds";
import { ActionButton } from "@/components/ui/action-button";
import { markAllReadAction, markReadAction } from "./actions";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  // The unread count is of all the member's notifications, as the header's is, not of this page's.
  const { rows: notifications, total, page, pageCount, unread } = await listNotifications({ actor, query: await searchParams });
  return (
    <section aria-labelledby="notifications-heading" className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 id="notifications-heading" className="text-2xl font-semibold">
          Notifications
        </h1>
        {unread > 0 ? <ActionButton action={markAllReadAction} fields={{}} label="Mark all as read" /> : null}
      </div>
      <p className="text-sm">
        <Link href={EMAIL_PREFERENCES_PATH} className="text-blue-800 underline">
          Choose which notifications are e-mailed to you
        </Link>
      </p>
      {notifications.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">Nothing needs your attention.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {notifications.map((n) => (
            <li key={n.id} className={`p-4 text-sm ${n.readAt ? "text-slate-600" : "font-medium"}`}>
              {n.readAt ? null : <span className="mr-2 inline-block rounded bg-blue-100 px-1.5 text-xs font-medium text-blue-900">New</span>}
              {n.href ? (
                <Link href={n.href} className="text-blue-800 underline">
                  {n.message}
                </Link>
              ) : (
                n.message
              )}
              <span className="ml-2 inline-block whitespace-nowrap text-xs text-slate-500">{formatInstant(n.createdAt)}</span>
              {/* One about a version is read once the version is opened; any other (an incident's) is marked here. */}
              {!n.readAt && !n.versionId ? (
                <div className="mt-2">
                  <ActionButton action={markReadAction} fields={{ notificationId: n.id }} label="Mark as read" />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {pageCount > 1 ? (
        <nav aria-label="Notification pages" className="flex items-center gap-4 text-sm">
          <span>
            Page {page} of {pageCount} · {total} notifications, {unread} unread
          </span>
          {page > 1 ? (
            <Link href={page === 2 ? "/notifications" : `/notifications?page=${page - 1}`} className="text-blue-800 underline">
              Newer
            </Link>
          ) : null}
          {page < pageCount ? (
            <Link href={`/notifications?page=${page + 1}`} className="text-blue-800 underline">
              Older
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}

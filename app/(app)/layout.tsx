import Link from "next/link";
import { requireActor } from "@/lib/auth/context";
import { can, ROLE_LABELS } from "@/lib/auth/permissions";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { unreadCount } from "@/lib/notifications/list-notifications";
import { countFailedEmails } from "@/lib/notifications/count-failed-emails";
import { count } from "@/lib/count";
import { AnnouncerProvider } from "@/components/ui/announcer";
import { UnsavedChangesGuard } from "@/components/ui/unsaved-changes-guard";
import { DocumentMarking } from "@/components/documents/document-marking";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  // Administrators are warned on every page of e-mails the worker gave up on (Settings → Notification e-mail).
  const [unread, failedEmails] = await Promise.all([unreadCount({ actor }), can(actor.role, "org:settings") ? countFailedEmails({ actor }) : 0]);
  const marking = actor.orgMarking;
  const links = [
    { href: "/plans", label: "Plans", show: can(actor.role, "plan:read") },
    { href: "/people", label: "People", show: can(actor.role, "plan:read") },
    { href: "/reviews", label: "Management reviews", show: can(actor.role, "plan:read") },
    { href: "/members", label: "Members", show: can(actor.role, "member:read") },
    { href: "/audit", label: "Audit log", show: can(actor.role, "audit:read") },
    { href: "/settings", label: "Settings", show: can(actor.role, "org:settings") },
  ].filter((link) => link.show);
  return (
    // Around the header too: its links and Sign out leave the page as much as the tabs do.
    <UnsavedChangesGuard>
      <div className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          Skip to content
        </a>
        <header className="bg-slate-800 text-white">
          {/* Everything wraps: on a phone the links and the member's name take rows of their own instead of running off the screen. */}
          <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
            <div className="flex flex-wrap items-center gap-x-6 gap-y-1">
              <Link href="/plans" className="text-lg font-semibold">
                Continuity
              </Link>
              <nav aria-label="Main">
                <ul className="flex flex-wrap gap-1">
                  {links.map((link) => (
                    <li key={link.href}>
                      <Link href={link.href} className="whitespace-nowrap rounded-md px-2 py-1 text-sm text-slate-200 hover:bg-slate-700 hover:text-white">
                        {link.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
            </div>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
              {failedEmails > 0 ? (
                <Link href="/settings/email" className="whitespace-nowrap rounded-md bg-amber-400 px-2 py-1 font-medium text-slate-900 hover:bg-amber-300">
                  {count(failedEmails, "notification e-mail")} failed
                </Link>
              ) : null}
              <Link href="/notifications" className="rounded-md px-2 py-1 text-slate-200 hover:bg-slate-700 hover:text-white" data-testid="notifications">
                Notifications
                {/* The badge is seen; its words are heard, part of the link's name (aria-label is not allowed on a span). */}
                {unread > 0 ? (
                  <>
                    <span className="ml-1 rounded-full bg-amber-400 px-1.5 text-xs font-semibold text-slate-900" aria-hidden="true">
                      {unread}
                    </span>
                    <span className="sr-only"> ({unread} unread)</span>
                  </>
                ) : null}
              </Link>
              <span className="text-slate-300" data-testid="whoami">
                {actor.name} · {ROLE_LABELS[actor.role]} · {actor.orgName}
              </span>
              <Link href="/account/notifications" className="whitespace-nowrap rounded-md px-2 py-1 text-slate-200 hover:bg-slate-700 hover:text-white">
                E-mail choices
              </Link>
              <Link href="/account/password" className="whitespace-nowrap rounded-md px-2 py-1 text-slate-200 hover:bg-slate-700 hover:text-white">
                Change password
              </Link>
              <SignOutButton />
            </div>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
          {/* A printed page carries the organisation's marking at its top and foot (docs/decisions/0061); the screen does not. */}
          <DocumentMarking marking={marking} className="mb-4 hidden print:block" />
          <AnnouncerProvider>{children}</AnnouncerProvider>
          <DocumentMarking marking={marking} className="mt-4 hidden print:block" />
        </main>
      </div>
    </UnsavedChangesGuard>
  );
}

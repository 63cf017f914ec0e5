import type { Metadata } from "next";
import { formatInstant } from "@/lib/days";
import { formatDuration } from "@/lib/durations";
import Link from "next/link";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { PolicyForm } from "@/components/recovery/setup/policy-form";
import { CopyForm } from "@/components/recovery/setup/copy-form";
import { addCopyAction, deleteCopyAction, deletePolicyAction, savePolicyAction } from "../actions";
import { loadSetup } from "../setup-page";
import { ScrollBox } from "@/components/ui/scroll-box";
import { describeSchedule } from "@/components/recovery/setup/schedule-presets";

export const metadata: Metadata = { title: "Recovery setup: backup policies" };

type Schedule = { cron: string | null; timezone: string; everyMinutes: number | null; anchor: Date | null };
const describe = (s: Schedule) =>
  s.cron ? describeSchedule({ ...s, anchor: null }) : `every ${formatDuration(s.everyMinutes)} from ${s.anchor ? formatInstant(s.anchor) : "—"}`;

export default async function PoliciesPage({ params, searchParams }: { params: Promise<{ planId: string }>; searchParams: Promise<{ edit?: string; copies?: string }> }) {
  const { planId } = await params;
  const { edit, copies } = await searchParams;
  const { setup, canEdit, now } = await loadSetup(planId);
  const editing = setup.policies.find((p) => p.id === edit) ?? null;
  const copying = setup.policies.find((p) => p.id === copies) ?? null;
  return (
    <section aria-labelledby="policies-heading" className="space-y-4">
      <h2 id="policies-heading" className="text-lg font-semibold">Backup policies</h2>
      {setup.policies.length === 0 ? (
        <p className="rounded-md bg-slate-50 p-3 text-sm">
          No backup policies yet.
          {canEdit
            ? ` ${setup.locations.length === 0 ? "Add a backup location first, then add" : "Add"} the backup jobs: when they run, how long they take, where they write, and which systems they cover.`
            : ""}
        </p>
      ) : (
        <ul className="space-y-3">
          {setup.policies.map((p) => (
            <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-4" aria-label={`Policy ${p.name}`}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <h3 className="font-semibold">
                    {p.name} <span className="font-normal text-slate-500">({p.key})</span>
                  </h3>
                  <p className="text-sm" data-testid="policy-schedule">
                    {describe(p)}; window {formatDuration(p.windowMinutes)}; writes to {p.target.name}
                  </p>
                  <p className="text-sm text-slate-600">Systems: {p.systems.length ? p.systems.map((s) => s.name).join(", ") : "none yet"}</p>
                  <p className="text-sm text-slate-600">
                    Copies: {p.copies.length ? p.copies.map((c) => `${c.mode} to ${c.to.name}${c.mode === "immediate" ? "" : ` (${describe(c)})`}, lag ${formatDuration(c.lagMinutes)}`).join("; ") : "none"}
                  </p>
                </div>
                {canEdit ? (
                  <div className="flex gap-2">
                    <Link className="underline" href={`?edit=${p.id}`} aria-label={`Edit ${p.name}`}>Edit</Link>
                    <Link className="underline" href={`?copies=${p.id}`} aria-label={`Copies of ${p.name}`}>Copies</Link>
                    <ConfirmForm
                      action={deletePolicyAction}
                      fields={{ planId, id: p.id, version: String(p.version) }}
                      label="Delete"
                      ariaLabel={`Delete ${p.name}`}
                      title={`Delete ${p.name}?`}
                      body="The policy and its copies are deleted; its systems are no longer covered by it."
                      confirmLabel="Delete policy"
                    />
                  </div>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      {canEdit && copying ? (
        <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="font-semibold">Copies of {copying.name}</h3>
          {copying.copies.length ? (
            <ScrollBox>
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Copies of {copying.name}</caption>
                <thead>
                  <tr className="border-b border-slate-200">
                    <th scope="col" className="py-2">To</th>
                    <th scope="col">Mode</th>
                    <th scope="col">Schedule</th>
                    <th scope="col">Lag</th>
                    <th scope="col"><span className="sr-only">Actions</span></th>
                  </tr>
                </thead>
                <tbody>
                  {copying.copies.map((c) => (
                    <tr key={c.id} className="border-b border-slate-100">
                      <th scope="row" className="py-2 font-medium">{c.to.name}</th>
                      <td>{c.mode}</td>
                      <td>{c.mode === "immediate" ? "—" : describe(c)}</td>
                      <td>{formatDuration(c.lagMinutes)}</td>
                      <td>
                        <ConfirmForm action={deleteCopyAction} fields={{ planId, copyId: c.id }} label="Remove" ariaLabel={`Remove the ${c.mode} copy to ${c.to.name}`} title={`Remove the copy to ${c.to.name}?`} body="Points will no longer be copied there." confirmLabel="Remove copy" />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          ) : (
            <p className="text-sm text-slate-600">No copies: every point of this policy is lost with its target location.</p>
          )}
          <CopyForm key={copying.id} action={addCopyAction} planId={planId} policy={copying} locations={setup.locations} timezone={setup.timezone} now={now} />
          <Link href="?" className="inline-block text-sm underline">Done with copies</Link>
        </div>
      ) : null}
      {canEdit && !copying ? (
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="mb-3 font-semibold">{editing ? `Edit ${editing.name}` : "Add a backup policy"}</h3>
          <PolicyForm
            key={editing?.id ?? "new"}
            action={savePolicyAction}
            planId={planId}
            policy={editing ? { ...editing, anchor: editing.anchor?.toISOString() ?? null, systemIds: editing.systems.map((s) => s.id) } : null}
            locations={setup.locations}
            systems={setup.systems}
            timezone={setup.timezone}
            now={now}
            taken={setup.policies.map((p) => p.key)}
          />
          {editing ? <Link href="?" className="mt-2 inline-block text-sm underline">Cancel editing</Link> : null}
        </div>
      ) : null}
    </section>
  );
}

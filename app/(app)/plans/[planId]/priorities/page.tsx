import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { formatDuration } from "@/lib/durations";
import { listPriorities } from "@/lib/priorities/list-priorities";
import { listSystems, systemListQuery } from "@/lib/systems/list-systems";
import { listSystemNames } from "@/lib/systems/list-system-names";
import { ListSearch, Pagination, SortHeader } from "@/components/ui/list-controls";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { LazyDetails } from "@/components/ui/lazy-details";
import { InheritedTargetText } from "@/components/systems/inherited-target";
import { PriorityOverrideForm } from "@/components/priorities/priority-override-form";
import { TierNoteText } from "@/components/priorities/tier-note";
import { TierForm } from "@/components/priorities/tier-form";
import { GroupForm } from "@/components/priorities/group-form";
import { loadPlan } from "../load-plan";
import { ScrollBox } from "@/components/ui/scroll-box";
import { formatMoney } from "@/lib/money";
import { fewOf } from "@/lib/count";
import {
  createGroupAction,
  createTierAction,
  deleteGroupAction,
  deleteTierAction,
  setPriorityAction,
  updateGroupAction,
  updateTierAction,
} from "./actions";

export const metadata: Metadata = { title: "Priorities" };

export default async function PrioritiesPage({ params, searchParams }: { params: Promise<{ planId: string }>; searchParams: Promise<Record<string, string>> }) {
  const { planId } = await params;
  const { actor, plan } = await loadPlan(planId);
  const query = systemListQuery.parse(await searchParams);
  const [{ ranked, tiers, groups }, systemsPage, systemNames] = await Promise.all([
    listPriorities({ actor, planId }),
    listSystems({ actor, planId, query }),
    listSystemNames({ actor, planId }),
  ]);
  const canEdit = can(actor.role, "plan:edit") && plan.status === "active";
  const base = `/plans/${planId}/priorities`;
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-2xl font-semibold">Priorities</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          Functions ranked by criticality: shortest MTD first, then the highest cost of an outage per hour. Each falls into the
          tightest recovery tier its RTO fits, unless the committee sets its rank or tier by hand with a reason.
        </p>
      </div>

      <section aria-labelledby="ranked-heading" className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">
          <h2 id="ranked-heading" className="text-lg font-semibold">
            Functions by priority
          </h2>
          {ranked.length === 0 ? (
            <p className="mt-3 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
              No functions to rank yet.
              {canEdit ? (
                <>
                  {" "}
                  Add them with their MTD on the{" "}
                  <Link href={`/plans/${planId}/bia`} className="text-blue-700 underline">
                    impact analysis
                  </Link>{" "}
                  page.
                </>
              ) : null}
            </p>
          ) : (
            <ScrollBox>
              <table className="mt-3 w-full border-collapse overflow-hidden rounded-lg bg-white text-sm shadow-sm">
                <caption className="sr-only">Functions in priority order</caption>
                <thead className="bg-slate-100 text-left">
                  <tr>
                    <th scope="col" className="p-3">Rank</th>
                    <th scope="col" className="p-3">Function</th>
                    <th scope="col" className="p-3">MTD</th>
                    <th scope="col" className="p-3">Cost / hour</th>
                    <th scope="col" className="p-3">RTO</th>
                    <th scope="col" className="column-prose p-3">Tier</th>
                    <th scope="col" className="column-text p-3">Override</th>
                  </tr>
                </thead>
                <tbody>
                  {ranked.map((f) => (
                    <tr key={f.id} className="border-t border-slate-200" data-function={f.name}>
                      <td className="p-3 tabular-nums">{f.rank}</td>
                      <td className="p-3">
                        <Link href={`/plans/${planId}/bia/functions/${f.id}`} className="font-medium text-blue-800 underline-offset-2 hover:underline">
                          {f.name}
                        </Link>
                        {f.department ? <p className="text-xs text-slate-500">{f.department.name}</p> : null}
                      </td>
                      <td className="whitespace-nowrap p-3 tabular-nums">{formatDuration(f.mtdMinutes)}</td>
                      <td className="whitespace-nowrap p-3 tabular-nums">{f.costPerHour === null ? "—" : formatMoney(f.costPerHour)}</td>
                      <td className="whitespace-nowrap p-3 tabular-nums">{formatDuration(f.rtoMinutes)}</td>
                      <td className="p-3">
                        {f.tier?.name ?? "—"}
                        {f.tierByHand ? <span className="text-xs text-slate-500"> (by hand)</span> : null}
                        <TierNoteText note={f.tierNote} className="mt-1 text-xs" />
                      </td>
                      <td className="p-3 text-xs">
                        {f.overridden || f.tierByHand ? (
                          <div className="space-y-1">
                            <p>
                              {f.overridden ? `Computed rank ${f.computedRank}. ` : ""}
                              {f.manualRankReason}
                            </p>
                            {canEdit ? (
                              <ConfirmForm
                                action={setPriorityAction}
                                fields={{ planId, functionId: f.id, version: String(f.version), manualRank: "", tierId: "", manualRankReason: "" }}
                                label="Clear"
                                ariaLabel={`Clear the override of ${f.name}`}
                                title={`Clear the override of ${f.name}?`}
                                body="The function goes back to its computed rank and the tier its RTO gives it."
                                confirmLabel="Clear override"
                              />
                            ) : null}
                          </div>
                        ) : (
                          <span className="text-slate-500">Computed</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          )}
        </div>
        {canEdit && ranked.length ? (
          <aside className="self-start rounded-lg border border-slate-200 bg-white p-5">
            <PriorityOverrideForm
              action={setPriorityAction}
              planId={planId}
              functions={ranked.map((f) => ({
                id: f.id,
                name: f.name,
                version: f.version,
                rank: f.rank,
                manualRank: f.manualRank,
                tierId: f.tierId,
                manualRankReason: f.manualRankReason,
              }))}
              tiers={tiers}
            />
          </aside>
        ) : null}
      </section>

      <section aria-labelledby="tiers-heading" className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div>
          <h2 id="tiers-heading" className="text-lg font-semibold">
            Recovery tiers
          </h2>
          {tiers.length === 0 ? (
            <p className="mt-3 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
              No recovery tiers yet.{canEdit ? " A common start: Tier 0 within 4 h, Tier 1 within a day, Tier 2 within 3 days." : ""}
            </p>
          ) : (
            <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
              {tiers.map((tier) => (
                <li key={tier.id} className="p-4">
                  <div className="flex items-start justify-between gap-4">
                    <div>
                      <p className="font-medium">
                        {tier.name} <span className="font-normal text-slate-600">· RTO up to {formatDuration(tier.maxRtoMinutes)}</span>
                      </p>
                      {tier.description ? <p className="text-sm text-slate-600">{tier.description}</p> : null}
                    </div>
                    {canEdit ? (
                      <ConfirmForm
                        action={deleteTierAction}
                        fields={{ planId, tierId: tier.id, version: String(tier.version) }}
                        label={`Delete ${tier.name}`}
                        title={`Delete ${tier.name}?`}
                        body={deleteTierWords(ranked.filter((f) => f.tierByHand && f.tier?.id === tier.id).map((f) => f.name))}
                        confirmLabel="Delete tier"
                      />
                    ) : null}
                  </div>
                  {canEdit ? (
                    <LazyDetails className="mt-2" summaryClassName="cursor-pointer text-sm text-blue-700" summary={`Edit ${tier.name}`}>
                      <div className="mt-2 max-w-sm">
                        <TierForm action={updateTierAction} planId={planId} tier={tier} />
                      </div>
                    </LazyDetails>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </div>
        {canEdit ? (
          <aside className="self-start rounded-lg border border-slate-200 bg-white p-5">
            <h3 className="mb-2 font-semibold">Add a tier</h3>
            <TierForm action={createTierAction} planId={planId} />
          </aside>
        ) : null}
      </section>

      <section aria-labelledby="system-targets-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="system-targets-heading" className="text-lg font-semibold">
            Systems and the targets they inherit
          </h2>
          <ListSearch base={base} query={query} label="Search systems" />
        </div>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">
          The tightest RTO and RPO of the functions that need each system. The RTO also flows down dependencies: a database that the payroll
          application depends on must be back within the payroll RTO too. The RPO does not: link a function to the systems whose data it needs.
        </p>
        {systemsPage.total === 0 ? (
          <p className="mt-3 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
            {query.q ? `No systems match “${query.q}”.` : "No systems in this plan yet."}
          </p>
        ) : (
          <>
            <ScrollBox>
              <table className="mt-3 w-full border-collapse overflow-hidden rounded-lg bg-white text-sm shadow-sm">
                <caption className="sr-only">
                  Systems with the tightest RTO and RPO of the functions that need them, and the RTO of the systems that depend on them
                </caption>
                <thead className="bg-slate-100 text-left">
                  <tr>
                    <SortHeader base={base} query={query} column="name">System</SortHeader>
                    <th scope="col" className="column-text p-3">RTO (from)</th>
                    <th scope="col" className="column-text p-3">RPO (from)</th>
                    <th scope="col" className="p-3">Consistency group</th>
                  </tr>
                </thead>
                <tbody>
                  {systemsPage.rows.map((s) => (
                    <tr key={s.id} className="border-t border-slate-200" data-system={s.name}>
                      <td className="p-3 font-medium">{s.name}</td>
                      <td className="p-3"><InheritedTargetText target={s.rto} planId={planId} /></td>
                      <td className="p-3"><InheritedTargetText target={s.rpo} planId={planId} /></td>
                      <td className="p-3">{s.consistencyGroups.map((g) => g.key).join(", ") || "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
            <Pagination base={base} query={query} list={systemsPage} noun="systems" one="system" />
          </>
        )}
      </section>

      <section aria-labelledby="groups-heading" className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div>
          <h2 id="groups-heading" className="text-lg font-semibold">
            Consistency groups
          </h2>
          <p className="text-sm text-slate-600">Systems that exchange data and must be recovered to the same point in time.</p>
          {groups.length === 0 ? (
            <p className="mt-3 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
              No consistency groups yet.{canEdit ? " Group an application with its database, for example." : ""}
            </p>
          ) : (
            <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
              {groups.map((group) => (
                <li key={group.id} className="p-4">
                  <div className="flex items-start justify-between gap-4">
                    <div>
                      <p className="font-medium">
                        {group.name} <code className="rounded bg-slate-100 px-1 text-xs">{group.key}</code>
                      </p>
                      <p className="text-sm text-slate-600">
                        {group.systems.map((s) => s.name).join(", ") || "No systems"} · at most {formatDuration(group.maxSkewMinutes)} apart
                      </p>
                      {group.sizeNote ? (
                        <p className="mt-1 rounded-md bg-amber-50 px-2 py-1 text-xs text-amber-900" data-flag="group-too-small">
                          <span className="font-medium">Warning: </span>
                          {group.sizeNote}
                        </p>
                      ) : null}
                    </div>
                    {canEdit ? (
                      <ConfirmForm
                        action={deleteGroupAction}
                        fields={{ planId, groupId: group.id, version: String(group.version) }}
                        label={`Delete ${group.key}`}
                        title={`Delete the ${group.name} group?`}
                        body="The systems stay; they are no longer recovered to one point in time."
                        confirmLabel="Delete group"
                      />
                    ) : null}
                  </div>
                  {canEdit ? (
                    <LazyDetails className="mt-2" summaryClassName="cursor-pointer text-sm text-blue-700" summary={`Edit ${group.name}`}>
                      <div className="mt-2 max-w-sm">
                        <GroupForm action={updateGroupAction} planId={planId} systems={systemNames} group={group} />
                      </div>
                    </LazyDetails>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </div>
        {canEdit ? (
          <aside className="self-start rounded-lg border border-slate-200 bg-white p-5">
            <h3 className="mb-2 font-semibold">Add a consistency group</h3>
            <GroupForm action={createGroupAction} planId={planId} systems={systemNames} taken={groups.map((g) => g.key)} />
          </aside>
        ) : null}
      </section>
    </div>
  );
}

/** What deleting a tier does to the functions placed in it by hand, naming them. */
function deleteTierWords(placed: string[]): string {
  if (placed.length === 0) return "No function is placed in it by hand. Those whose RTO it holds fall into the next tier that holds it, or none.";
  const one = placed.length === 1;
  return `${fewOf(placed)} ${one ? "is" : "are"} placed in it by hand: ${one ? "it goes" : "they go"} back to the tier ${one ? "its" : "their"} RTO gives ${one ? "it" : "them"}, and the reason is cleared unless a rank set by hand keeps it.`;
}

import Link from "next/link";
import type { KeepParams } from "@/lib/lists/list-href";
import type { ListQuery, Page } from "@/lib/lists/list-query";
import { formatDuration } from "@/lib/engine";
import type { MatrixRow } from "@/lib/recovery/dashboard/matrix";
import type { InheritedRto } from "@/lib/recovery/to-model";
import { setupPageName } from "@/lib/recovery/recovery-pages";
import { ListSearch, Pagination, SortHeader } from "@/components/ui/list-controls";
import { ScrollBox } from "@/components/ui/scroll-box";
import { CellBadges, targetWords } from "./status-badge";
import { formatMargin } from "@/lib/durations";

type Props = {
  base: string;
  query: ListQuery;
  /** The page of the matrix as read: its page number, clamped to the last page, is the one shown. */
  list: Page<MatrixRow>;
  /** The page's other views (its tables shown in full) that searching, sorting and paging keep. */
  keep?: KeepParams;
  scenarios: { key: string; name: string }[];
  systemIds: Record<string, string>;
  /** Systems on the page whose RTO a system depending on them passed down, by name. */
  inheritedRto: Record<string, InheritedRto>;
};

/** Systems × scenarios: each RPO and RTO with its status and margin, each system's targets; search, sort by margin, pages. */
export function ReadinessMatrix({ base, query, list, keep, scenarios, systemIds, inheritedRto }: Props) {
  const { rows } = list;
  return (
    <section aria-labelledby="matrix-heading" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="matrix-heading" className="text-lg font-semibold">
          Systems by scenario
        </h2>
        <ListSearch base={base} query={query} label="Search systems" keep={keep} />
      </div>
      <ScrollBox className="rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">
            {
              "RPO and RTO of each system in each scenario: the worst-case data loss and the time to recover, whether each meets the system's target, and by how much. Each system's targets are under its name; its tightest margin is negative when a target is breached."
            }
          </caption>
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <SortHeader base={base} query={query} column="name" keep={keep}>
                System
              </SortHeader>
              <SortHeader base={base} query={query} column="margin" keep={keep}>
                Tightest margin
              </SortHeader>
              {scenarios.map((s) => (
                <th key={s.key} scope="col" className="p-3">
                  <Link href={`${base}/scenarios/${encodeURIComponent(s.key)}`} className="underline">
                    {s.name}
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={2 + scenarios.length} className="p-3 text-slate-600">
                  {query.q ? (
                    `No system matches “${query.q}”.`
                  ) : (
                    <>
                      No system is assessed yet: give systems a host, memory and used size under{" "}
                      {/* Named by the tabs that lead there, as the reader sees them. */}
                      <Link href={`${base}/setup/vms`} className="text-blue-700 underline">
                        {setupPageName("vms")}
                      </Link>
                      .
                    </>
                  )}
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr key={row.system} className="border-t border-slate-100" data-system={row.system}>
                  <th scope="row" className="p-3 font-medium">
                    {systemIds[row.system] ? (
                      <Link href={`${base}/systems/${systemIds[row.system]}`} className="text-blue-700 underline">
                        {row.system}
                      </Link>
                    ) : (
                      row.system
                    )}
                    {row.cells.length ? (
                      // Every cell carries the system's own targets: they do not change with the scenario.
                      <span className="block text-xs font-normal text-slate-500" data-targets>
                        {targetWords({ rpo: row.cells[0].rpo.target, rto: row.cells[0].rto.target })}
                      </span>
                    ) : null}
                    {inheritedRto[row.system] ? (
                      <span className="block text-xs font-normal text-slate-500" data-inherited-rto>
                        RTO {formatDuration(inheritedRto[row.system].minutes)} inherited from {inheritedRto[row.system].through[0]}
                      </span>
                    ) : null}
                  </th>
                  <td className="p-3 tabular-nums">{row.margin === null ? "—" : formatMargin(row.margin)}</td>
                  {row.cells.map((cell) => (
                    <td key={cell.scenario} className="space-x-1 p-3">
                      <CellBadges cell={cell} />
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </ScrollBox>
      <Pagination base={base} query={query} list={list} noun="systems" one="system" keep={keep} />
    </section>
  );
}

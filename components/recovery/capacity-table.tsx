import Link from "next/link";
import { formatDuration } from "@/lib/engine";
import type { CapacityRow } from "@/lib/recovery/dashboard/capacity";
import type { ProcessRow } from "@/lib/recovery/dashboard";

const gib = (mib: number) => `${(mib / 1024).toFixed(1)} GiB`;

/** Per scenario and host: RAM the systems need vs what the host offers, and who does not fit. */
export function CapacityTable({ rows, scenarioName }: { rows: CapacityRow[]; scenarioName: (key: string) => string }) {
  return (
    <section aria-labelledby="capacity-heading">
      <h2 id="capacity-heading" className="text-lg font-semibold">
        Host capacity
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No scenario places systems on a host yet.</p>
      ) : (
        <table className="mt-2 min-w-full rounded-lg border border-slate-200 bg-white text-left text-sm">
          <caption className="sr-only">RAM needed and available per host in each scenario</caption>
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="p-2">Scenario</th>
              <th scope="col" className="p-2">Host</th>
              <th scope="col" className="p-2">Needed</th>
              <th scope="col" className="p-2">Available</th>
              <th scope="col" className="p-2">Used</th>
              <th scope="col" className="p-2">Does not fit</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.scenario}/${r.host}`} className={`border-t border-slate-100 ${r.over ? "bg-red-50" : ""}`} data-capacity={`${r.scenario}/${r.host}`}>
                <td className="p-2">{scenarioName(r.scenario)}</td>
                <th scope="row" className="p-2 font-medium">{r.host}</th>
                <td className="p-2 tabular-nums">{gib(r.demandMiB)}</td>
                <td className="p-2 tabular-nums">{r.availableMiB > 0 ? gib(r.availableMiB) : "lost"}</td>
                <td className="p-2 tabular-nums">{r.usedPercent === null ? "—" : `${r.usedPercent}%`}</td>
                <td className="p-2">{r.unplaced.length ? r.unplaced.join(", ") : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Tightest first: MTD exceeded, then the least slack; rows without an MTD last. */
function bySlack(a: ProcessRow, b: ProcessRow): number {
  if (a.slackMinutes === null || b.slackMinutes === null) return a.slackMinutes === b.slackMinutes ? 0 : a.slackMinutes === null ? 1 : -1;
  return a.slackMinutes - b.slackMinutes;
}

/**
 * Per function and scenario: its recovery time plus work recovery against its MTD, tightest
 * first. Hundreds of functions times the scenarios make thousands of rows: unless `allHref` is
 * null (showing all), only the first `limit` are listed, with a link to the rest.
 */
export function ProcessTable({ rows, scenarioName, limit, allHref }: { rows: ProcessRow[]; scenarioName: (key: string) => string; limit: number; allHref: string | null }) {
  const sorted = [...rows].sort(bySlack);
  const shown = allHref ? sorted.slice(0, limit) : sorted;
  return (
    <section aria-labelledby="mtd-heading">
      <h2 id="mtd-heading" className="text-lg font-semibold">
        Business functions: maximum tolerable downtime
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No business function depends on a modelled system yet: link systems to functions in the BIA.</p>
      ) : (
        <table className="mt-2 min-w-full rounded-lg border border-slate-200 bg-white text-left text-sm">
          <caption className="sr-only">MTD check per business function and scenario</caption>
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="p-2">Function</th>
              <th scope="col" className="p-2">Scenario</th>
              <th scope="col" className="p-2">Systems back after</th>
              <th scope="col" className="p-2">MTD check</th>
              <th scope="col" className="p-2">Slack</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={`${r.scenario}/${r.process}`} className="border-t border-slate-100">
                <th scope="row" className="p-2 font-medium">{r.process}</th>
                <td className="p-2">{scenarioName(r.scenario)}</td>
                <td className="p-2 tabular-nums">{formatDuration(r.rtoMinutes)}</td>
                <td className="p-2">{r.mtdOk === null ? "no MTD set" : r.mtdOk ? "within MTD" : "MTD exceeded"}</td>
                <td className="p-2 tabular-nums">{r.slackMinutes === null ? "—" : formatDuration(r.slackMinutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {allHref && rows.length > shown.length ? (
        <p className="mt-2 text-xs text-slate-500">
          The {shown.length} tightest of {rows.length} shown.{" "}
          <Link href={allHref} className="text-blue-700 underline">
            Show all
          </Link>
        </p>
      ) : null}
    </section>
  );
}

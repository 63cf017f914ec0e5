import { Debug } from "@prisma/client/runtime/client";
import { clearLogs } from "@prisma/debug";

/** Pushes the client runtime's kept messages out: it keeps its last 100, and exports no way to clear them. */
const pushOut = Debug("continuity:forget-query-arguments");

/**
 * Whether its debug output is on or not, Prisma keeps the arguments of its last debug messages to
 * quote them in a crash report: `@prisma/debug`, through the pg adapter, keeps each statement with
 * its values for the last 100 statements, and the client runtime's own copy keeps each call's
 * query and plan for about the last 25 calls. A statement carrying an evidence file keeps it alive,
 * twice over, until that many newer ones have passed: harmless for one upload, but a run of them
 * (an organisation import writes evidence files one after another) would hold a hundred files at
 * once, gigabytes. Called after such a statement, this lets its values be collected.
 */
export function forgetQueryArguments(): void {
  clearLogs();
  for (let i = 0; i < 100; i += 1) pushOut("");
}

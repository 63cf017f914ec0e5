import "server-only";
import { AppError } from "@/lib/errors";
import { renderPdfInChild } from "@/lib/reports/render-in-child";
import type { IncidentReport } from "@/lib/incidents/incident-report";

/**
 * How many incident reports one server process renders at once. Each is a child process busy for
 * a second or two; anyone who can read a plan may ask for one, so a burst of downloads must not
 * take every core from the app (a plan's report is limited through its queue instead).
 */
export const INCIDENT_REPORTS_AT_ONCE = 2;

let rendering = 0;

/**
 * The report's PDF, rendered in the request but in the renderer's own process (docs/decisions/0062):
 * react-pdf needs React's full build, which the app's server code does not run under, and the
 * layout's CPU stays off the server's event loop.
 */
export async function renderIncidentReport(report: IncidentReport): Promise<Buffer> {
  if (rendering >= INCIDENT_REPORTS_AT_ONCE) {
    throw new AppError("UNAVAILABLE", "Other incident reports are being prepared right now. Try again in a moment.");
  }
  rendering += 1;
  try {
    return await renderPdfInChild({ entry: "lib/incidents/render-incident-report-child.ts", input: report });
  } finally {
    rendering -= 1;
  }
}

/**
 * The incident report's renderer process: reads an IncidentReport (JSON) on stdin, writes the PDF
 * on stdout. Run by lib/incidents/render-incident-report.ts, never imported.
 */
import { renderIncidentReportPdf } from "@/lib/incidents/incident-report-pdf";
import type { IncidentReport } from "@/lib/incidents/incident-report";

async function main() {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const report = JSON.parse(Buffer.concat(chunks).toString("utf8")) as IncidentReport;
  process.stdout.write(await renderIncidentReportPdf(report));
}

main().catch((error: unknown) => {
  process.stderr.write(`error ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});

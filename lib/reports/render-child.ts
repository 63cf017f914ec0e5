/**
 * The renderer's own process: reads a ReportInput (JSON) on stdin, writes the PDF on stdout and
 * "progress <n>" lines on stderr. Run by lib/reports/render-in-child.ts, never imported.
 */
import { renderReportPdf } from "@/lib/reports/render-report-pdf";
import type { ReportInput } from "@/lib/reports/report-input";

async function main() {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const input = JSON.parse(Buffer.concat(chunks).toString("utf8")) as ReportInput;
  const bytes = await renderReportPdf(input, (percent) => {
    process.stderr.write(`progress ${percent}\n`);
  });
  process.stdout.write(bytes);
}

main().catch((error: unknown) => {
  process.stderr.write(`error ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});

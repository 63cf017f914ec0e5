import { chapterPages, ReportDocument } from "@/lib/reports/pdf/document";
import { loadPdf } from "@/lib/reports/pdf/load-pdf";
import { makeKit } from "@/lib/reports/pdf/kit";
import { makeStyles } from "@/lib/reports/pdf/styles";
import type { ReportInput } from "@/lib/reports/report-input";

/**
 * Renders a report to PDF bytes in one pass: the contents' page numbers are filled in as the
 * chapters are laid out (see ReportDocument). `onProgress` gets 0–100 for the job's progress bar.
 */
export async function renderReportPdf(input: ReportInput, onProgress: (percent: number) => Promise<void> | void = () => {}): Promise<Buffer> {
  const pdf = await loadPdf();
  const s = makeStyles(pdf);
  const ctx = { pdf, s, kit: makeKit(pdf, s), input };
  await onProgress(10);
  // Layout reaches the chapters in order: 10–90 % while it does, the rest is writing the file.
  const pages = chapterPages((done, total) => void onProgress(10 + Math.round((80 * done) / total)));
  const bytes = await pdf.renderToBuffer(<ReportDocument ctx={ctx} pages={pages} />);
  await onProgress(95);
  return bytes;
}

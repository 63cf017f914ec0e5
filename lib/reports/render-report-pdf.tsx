import { ReportDocument, type PageMap } from "@/lib/reports/pdf/document";
import { loadPdf } from "@/lib/reports/pdf/load-pdf";
import { makeKit } from "@/lib/reports/pdf/kit";
import { makeStyles } from "@/lib/reports/pdf/styles";
import type { ReportInput } from "@/lib/reports/report-input";

/**
 * Renders a report to PDF bytes. Twice: the first pass learns on which page each chapter starts
 * (react-pdf calls `render` with the page number during layout), the second prints those numbers
 * in the contents. The contents has the same lines in both passes, so no page moves between them.
 * `onProgress` gets 0–100 for the job's progress bar.
 */
export async function renderReportPdf(input: ReportInput, onProgress: (percent: number) => Promise<void> | void = () => {}): Promise<Buffer> {
  const pdf = await loadPdf();
  const s = makeStyles(pdf);
  const ctx = { pdf, s, kit: makeKit(pdf, s), input };
  const pages: PageMap = {};
  const learn = (id: keyof PageMap, page: number) => {
    pages[id] ??= page;
  };
  await onProgress(10);
  await pdf.renderToBuffer(<ReportDocument ctx={ctx} pages={{}} onPage={learn} />);
  await onProgress(55);
  const bytes = await pdf.renderToBuffer(<ReportDocument ctx={ctx} pages={{ ...pages }} onPage={() => {}} />);
  await onProgress(95);
  return bytes;
}

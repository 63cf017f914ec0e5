/**
 * The post-incident report as a PDF (docs/decisions/0062): a small document of its own, set with
 * the plan report's library, styles and tables (lib/reports/pdf). Rendered in the renderer's own
 * process (render-incident-report-child.ts), so nothing here may be server-only.
 */
import { loadPdf, type Pdf } from "@/lib/reports/pdf/load-pdf";
import { makeKit, type Column, type Kit } from "@/lib/reports/pdf/kit";
import { COLORS, makeStyles, type Styles } from "@/lib/reports/pdf/styles";
import { NONE } from "@/lib/reports/pdf/format";
import { markedSubject, PageMarking } from "@/lib/reports/pdf/page-marking";
import type { ActionRow, FunctionRow, IncidentReport, LogRow, SystemRow } from "@/lib/incidents/incident-report";
import { MISSES_MTD } from "@/lib/incidents/incident-recovery";

type Ctx = { pdf: Pdf; s: Styles; kit: Kit; report: IncidentReport };

const TONE_COLORS: Record<SystemRow["tone"], string> = { back: COLORS.met, ok: COLORS.ink, late: COLORS.warning, never: COLORS.breached };

const SYSTEM_COLUMNS: Column<SystemRow>[] = [
  { label: "System", width: 3, value: (r) => r.system },
  { label: "Verdict", width: 4, value: (r) => r.verdict, color: (r) => TONE_COLORS[r.tone] },
  { label: "Expected back", width: 3, value: (r) => r.expected },
  { label: "RTO runs out", width: 3, value: (r) => r.deadline },
  { label: "Data back to", width: 4, value: (r) => r.dataBack },
  { label: "Reported back", width: 3, value: (r) => r.reportedBack },
];

function Frame({ ctx }: { ctx: Ctx }) {
  const { pdf, s, report } = ctx;
  const { View, Text } = pdf;
  return (
    <>
      <View style={s.header} fixed>
        <Text>{`${report.organization} — ${report.planName}`}</Text>
        <Text>Post-incident report</Text>
      </View>
      <View style={s.footer} fixed>
        <Text>{`Generated ${report.generated}`}</Text>
      </View>
      <Text style={s.pageNumber} fixed render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
      <PageMarking pdf={pdf} s={s} marking={report.marking} />
    </>
  );
}

const FUNCTION_COLUMNS: Column<FunctionRow>[] = [
  { label: "Function", width: 4, value: (r) => r.name },
  { label: "Resumes", width: 4, value: (r) => r.resumes },
  { label: "MTD runs out", width: 4, value: (r) => r.mtd },
  { label: "Verdict", width: 3, value: (r) => r.verdict, color: (r) => (r.verdict === MISSES_MTD ? COLORS.breached : undefined) },
];

const LOG_COLUMNS: Column<LogRow>[] = [
  { label: "Time (UTC)", width: 3, value: (r) => r.time },
  { label: "Kind", width: 3, value: (r) => r.what },
  { label: "Entry", width: 10, value: (r) => r.text },
  { label: "Recorded by", width: 3, value: (r) => r.by },
];

const ACTION_COLUMNS: Column<ActionRow>[] = [
  { label: "Corrective action", width: 8, value: (r) => r.description },
  { label: "Severity", width: 2, value: (r) => r.severity },
  { label: "Owner", width: 3, value: (r) => r.owner },
  { label: "Due", width: 3, value: (r) => r.due },
  { label: "Status", width: 4, value: (r) => r.status },
];

function IncidentReportDocument({ ctx }: { ctx: Ctx }) {
  const { pdf, s, kit, report } = ctx;
  const { Document, Page, Text, View } = pdf;
  const { recovery } = report;
  return (
    <Document title={`${report.title} — post-incident report`} author={report.organization} subject={markedSubject("Post-incident report", report.marking)}>
      {/* The newer pagination, as every page of the plan's report (docs/decisions/0020). */}
      <Page size="A4" style={s.page} experimentalPagination>
        <Frame ctx={ctx} />
        <Text style={s.h1}>{report.title}</Text>
        <Text style={[s.p, s.muted]}>{`Post-incident report of ${report.organization}, under the plan “${report.planName}”.`}</Text>

        <kit.H2>Declaration</kit.H2>
        <View style={s.box}>
          {report.declaration.map((fact) => (
            <Text key={fact.name} style={s.p}>{`${fact.name}: ${fact.value}`}</Text>
          ))}
        </View>
        {report.review ? (
          <>
            <kit.H2>Post-incident review</kit.H2>
            <kit.Paragraphs text={report.review.text} empty={NONE} />
            {report.review.by ? <Text style={[s.p, s.muted]}>{`Recorded by ${report.review.by}`}</Text> : null}
          </>
        ) : null}

        <kit.H2>Log</kit.H2>
        <kit.Table empty={NONE} rows={report.log} columns={LOG_COLUMNS} />

        <kit.H2>Recovery the plan expected, and systems reported back</kit.H2>
        {recovery.sentences.map((sentence, i) => (
          <Text key={i} style={s.p}>
            {sentence}
          </Text>
        ))}
        {recovery.systems.length > 0 ? <kit.Table empty={NONE} rows={recovery.systems} columns={SYSTEM_COLUMNS} /> : null}
        {recovery.functions.length > 0 ? (
          <>
            <kit.H3>Business functions</kit.H3>
            <kit.Table empty={NONE} rows={recovery.functions} columns={FUNCTION_COLUMNS} />
          </>
        ) : null}

        <kit.H2>Corrective actions</kit.H2>
        <kit.Table empty="No corrective action recorded." rows={report.actions} columns={ACTION_COLUMNS} />
      </Page>
    </Document>
  );
}

/** The report's PDF bytes. */
export async function renderIncidentReportPdf(report: IncidentReport): Promise<Buffer> {
  const pdf = await loadPdf();
  const s = makeStyles(pdf);
  return pdf.renderToBuffer(<IncidentReportDocument ctx={{ pdf, s, kit: makeKit(pdf, s), report }} />);
}

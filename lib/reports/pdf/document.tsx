import type { ReactNode } from "react";
import type { Ctx } from "@/lib/reports/pdf/context";
import type { ReportInput } from "@/lib/reports/report-input";
import { markedSubject, PageMarking } from "@/lib/reports/pdf/page-marking";
import { Activation, Introduction, Operations, Recovery, Reconstitution } from "@/lib/reports/pdf/chapters-plan";
import { readinessSheets } from "@/lib/reports/pdf/chapter-readiness";
import { auditSheets, BiaAppendix, inventorySheets, RiskAppendix, TestAppendix } from "@/lib/reports/pdf/appendices";
import { dateTime } from "@/lib/reports/pdf/format";
import { approvalCadenceNote, approvalExpiry, approvalTerm } from "@/lib/versions/approval-status";
import { formatDayText } from "@/lib/days";
import { nextReviewOverdue } from "@/lib/reviews/review-inputs";
import { sectionsOf, type SectionId } from "@/lib/reports/pdf/sections";
import { decisionWords, versionChoiceLabel, versionStatusWords } from "@/lib/versions/status-words";
import { changeRows, MAX_CHANGE_ROWS } from "@/lib/reports/pdf/change-rows";
import { andList } from "@/lib/count";

/**
 * Where each chapter starts: recorded while the pages are laid out, read by the contents. It also
 * tells how far layout got (chapters are laid out in order), for the job's progress.
 */
export function chapterPages(onChapter: (done: number, total: number) => void = () => {}) {
  const pages = new Map<SectionId, number>();
  return {
    record(id: SectionId, page: number, total: number) {
      if (pages.has(id)) return;
      pages.set(id, page);
      onChapter(pages.size, total);
    },
    pageOf: (id: SectionId) => pages.get(id),
  };
}

export type ChapterPages = ReturnType<typeof chapterPages>;

function versionLabel(ctx: Ctx): string {
  const v = ctx.input.version;
  return v ? versionChoiceLabel(v) : "DRAFT — current content, not approved";
}

function Frame({ ctx }: { ctx: Ctx }) {
  const { pdf, s, input } = ctx;
  const { View, Text } = pdf;
  return (
    <>
      {input.version ? null : (
        <Text style={s.watermark} fixed>
          DRAFT
        </Text>
      )}
      <View style={s.header} fixed>
        <Text>{`${input.organization} — ${input.planName}`}</Text>
        <Text>{versionLabel(ctx)}</Text>
      </View>
      <View style={s.footer} fixed>
        <Text>{`SHA-256 ${input.hash.slice(0, 16)}…`}</Text>
      </View>
      <Text style={s.pageNumber} fixed render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
      <PageMarking pdf={ctx.pdf} s={s} marking={input.marking} />
    </>
  );
}

/**
 * A <Page> element of the report. All use react-pdf's newer pagination (`experimentalPagination`;
 * one page asking for it switches the whole document): it measures the content once and packs it
 * into pages, where the original lays the rest of a <Page> element out again at every page break
 * and once more for "page n of m". It took about a third off the large plan's report, whose pages
 * come out the same (docs/decisions/0020-report-pdf-speed.md).
 */
function A4Page({ ctx, children }: { ctx: Ctx; children: ReactNode }) {
  return (
    <ctx.pdf.Page size="A4" style={ctx.s.page} experimentalPagination>
      {children}
    </ctx.pdf.Page>
  );
}

/** A chapter: its sheets, each a <Page> element (see SHEET_ROWS), the first opening with its title. */
function Chapter({ ctx, id, title, onPage, sheets }: { ctx: Ctx; id: SectionId; title: string; onPage: (id: SectionId, page: number) => void; sheets: ReactNode[] }) {
  const { pdf, s } = ctx;
  return (
    <>
      {sheets.map((sheet, i) => (
        <A4Page key={i} ctx={ctx}>
          <Frame ctx={ctx} />
          {i === 0 ? (
            <pdf.View id={id}>
              <pdf.Text
                style={s.anchor}
                render={({ pageNumber }) => {
                  onPage(id, pageNumber);
                  return " ";
                }}
              />
              <pdf.Text style={s.h1}>{title}</pdf.Text>
            </pdf.View>
          ) : null}
          {sheet}
        </A4Page>
      ))}
    </>
  );
}

function Cover({ ctx }: { ctx: Ctx }) {
  const { pdf, s, input } = ctx;
  const { Text, View } = pdf;
  return (
    <A4Page ctx={ctx}>
      <Frame ctx={ctx} />
      <Text style={s.coverTitle}>{input.planName}</Text>
      <Text style={s.h2}>{`Business continuity plan of ${input.organization}`}</Text>
      <View style={s.box}>
        <Text>{versionLabel(ctx)}</Text>
        {input.version ? null : <Text>DRAFT — this content has not been approved.</Text>}
        <Text>SHA-256 of the plan content:</Text>
        <Text style={s.mono}>{input.hash}</Text>
        <Text>{`Generated ${dateTime(input.generatedAt)}`}</Text>
      </View>
    </A4Page>
  );
}

/**
 * Until when an approval holds as of the report's making, and which cadence it follows when the
 * plan's has changed since it was given: the approval page's rule (decision 65) and words.
 */
function term(input: ReportInput, { number, decidedAt, approvedForDays }: { number: number; decidedAt: string; approvedForDays: number | null }): string {
  const { reviewCadenceDays } = input;
  const expiresAt = approvalExpiry({ decidedAt: new Date(decidedAt), approvedForDays, reviewCadenceDays });
  const note = approvalCadenceNote({ number, approvedForDays, reviewCadenceDays });
  return [approvalTerm({ number, expiresAt, now: new Date(input.generatedAt) }), note].filter(Boolean).join(" ");
}

/**
 * Where the rendered version stands, as of the report's making: until when its approval holds,
 * replaced by a later one, or still awaiting its approvers.
 */
function standing({ input }: Ctx): string | null {
  const v = input.version;
  if (v?.status === "approved" && v.decidedAt) return term(input, { ...v, decidedAt: v.decidedAt });
  if (v?.status === "superseded") {
    // The version approved after it, which replaced it.
    const next = input.versions.filter((x) => x.number > v.number && (x.status === "approved" || x.status === "superseded") && x.decidedAt).at(-1);
    return next
      ? `Version ${next.number}, approved ${dateTime(next.decidedAt!)}, has replaced it: this approval no longer holds.`
      : "A later approved version has replaced it: this approval no longer holds.";
  }
  if (v?.status === "submitted") {
    // Who it waits for, as its page says; the decisions already made are listed below.
    const { awaiting } = v;
    if (awaiting.length === 0) return "It awaits its approvers' decisions.";
    return `It awaits the ${awaiting.length === 1 ? "decision" : "decisions"} of ${andList(awaiting)}.`;
  }
  return null;
}

/**
 * When a version stopped awaiting approval, in its page's words: a withdrawn version's day
 * (decidedAt keeps it) is the withdrawal's, on which no approver decided anything.
 */
function settled({ status, decidedAt }: { status: string; decidedAt: string | null }): string {
  if (!decidedAt) return "";
  return status === "withdrawn" ? `; withdrawn ${dateTime(decidedAt)}, before every approver had decided` : `; decided ${dateTime(decidedAt)}`;
}

/**
 * Top management's latest review of the whole programme (docs/management-review.md), as of the
 * report's making: a next review whose day has passed is said to be overdue, by the reviews page's rule.
 */
function managementReviewLine(review: ReportInput["managementReview"], generatedAt: string): string {
  if (!review) return "No management review of the continuity programme has been recorded.";
  const last = `The continuity programme was last reviewed by top management on ${formatDayText(review.heldOn)}`;
  if (!review.nextReviewOn) return `${last}.`;
  const now = new Date(generatedAt);
  if (nextReviewOverdue({ nextReviewOn: new Date(`${review.nextReviewOn}T00:00:00Z`) }, now)) {
    return `${last}; the next was due on ${formatDayText(review.nextReviewOn)} and is OVERDUE: no later review had been recorded on ${formatDayText(generatedAt)}.`;
  }
  return `${last}; the next is due on ${formatDayText(review.nextReviewOn)}.`;
}

function Approval({ ctx }: { ctx: Ctx }) {
  const { pdf, s, kit, input } = ctx;
  const { Text, View } = pdf;
  const v = input.version;
  const stands = standing(ctx);
  return (
    <>
      {v ? (
        <View style={s.box}>
          <Text>{`Version ${v.number}, status: ${versionStatusWords(v.status, { inSentence: true })}.`}</Text>
          <Text>{`Submitted by ${v.submittedBy ?? "a member no longer in the organisation"} on ${dateTime(v.submittedAt)}${settled(v)}.`}</Text>
          {v.note ? <Text>{`Note from the committee: “${v.note}”`}</Text> : null}
          {stands ? <Text style={{ fontFamily: "Helvetica-Bold" }}>{stands}</Text> : null}
          {/* Said of a version in force or awaiting its approvers; one replaced, rejected or withdrawn says so already. */}
          {input.planChangedSince && (v.status === "approved" || v.status === "submitted") ? (
            <Text style={{ fontFamily: "Helvetica-Bold" }}>
              {`The plan has changed since this version was submitted (as of this report, ${dateTime(input.generatedAt)}): the report shows version ${v.number} as submitted, not the plan as it is now.`}
            </Text>
          ) : null}
          <Text>Version hash (SHA-256 of the canonical snapshot):</Text>
          <Text style={s.mono}>{input.hash}</Text>
          <Text>{`The frozen content itself, whose SHA-256 this is, downloads from version ${v.number}'s page in Continuity as JSON ("Download the frozen content").`}</Text>
        </View>
      ) : (
        <View style={s.box}>
          <Text>This report shows the current draft, which has not been approved.</Text>
          <Text>Hash of this draft (SHA-256):</Text>
          <Text style={s.mono}>{input.hash}</Text>
          {input.approvedVersion ? (
            <>
              <Text>{`Last approved: version ${input.approvedVersion.number}, hash:`}</Text>
              <Text style={s.mono}>{input.approvedVersion.hash}</Text>
              <Text>{term(input, input.approvedVersion)}</Text>
              {input.changedSinceApproval ? (
                <Text style={{ fontFamily: "Helvetica-Bold" }}>The plan has changed since approval.</Text>
              ) : (
                <>
                  <Text style={{ fontFamily: "Helvetica-Bold" }}>{`The content has not changed since version ${input.approvedVersion.number} was approved.`}</Text>
                  {/* The hashes cannot match: a reader comparing them must not take the difference for a change. */}
                  <Text>
                    The two hashes differ all the same: a draft&apos;s snapshot includes the recovery readiness as assessed when this report was made, and
                    restore-point ages move with the clock.
                  </Text>
                </>
              )}
            </>
          ) : (
            <Text style={{ fontFamily: "Helvetica-Bold" }}>No version of this plan has been approved yet.</Text>
          )}
        </View>
      )}
      <Text>{managementReviewLine(input.managementReview, input.generatedAt)}</Text>
      <ChangesSinceApproval ctx={ctx} />
      <kit.H2>{v ? "Decisions" : "Decisions on the last approved version"}</kit.H2>
      <kit.Table
        empty={v?.status === "withdrawn" ? "No approver decided before it was withdrawn." : "No approver has decided yet."}
        rows={input.approvals}
        columns={[
          { label: "Approver", width: 4, value: (a) => `${a.approver} (${a.email})` },
          { label: "Decision", width: 2, value: (a) => decisionWords(a.decision) },
          { label: "Date", width: 3, value: (a) => dateTime(a.decidedAt) },
          { label: "Comment", width: 4, value: (a) => a.comment || "—" },
        ]}
      />
      {input.approvals.map((a, i) => (
        <View key={i} style={s.box} wrap={false}>
          <Text style={{ fontFamily: "Helvetica-Bold" }}>{`Statement ${decisionWords(a.decision, { inSentence: true })} by ${a.approver} on ${dateTime(a.decidedAt)}:`}</Text>
          <Text>{a.statement}</Text>
          <Text style={s.mono}>{`Hash approved: ${a.versionHash}`}</Text>
        </View>
      ))}
      <VersionHistory ctx={ctx} />
    </>
  );
}

/**
 * A draft's changes since the approved version, as the app's comparison lists them: what no
 * approval covers. A plan rewritten since is listed in part, and the rest is left to the app.
 */
function ChangesSinceApproval({ ctx }: { ctx: Ctx }) {
  const { pdf, s, kit, input } = ctx;
  if (input.version || !input.approvedVersion || !input.changedSinceApproval || !input.changesSinceApproval) return null;
  const rows = changeRows(input.changesSinceApproval);
  const shown = rows.slice(0, MAX_CHANGE_ROWS);
  const number = input.approvedVersion.number;
  return (
    <>
      <kit.H2>{`What changed since version ${number} was approved`}</kit.H2>
      <pdf.Text style={s.p}>{`None of this is approved until a new version is. ${rows.length === 1 ? "1 change" : `${rows.length} changes`}, as Continuity's comparison lists them.`}</pdf.Text>
      <kit.Table
        empty={`The comparison lists no change: the plan's records read as version ${number}'s.`}
        rows={shown}
        columns={[
          { label: "Where", width: 2, value: (r) => r.where },
          { label: "Change", width: 5, value: (r) => r.what },
        ]}
      />
      {rows.length > shown.length ? (
        <pdf.Text style={s.p}>{`${rows.length - shown.length} more not listed here: the plan's Approval page in Continuity lists them all ("What changed since version ${number} was approved").`}</pdf.Text>
      ) : null}
    </>
  );
}

/**
 * Every version of the plan as of the report's making, newest first: the document's record of
 * changes (NIST SP 800-34's "Record of Changes"), with who submitted each, when it was decided and
 * the start of its hash. The rendered version is marked.
 */
function VersionHistory({ ctx }: { ctx: Ctx }) {
  const { pdf, s, kit, input } = ctx;
  return (
    <>
      <kit.H2>Version history</kit.H2>
      <pdf.Text style={s.p}>{`Every version of this plan as of ${dateTime(input.generatedAt)}, newest first.`}</pdf.Text>
      <kit.Table
        empty="No version of this plan has been submitted yet."
        rows={input.versions}
        columns={[
          { label: "Version", width: 3, value: (x) => (x.number === input.version?.number ? `Version ${x.number} (this report)` : `Version ${x.number}`) },
          { label: "Status", width: 3, value: (x) => versionStatusWords(x.status) },
          { label: "Submitted", width: 6, value: (x) => `${dateTime(x.submittedAt)} by ${x.submittedBy ?? "a member no longer in the organisation"}` },
          { label: "Decided", width: 4, value: (x) => (x.decidedAt ? (x.status === "withdrawn" ? `Not decided: withdrawn ${dateTime(x.decidedAt)}` : dateTime(x.decidedAt)) : "—") },
          { label: "SHA-256", width: 4, value: (x) => `${x.hash.slice(0, 16)}…` },
        ]}
      />
    </>
  );
}

function Contents({ ctx, pages }: { ctx: Ctx; pages: ChapterPages }) {
  const { pdf, s, input } = ctx;
  const { Text, View, Link } = pdf;
  return (
    <A4Page ctx={ctx}>
      <Frame ctx={ctx} />
      <Text style={s.h1}>Contents</Text>
      {sectionsOf({ withAudit: input.audit !== null }).map((section) => (
        <View key={section.id} style={s.tocRow}>
          <Link src={`#${section.id}`}>
            <Text>{section.title}</Text>
          </Link>
          {/* Fixed dynamic text is resolved again once every page is laid out (as "page n of m" is),
              by which time each chapter's anchor has recorded its page. */}
          <Text style={s.tocPage} fixed render={() => String(pages.pageOf(section.id) ?? "")} />
        </View>
      ))}
    </A4Page>
  );
}

const one = (Body: (props: { ctx: Ctx }) => ReactNode) => (ctx: Ctx) => [<Body key="body" ctx={ctx} />];

/** Each chapter's sheets; the chapters that grow with the plan cut their long tables into several. */
const SHEETS: Record<SectionId, (ctx: Ctx) => ReactNode[]> = {
  approval: one(Approval),
  introduction: one(Introduction),
  operations: one(Operations),
  activation: one(Activation),
  recovery: one(Recovery),
  readiness: readinessSheets,
  reconstitution: one(Reconstitution),
  "appendix-bia": one(BiaAppendix),
  "appendix-risks": one(RiskAppendix),
  "appendix-inventories": inventorySheets,
  "appendix-tests": one(TestAppendix),
  "appendix-audit": auditSheets,
};

/** The whole report; `pages` records where each chapter starts, for the contents. */
export function ReportDocument({ ctx, pages }: { ctx: Ctx; pages: ChapterPages }) {
  const { pdf, input } = ctx;
  const total = sectionsOf({ withAudit: input.audit !== null }).length;
  const onPage = (id: SectionId, page: number) => pages.record(id, page, total);
  return (
    <pdf.Document
      title={`${input.planName} — ${versionLabel(ctx)}`}
      author={input.organization}
      subject={markedSubject("Business continuity plan", input.marking)}
      creator="Continuity"
    >
      <Cover ctx={ctx} />
      <Contents ctx={ctx} pages={pages} />
      {sectionsOf({ withAudit: input.audit !== null }).map((section) => (
        <Chapter key={section.id} ctx={ctx} id={section.id} title={section.title} onPage={onPage} sheets={SHEETS[section.id](ctx)} />
      ))}
    </pdf.Document>
  );
}

import type { Ctx } from "@/lib/reports/pdf/context";
import type { ReactNode } from "react";
import { SHEET_ROWS, type Column } from "@/lib/reports/pdf/kit";
import { HeatMap } from "@/lib/reports/pdf/charts";
import { BODY, COLORS } from "@/lib/reports/pdf/styles";
import { checkTargets } from "@/lib/bia/target-checks";
import { count } from "@/lib/count";
import { date, dateTime, duration, money, NONE, phone } from "@/lib/reports/pdf/format";
import { allRegisters } from "@/lib/inventories/registers";
import { displayCell, type ItemData } from "@/lib/inventories/fields";
import { formatBytes } from "@/lib/exercises/attachment-rules";
import { categoryLabel, DEFAULT_IMPACT_CATEGORIES, type ImpactCategory } from "@/lib/bia/impact";
import { exerciseResult, exerciseType, findingSeverity, findingStatus, threatCategory } from "@/lib/reports/pdf/labels";
import { actionText, changesText, recordText } from "@/lib/audit/audit-display";
import { chainHeadLabel, chainHeadText } from "@/lib/audit/audit-chain";
import { snapshotInstant, snapshotSchedule } from "@/lib/reports/pdf/test-targets";
import { isRegisterStale } from "@/lib/inventories/staleness";
import { isFindingOverdue } from "@/lib/exercises/schedule";
import { notJudgedWords } from "@/lib/exercises/completeness";
import { TestSchedule } from "@/lib/reports/pdf/test-schedule";
import { NEEDS_DUE_DATE, NEEDS_OWNER } from "@/lib/findings/finding-words";
import { findingSourceCell } from "@/lib/findings/finding-source";
import { dataLostWords, resultFlag, shortfallWords, tallyChecks } from "@/lib/exercises/target-check";
import { heldWords, todayFlag, verdictNotes } from "@/lib/exercises/verdict-words";
import { keyedNameText } from "@/lib/recovery/keyed-name";

type Grid = Record<string, Record<string, string>>;

function gridOf(value: unknown): Grid {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Grid) : {};
}

/**
 * The categories a snapshot's grids are shown in: the organisation's when it was taken (a removed
 * category's kept ratings are not shown). Snapshots from before categories were configurable lack
 * them: every category their grids rate, named as it was built in.
 */
function categoriesOf(snapshot: Ctx["input"]["snapshot"]): ImpactCategory[] {
  if (snapshot.bia.impactCategories) return snapshot.bia.impactCategories;
  const rated = new Set(snapshot.bia.functions.flatMap((f) => Object.keys(gridOf(f.impactGrid))));
  return [...DEFAULT_IMPACT_CATEGORIES.map((c) => c.key), ...rated].filter((key, i, all) => rated.has(key) && all.indexOf(key) === i).map((key) => ({ key, label: categoryLabel(key, []) }));
}

/**
 * A function's targets against the BIA list's soundness checks (lib/bia/target-checks.ts), in
 * words the report's font can draw: "met" only when both the MTD and the RTO are set.
 */
function targetCheck(f: { mtdMinutes: number | null; rtoMinutes: number | null; wrtMinutes: number | null }): string {
  const [flag] = checkTargets(f);
  if (flag) return flag.code === "rto_not_below_mtd" ? "RTO not shorter than MTD" : "RTO + WRT exceed MTD";
  return f.mtdMinutes === null || f.rtoMinutes === null ? "—" : "met";
}

export function BiaAppendix({ ctx }: { ctx: Ctx }) {
  const { pdf, s, kit, input } = ctx;
  const functions = input.snapshot.bia.functions;
  const categories = categoriesOf(input.snapshot);
  const rows = functions.flatMap((f) => {
    const grid = gridOf(f.impactGrid);
    return categories.flatMap(({ key, label }) => (grid[key] ? [{ fn: f.name, category: label, ratings: grid[key] }] : []));
  });
  const unsound = functions.filter((f) => checkTargets(f).length > 0).length;
  const horizons = [...new Set(rows.flatMap((r) => Object.keys(r.ratings)))].sort((a, b) => Number(a) - Number(b));
  const gridColumns: Column<(typeof rows)[number]>[] = [
    { label: "Function", width: 4, value: (r) => r.fn },
    { label: "Category", width: 3, value: (r) => r.category },
    ...horizons.map((h) => ({ label: duration(Number(h)), width: 2, value: (r: (typeof rows)[number]) => r.ratings[h] ?? "—" })),
  ];
  return (
    <>
      <kit.H2>Products and services</kit.H2>
      <kit.Table
        empty={NONE}
        rows={input.snapshot.bia.products}
        columns={[
          { label: "Product or service", width: 3, value: (p) => p.name },
          { label: "Department", width: 2, value: (p) => p.department?.name ?? "—" },
          { label: "Description", width: 6, value: (p) => p.description || "—" },
        ]}
      />
      <kit.H2>Impact over time</kit.H2>
      <kit.Table empty={NONE} rows={rows} columns={gridColumns} />
      <kit.H2>Recovery targets per function</kit.H2>
      {unsound ? (
        <pdf.Text style={s.p}>{`${count(unsound, "function's targets fail", "functions' targets fail")} a soundness check (NIST SP 800-34: the RTO must be shorter than the MTD, and RTO + WRT must fit in it), marked under Check.`}</pdf.Text>
      ) : null}
      <kit.Table
        empty={NONE}
        rows={functions}
        columns={[
          { label: "Function", width: 4, value: (f) => f.name },
          { label: "Product", width: 3, value: (f) => f.product?.name ?? "—" },
          { label: "MTD", width: 2, value: (f) => duration(f.mtdMinutes) },
          { label: "RTO", width: 2, value: (f) => duration(f.rtoMinutes) },
          { label: "RPO", width: 2, value: (f) => duration(f.rpoMinutes) },
          { label: "WRT", width: 2, value: (f) => duration(f.wrtMinutes) },
          { label: "Cost per hour", width: 2, value: (f) => money(f.costPerHour) },
          { label: "Vital records", width: 3, value: (f) => f.vitalRecords.join(", ") || "—" },
          { label: "Check", width: 3, value: targetCheck, color: (f) => (checkTargets(f).length ? COLORS.breached : undefined) },
        ]}
      />
    </>
  );
}

export function RiskAppendix({ ctx }: { ctx: Ctx }) {
  const { pdf, kit, input } = ctx;
  const { View } = pdf;
  const threats = input.snapshot.risks.threats;
  const residual = threats.flatMap((t) => (t.residualLikelihood && t.residualImpact ? [{ likelihood: t.residualLikelihood, impact: t.residualImpact }] : []));
  return (
    <>
      <kit.H2>Heat map</kit.H2>
      <View style={{ flexDirection: "row", gap: 16 }} wrap={false}>
        <HeatMap pdf={pdf} points={threats} title="Inherent risk" />
        <HeatMap pdf={pdf} points={residual} title="Residual risk" />
      </View>
      <kit.H2>Risk register</kit.H2>
      <kit.Table
        empty={NONE}
        rows={threats}
        columns={[
          { label: "Threat", width: 3, value: (t) => t.title },
          { label: "Category", width: 2, value: (t) => threatCategory(t.category) },
          { label: "L × I", width: 1, value: (t) => `${t.likelihood} × ${t.impact}` },
          { label: "Existing controls", width: 3, value: (t) => t.existingControls || "—" },
          { label: "Mitigation", width: 3, value: (t) => t.mitigation || "—" },
          { label: "Residual", width: 1, value: (t) => (t.residualLikelihood && t.residualImpact ? `${t.residualLikelihood} × ${t.residualImpact}` : "—") },
          { label: "Owner", width: 2, value: (t) => t.owner?.name ?? "—" },
        ]}
      />
    </>
  );
}

/**
 * What a copy made from a version (the distribution register's "Plan version") is now, as of the
 * report's making: nothing for the version in force, " (superseded by version 2)" for an older
 * approved one, " (not approved)" for one that never was. A holder of either has a copy not to use.
 */
function copiedVersionNote(versions: Ctx["input"]["versions"]): (number: number) => string {
  const current = versions.find((v) => v.status === "approved")?.number;
  return (number) => {
    const status = versions.find((v) => v.number === number)?.status;
    if (status === "superseded" && current) return ` (superseded by version ${current})`;
    if (status === "submitted" || status === "rejected" || status === "withdrawn") return " (not approved)";
    return "";
  };
}

/** Every register, its items cut into sheets when long. */
export function inventorySheets(ctx: Ctx): ReactNode[] {
  const { kit, input, pdf, s } = ctx;
  const snap = input.snapshot;
  const people = new Map<string, string>();
  for (const p of [snap.plan.sponsor, ...snap.committee.members.map((m) => m.person), ...snap.committee.ertRoles.flatMap((r) => [r.primary, r.alternate])]) {
    if (p) people.set(p.id, p.name);
  }
  const personName = (id: string) => people.get(id) ?? input.people[id] ?? "a person since removed";
  const versionNote = copiedVersionNote(input.versions);
  const asOf = snapshotInstant(input);
  const sheets: ReactNode[] = [];
  let small: ReactNode[] = [];
  for (const register of allRegisters()) {
    const items = snap.inventories.items.filter((i) => i.kind === register.kind);
    const reviewed = snap.inventories.registers.find((r) => r.kind === register.kind);
    const columns: Column<(typeof items)[number]>[] = register.fields.map((field) => ({
      label: field.label,
      width: field.type === "longtext" ? 4 : 2,
      // As the register's page shows it: people by name, yes/no, numbers with their units.
      value: (item) => {
        const value = (item.data as ItemData | null)?.[field.key];
        const shown = displayCell(field, value, personName);
        if (field.type === "version" && typeof value === "number") return `${shown}${versionNote(value)}`;
        return field.type === "phone" ? phone(shown) : shown;
      },
    }));
    const lead = (
      // tableSheets keeps it with the table's header: a register's heading never ends a page.
      <pdf.View key={register.kind}>
        <kit.H2>{register.title}</kit.H2>
        <pdf.Text style={[s.p, s.muted]}>{`${register.description} Owner: ${reviewed?.owner?.name ?? "none"}; last reviewed: ${date(reviewed?.lastReviewedAt)}.`}</pdf.Text>
        {/* As the overview counts it: a register with entries nobody reviewed within the organisation's period. */}
        {items.length && isRegisterStale(reviewed?.lastReviewedAt ? new Date(reviewed.lastReviewedAt) : null, input.reviewPeriodDays, asOf) ? (
          <pdf.Text style={s.p}>{`REVIEW DUE: not reviewed within the review period (every ${input.reviewPeriodDays} days) on ${date(asOf.toISOString())}.`}</pdf.Text>
        ) : null}
      </pdf.View>
    );
    const parts = kit.tableSheets({ columns, rows: items, empty: NONE, lead });
    // Short registers share a sheet; a long one gets its own.
    if (parts.length === 1 && items.length < SHEET_ROWS / 4) {
      small.push(<pdf.View key={register.kind}>{parts[0]}</pdf.View>);
    } else {
      if (small.length) sheets.push(<>{small}</>);
      small = [];
      sheets.push(...parts);
    }
  }
  if (small.length) sheets.push(<>{small}</>);
  return sheets;
}

/** A labelled line of a test's record; "—" when the field was left empty. */
function Fact({ ctx, label, value }: { ctx: Ctx; label: string; value: string }) {
  const { Text, View } = ctx.pdf;
  return (
    <View style={{ flexDirection: "row", marginBottom: 3 }}>
      <Text style={{ fontFamily: "Helvetica-Bold", width: 95 }}>{`${label}:`}</Text>
      <Text style={{ flex: 1, ...BODY }}>{value.trim() || "—"}</Text>
    </View>
  );
}

const names = (rows: readonly { name: string }[]) => rows.map((r) => r.name).join(", ");

/**
 * Whether every scenario was tested within the plan's cadence on the day of the snapshot, and,
 * apart from it, whether their last tests met their targets: "tested successfully" only when both
 * hold. By the schedule rules the Tests page uses.
 */
function testCoverage(input: Ctx["input"]): string {
  const days = input.snapshot.plan.testCadenceDays;
  const { now, schedule } = snapshotSchedule(input);
  if (schedule.scenarios.length === 0) return "The plan has no disaster scenarios to test yet.";
  const behind = schedule.scenarios.filter((x) => x.status !== "current");
  const missed = schedule.scenarios.filter((x) => x.status === "current" && x.lastTargets?.missed);
  // Tested, nothing missed, but an RPO not judged for want of a measured data lost: said so, never as met.
  const unjudged = schedule.scenarios.filter((x) => x.status === "current" && !x.lastTargets?.missed && x.lastTargets?.notMeasured).map((x) => x.name);
  const notJudged = unjudged.length ? ` ${notJudgedWords(unjudged)}` : "";
  if (behind.length === 0 && missed.length === 0) return `Every scenario was tested successfully within the cadence (every ${days} days).${notJudged}`;
  const why = (x: (typeof behind)[number]) =>
    x.status === "never" ? "never tested" : x.status === "failed" ? `last test failed (${date(x.lastTestedOn?.toISOString())})` : `last tested ${date(x.lastTestedOn?.toISOString())}`;
  const short = missed.map((x) => `${x.name} (${date(x.lastTestedOn?.toISOString())}: ${shortfallWords(x.lastTargets!)})`).join("; ");
  if (behind.length === 0) return `Every scenario was tested within the cadence (every ${days} days), but not every scenario's last test met its targets: ${short}.${notJudged}`;
  const untested = `Not tested successfully within the cadence (every ${days} days) on ${date(now.toISOString())}: ${behind.map((x) => `${x.name} (${why(x)})`).join("; ")}.`;
  return `${missed.length ? `${untested} Tested within the cadence, but the last test missed its targets: ${short}.` : untested}${notJudged}`;
}

export function TestAppendix({ ctx }: { ctx: Ctx }) {
  const { pdf, s, kit, input } = ctx;
  const { Text, View } = pdf;
  const { exercises, findings } = input.snapshot.tests;
  const { judge, now } = snapshotSchedule(input);
  // Past due as the snapshot stood (the Tests page's rule), as the schedule's OVERDUE is.
  const overdue = (f: (typeof findings)[number]) => isFindingOverdue({ status: f.status, dueOn: f.dueOn ? new Date(f.dueOn) : null }, now);
  const late = findings.filter(overdue).length;
  const locations = new Map(Object.entries(input.snapshot.recovery.locationNames ?? {}));
  // Each test's record: its restores against the targets recorded with them, and where this
  // plan's targets differ, what they would show against those (decision 45).
  const checked = exercises.map((e) => ({ ...e, measurements: e.measurements.map((m) => ({ ...m, verdict: judge(m) })) }));
  const flagOf = (e: (typeof checked)[number]) => resultFlag(e.result, tallyChecks(e.measurements.map((m) => m.verdict.check)).missed);
  const resultOf = (e: (typeof checked)[number]) => {
    const today = todayFlag(e.measurements.map((m) => m.verdict), "this plan's");
    return [flagOf(e) ?? exerciseResult(e.result), today].filter(Boolean).join(". ");
  };
  return (
    <>
      <Text style={s.p}>{testCoverage(input)}</Text>
      <TestSchedule ctx={ctx} />
      <kit.H2>Exercises and tests</kit.H2>
      <kit.Table
        empty={NONE}
        rows={checked}
        columns={[
          { label: "Date", width: 2, value: (e) => date(e.conductedOn) },
          { label: "Type", width: 2, value: (e) => exerciseType(e.type) },
          { label: "Title", width: 4, value: (e) => e.title },
          { label: "Result", width: 3, value: resultOf },
          { label: "Scenarios", width: 3, value: (e) => e.scenarios.map((x) => x.name).join(", ") || "—" },
          { label: "Evidence", width: 2, value: (e) => (e.attachments.length === 1 ? "1 file" : `${e.attachments.length} files`) },
        ]}
      />
      {checked.map((e) => {
        const scope = [
          e.scenarios.length ? `scenarios ${names(e.scenarios)}` : "",
          e.systems.length ? `systems ${names(e.systems)}` : "",
          e.functions.length ? `functions ${names(e.functions)}` : "",
        ].filter(Boolean);
        return (
          <View key={e.id}>
            <kit.H3>{`${date(e.conductedOn)} — ${e.title}`}</kit.H3>
            <Fact ctx={ctx} label="Result" value={resultOf(e)} />
            <Fact ctx={ctx} label="Objectives" value={e.objectives} />
            <Fact ctx={ctx} label="Success criteria" value={e.successCriteria} />
            <Fact ctx={ctx} label="Scope" value={scope.join("; ")} />
            <Fact ctx={ctx} label="Participants" value={names(e.participants)} />
            <Fact ctx={ctx} label="What happened" value={e.narrative} />
            <Text style={[s.p, { fontFamily: "Helvetica-Bold" }]}>Measured results</Text>
            <kit.Table
              empty="No measurements recorded."
              rows={e.measurements}
              columns={[
                { label: "System", width: 3, value: (m) => m.system.name },
                { label: "Restored from", width: 2, value: (m) => keyedNameText(m.locationKey, locations) },
                { label: "Restore took", width: 2, value: (m) => duration(m.restoreMinutes) },
                { label: "Against the RTO", width: 3.5, value: (m) => heldWords("RTO", m.verdict) },
                { label: "Data lost", width: 2, value: (m) => dataLostWords(m.dataLossMinutes) },
                { label: "Against the RPO", width: 3.5, value: (m) => heldWords("RPO", m.verdict) },
                // As the test's page gives it: the size a restore time was measured at is what makes it evidence for today's.
                { label: "Size (GB)", width: 2, value: (m) => (m.usedGB === null ? "—" : String(m.usedGB)) },
                { label: "Notes", width: 3, value: (m) => m.notes || "—" },
              ]}
            />
            {e.measurements.flatMap((m) => {
              const notes = verdictNotes(m.verdict, "this plan's");
              return notes.length ? [<Text key={m.id} style={s.p}>{`${m.system.name} from ${keyedNameText(m.locationKey, locations)}: ${notes.join(" ")}`}</Text>] : [];
            })}
            <Text style={[s.p, { fontFamily: "Helvetica-Bold" }]}>Evidence</Text>
            {e.attachments.length === 0 ? <Text style={s.none}>No evidence attached.</Text> : null}
            {e.attachments.map((a) => (
              // The whole SHA-256, on a line of its own, so an auditor can check the file against it.
              <View key={a.id} style={{ marginBottom: 4 }} wrap={false}>
                <Text>{`${a.fileName} (${a.contentType}, ${formatBytes(a.sizeBytes)})`}</Text>
                <Text style={s.mono}>{`SHA-256 ${a.sha256}`}</Text>
              </View>
            ))}
          </View>
        );
      })}
      <kit.H2>Findings</kit.H2>
      {late ? <Text style={s.p}>{`${late === 1 ? "1 open finding is past its due date" : `${late} open findings are past their due dates`} on ${date(now.toISOString())}, marked OVERDUE.`}</Text> : null}
      <kit.Table
        empty={NONE}
        rows={findings}
        columns={[
          { label: "Finding", width: 5, value: (f) => f.description },
          { label: "Severity", width: 2, value: (f) => findingSeverity(f.severity) },
          { label: "Status", width: 2, value: (f) => findingStatus(f.status) },
          { label: "Owner", width: 2, value: (f) => f.owner?.name ?? (f.status === "closed" ? "—" : NEEDS_OWNER) },
          { label: "Due", width: 2, value: (f) => (f.dueOn || f.status === "closed" ? `${date(f.dueOn)}${overdue(f) ? ": OVERDUE" : ""}` : NEEDS_DUE_DATE) },
          { label: "From", width: 3, value: (f) => findingSourceCell(f) },
          { label: "Closed", width: 3, value: (f) => (f.closedAt ? `${date(f.closedAt)}: ${f.closedNote}` : "—") },
        ]}
      />
    </>
  );
}

export function auditSheets(ctx: Ctx): ReactNode[] {
  const { pdf, s, kit, input } = ctx;
  const audit = input.audit!;
  return kit.tableSheets({
    lead: (
      <>
        <pdf.Text style={s.p}>
          {`Audit log entries about this plan and its records from ${date(audit.from)} to ${date(audit.to)}, with the organisation-wide changes to the people, departments, sites and impact categories plans use, marked "organisation-wide".`}
        </pdf.Text>
        {/* The whole hash, on a line of its own, so a later verification of the organisation's log can be held against it. */}
        <pdf.Text style={s.p}>{audit.head ? chainHeadLabel(audit.head) : chainHeadText(null)}</pdf.Text>
        {audit.head ? <pdf.Text style={[s.mono, { marginBottom: 6 }]}>{audit.head.hash}</pdf.Text> : null}
      </>
    ),
    empty: "No audit entries in this period.",
    rows: audit.rows,
    columns: [
      { label: "When", width: 3, value: (r) => dateTime(r.createdAt) },
      { label: "Who", width: 4, value: (r) => (r.actorName && r.actorEmail ? `${r.actorName} (${r.actorEmail})` : (r.actorName ?? r.actorEmail ?? "system")) },
      { label: "Action", width: 3, value: (r) => actionText(r.action) },
      { label: "Record", width: 4, value: (r) => (r.organisationWide ? `${recordText(r)} (organisation-wide)` : recordText(r)) },
      { label: "Changes", width: 7, value: (r) => changesText(r.changes, { arrow: "->" }) || "—" },
    ],
  });
}

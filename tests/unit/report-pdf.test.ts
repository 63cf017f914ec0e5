import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderReportPdf } from "@/lib/reports/render-report-pdf";
import { REPORT_SECTIONS } from "@/lib/reports/pdf/sections";
import { sampleReportInput, systemName } from "@/lib/reports/sample-input";
import { date, duration, status } from "@/lib/reports/pdf/format";
import { BODY, ROW_HEIGHT } from "@/lib/reports/pdf/styles";
import { allRegisters } from "@/lib/inventories/registers";
import { contact as contactText } from "@/lib/reports/pdf/context";

function pdfText(bytes: Buffer, args: string[] = ["-layout"]): string {
  const dir = mkdtempSync(path.join(tmpdir(), "report-"));
  const file = path.join(dir, "report.pdf");
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", [...args, file, "-"], { encoding: "utf8" });
}

/** The page's text, one string per page (pdftotext separates pages with a form feed). */
function pages(bytes: Buffer): string[] {
  return pdfText(bytes).split("\f");
}

/** Share of pixels that are not (near) white on one page rendered at 50 dpi. */
function inkRatio(bytes: Buffer, page: number): number {
  const dir = mkdtempSync(path.join(tmpdir(), "report-"));
  const file = path.join(dir, "report.pdf");
  writeFileSync(file, bytes);
  execFileSync("pdftoppm", ["-f", String(page), "-l", String(page), "-r", "50", "-gray", "-singlefile", file, path.join(dir, "page")]);
  // PGM (P5): a text header of three tokens after the magic number, then one byte per pixel.
  const pgm = readFileSync(path.join(dir, "page.pgm"));
  const header = pgm.subarray(0, 64).toString("latin1").split(/\s+/);
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(pgm.length - width * height);
  let ink = 0;
  for (const p of pixels) if (p < 200) ink += 1;
  return ink / pixels.length;
}

/**
 * The auditors' cold-store plan: a Passed tabletop of "Cold store lost" whose restore of COLD-MON
 * took 90 min and lost 60 min of data, against an RTO of 45 min (passed down from COLD-ALARM,
 * which depends on it) and an RPO of 5 min.
 */
function coldStoreInput() {
  const input = sampleReportInput({ systems: 1, functions: 1, itemsPerRegister: 0 });
  const snap = input.snapshot;
  snap.plan.testCadenceDays = 365;
  snap.systems = [{ ...snap.systems[0], id: "sys-cold", name: "COLD-MON" }];
  Object.assign(snap.bia.functions[0], { name: "Temperature monitoring", rtoMinutes: 240, rpoMinutes: 5, systems: [{ id: "sys-cold", name: "COLD-MON" }] });
  snap.recovery.inheritedRto = [{ system: "COLD-MON", minutes: 45, functionName: "Alarm call-out", through: ["COLD-ALARM"] }];
  snap.risks.scenarios = [{ ...snap.risks.scenarios[0], id: "sc-cold", key: "cold-store-lost", name: "Cold store lost" }];
  Object.assign(snap.tests.exercises[0], {
    title: "Cold store loss tabletop",
    type: "walkthrough",
    result: "passed",
    scenarios: [{ id: "sc-cold", key: "cold-store-lost", name: "Cold store lost" }],
    systems: [{ id: "sys-cold", name: "COLD-MON" }],
    measurements: [{ id: "m-cold", locationKey: "nas-av", restoreMinutes: 90, dataLossMinutes: 60, usedGB: null, notes: "", system: { id: "sys-cold", name: "COLD-MON" } }],
  });
  return input;
}

const ISO_DAY = "2026-11-25T12:00:00.000Z";

describe("the PDF report", { timeout: 120_000 }, () => {
  const input = sampleReportInput();
  let approved: Buffer;
  beforeAll(async () => {
    approved = await renderReportPdf(input);
  }, 120_000);

  it("has a contents page with every chapter and the page it starts on, and headers and footers on every page", async () => {
    const text = pages(approved).filter((p) => p.trim());
    const contents = text[1];
    for (const section of REPORT_SECTIONS.filter((s) => s.id !== "appendix-audit")) {
      const line = contents.split("\n").find((l) => l.includes(section.title));
      expect(line, section.title).toBeDefined();
      const page = Number(line!.trim().split(/\s+/).at(-1));
      expect(text[page - 1], section.title).toContain(section.title);
    }
    expect(contents).not.toContain("Appendix E");
    text.forEach((page, i) => {
      expect(page).toContain("Harbour Lane Foods — Bristol operations");
      expect(page).toContain(`Page ${i + 1} of ${text.length}`);
    });
  });

  it("carries the version hash, the approvers and their statement on the approval page", async () => {
    const text = pdfText(approved, ["-raw"]);
    const approval = text.split("\f").find((p) => p.includes("Version hash"))!;
    expect(approval.replace(/\s+/g, "")).toContain(input.hash);
    expect(approval).toContain("Daniel Okafor");
    expect(approval).toContain("I approve version 1 of Bristol operations.");
    // Where to get the bytes the hash is computed over, to check it outside the app.
    expect(approval.replace(/\s+/g, " ")).toContain("The frozen content itself, whose SHA-256 this is, downloads from version 1's page in Continuity as JSON");
  });

  it("names the submitter, quotes the committee's note and says until when the approval holds", async () => {
    const approval = pdfText(approved, ["-raw"]).split("\f").find((p) => p.includes("Version hash"))!.replace(/\s+/g, " ");
    expect(approval).toContain("Submitted by Priya Shah on 25 Nov 2026, 12:00 UTC; decided 25 Nov 2026, 12:00 UTC.");
    expect(approval).toContain("Note from the committee: “Reviewed with the site managers.”");
    expect(approval).toContain("Version 1's approval holds until 25 Nov 2027.");
    // Made after the approval's term: it says so.
    const late = pdfText(await renderReportPdf({ ...input, generatedAt: "2027-12-01T09:00:00.000Z" }), ["-raw"]).replace(/\s+/g, " ");
    expect(late).toContain("Version 1's approval expired on 25 Nov 2027.");
    // A draft says it of the approved version it departs from.
    const draft = pdfText(await renderReportPdf(sampleReportInput({ draft: true })), ["-raw"]).replace(/\s+/g, " ");
    expect(draft).toContain("Version 1's approval holds until 25 Nov 2027.");
  });

  it("holds an approval for the cadence it was given for, not a longer one set since, and says so (decision 65)", async () => {
    const lengthened = pdfText(await renderReportPdf({ ...input, reviewCadenceDays: 730 }), ["-raw"]).replace(/\s+/g, " ");
    expect(lengthened).toContain("Version 1's approval holds until 25 Nov 2027.");
    expect(lengthened).toContain("Version 1 was approved for 365 days; the plan's review cadence is now 730 days, which applies from the next approval.");
    const draft = sampleReportInput({ draft: true });
    const shortened = pdfText(await renderReportPdf({ ...draft, reviewCadenceDays: 182 }), ["-raw"]).replace(/\s+/g, " ");
    expect(shortened).toContain("Version 1's approval holds until 26 May 2027.");
    expect(shortened).toContain("Version 1 was approved for 365 days; the plan's review cadence is now 182 days, which shortens this approval too.");
  });

  it("says when top management last reviewed the programme, and when it has never", async () => {
    const text = pdfText(approved, ["-raw"]).replace(/\s+/g, " ");
    expect(text).toContain("The continuity programme was last reviewed by top management on 15 Oct 2026; the next is due on 15 Apr 2027.");
    const none = pdfText(await renderReportPdf({ ...input, managementReview: null }), ["-raw"]).replace(/\s+/g, " ");
    expect(none).toContain("No management review of the continuity programme has been recorded.");
  });

  it("says a management review past its due day is overdue, as the reviews page does, not that it is due on a day gone by", async () => {
    const late = pdfText(await renderReportPdf({ ...input, generatedAt: "2027-05-02T09:00:00.000Z" }), ["-raw"]).replace(/\s+/g, " ");
    expect(late).toContain("The continuity programme was last reviewed by top management on 15 Oct 2026; the next was due on 15 Apr 2027 and is OVERDUE: no later review had been recorded on 2 May 2027.");
    expect(late).not.toContain("the next is due on 15 Apr 2027");
    // On its day it is still due, not overdue (the reviews page's rule).
    const onTheDay = pdfText(await renderReportPdf({ ...input, generatedAt: "2027-04-15T23:00:00.000Z" }), ["-raw"]).replace(/\s+/g, " ");
    expect(onTheDay).toContain("the next is due on 15 Apr 2027.");
  });

  it("marks the response team's roles that lead the response in the ERT table", async () => {
    const input = sampleReportInput({ systems: 1, functions: 1, itemsPerRegister: 0 });
    const [lead] = input.snapshot.committee.ertRoles;
    input.snapshot.committee.ertRoles = [lead, { id: "ert-2", title: "IT recovery lead", responsibilities: "Restores the servers.", primary: lead.primary, alternate: lead.alternate }];
    const text = pdfText(await renderReportPdf(input), ["-raw"]).replace(/\s+/g, " ");
    expect(text).toContain("Incident commander (leads the response)");
    expect(text).toContain("IT recovery lead Restores the servers.");
    expect(text).not.toContain("IT recovery lead (leads the response)");
  });

  it("gives each call-list entry's numbers where the Activation chapter says whom to notify, and the responsible's contact for a checklist step", async () => {
    const input = sampleReportInput({ systems: 1, functions: 1, itemsPerRegister: 0 });
    const lead = input.snapshot.committee.ertRoles[0].primary!;
    input.people = { "person-tom": "Tom Reed" };
    input.snapshot.inventories.items = [
      { id: "call-1", kind: "call_list", label: "1 — Tom Reed", expiresOn: null, data: { order: 1, person: "person-tom", role: "Warehouse", primaryPhone: "07700 900103", alternatePhone: "0117 496 0872" } },
      { id: "call-2", kind: "call_list", label: "2 — Ann Lee", expiresOn: null, data: { order: 2, person: "person-ann", primaryPhone: "07700 900104", alternatePhone: "" } },
      { id: "step-1", kind: "notification_checklist", label: "1 — Insurer", expiresOn: null, data: { step: 1, notify: "Insurer", responsible: lead.id, when: "within 1 hour", method: "Phone" } },
    ];
    const text = pdfText(await renderReportPdf(input), ["-raw"]).replace(/\s+/g, " ");
    const notification = text.slice(text.indexOf("Notification Register"), text.indexOf("Recovery tiers"));
    expect(notification).toContain("Call list 1 — Tom Reed primary 07700 900103, alternate 0117 496 0872");
    expect(notification).toContain("Call list 2 — Ann Lee primary 07700 900104");
    expect(notification).toContain(`Notification checklist 1 — Insurer Phone, within 1 hour; responsible: ${lead.name} — ${contactText(lead).replace(/\s+/g, " ")}`);
  });

  it("lists every version of the plan on the approval page, the rendered one marked, in the pages' words", async () => {
    const later = {
      ...input,
      version: { ...input.version!, status: "superseded" },
      versions: [
        { number: 3, status: "submitted", submittedAt: "2027-03-01T09:00:00.000Z", submittedBy: "Alex Morgan", decidedAt: null, hash: "c".repeat(64) },
        { number: 2, status: "approved", submittedAt: "2027-01-10T09:00:00.000Z", submittedBy: "Tom Reed", decidedAt: "2027-01-12T16:00:00.000Z", hash: "b".repeat(64) },
        ...input.versions.map((v) => ({ ...v, status: "superseded" })),
      ],
    };
    const raw = pdfText(await renderReportPdf(later), ["-raw"]).replace(/\s+/g, " ");
    const history = raw.slice(raw.indexOf("Version history"));
    expect(history).toContain(`Version 3 Awaiting approval 1 Mar 2027, 09:00 UTC by Alex Morgan — ${"c".repeat(16)}…`);
    expect(history).toContain(`Version 2 Approved 10 Jan 2027, 09:00 UTC by Tom Reed 12 Jan 2027, 16:00 UTC ${"b".repeat(16)}…`);
    expect(history).toContain(`Version 1 (this report) Superseded 25 Nov 2026, 12:00 UTC by Priya Shah 25 Nov 2026, 12:00 UTC ${"a".repeat(16)}…`);
    // A superseded version names the one that replaced it; decisions read as the pages say them.
    expect(raw).toContain("Version 2, approved 12 Jan 2027, 16:00 UTC, has replaced it: this approval no longer holds.");
    expect(raw).toMatch(/Daniel Okafor \(daniel\.okafor@harbourlane\.example\) Approved 25 Nov 2026/);
  });

  it("names on a version awaiting approval the approvers still to decide, and its status in the pages' words throughout", async () => {
    const pending = {
      ...input,
      version: { ...input.version!, status: "submitted", decidedAt: null, approvedForDays: null, awaiting: ["Grace Hopper", "Tom Reed"] },
      versions: input.versions.map((v) => ({ ...v, status: "submitted", decidedAt: null })),
    };
    const text = pdfText(await renderReportPdf(pending), ["-raw"]).replace(/\s+/g, " ");
    // Daniel Okafor has approved (the decisions table says so); the version waits for the other two.
    expect(text).toContain("It awaits the decisions of Grace Hopper and Tom Reed.");
    // The cover, every page's header and the approval page say what the version history says.
    expect(text).toContain("Version 1, status: awaiting approval.");
    expect(text).not.toContain("submitted)");
    expect(text).not.toContain("status: submitted");
    for (const page of pages(await renderReportPdf(pending)).filter((p) => p.trim())) expect(page).toContain("Version 1 (awaiting approval)");
  });

  it("says a withdrawn version was withdrawn on its day, as its page does, never that it was decided", async () => {
    const withdrawn = {
      ...input,
      version: { ...input.version!, status: "withdrawn", decidedAt: "2026-11-26T08:30:00.000Z", approvedForDays: null },
      versions: input.versions.map((v) => ({ ...v, status: "withdrawn", decidedAt: "2026-11-26T08:30:00.000Z" })),
      approvals: [],
    };
    const raw = pdfText(await renderReportPdf(withdrawn), ["-raw"]).replace(/\s+/g, " ");
    // Whitespace aside: the line may wrap after the semicolon, where pdftotext keeps no space.
    expect(raw.replace(/\s/g, "")).toContain("Submitted by Priya Shah on 25 Nov 2026, 12:00 UTC; withdrawn 26 Nov 2026, 08:30 UTC, before every approver had decided.".replace(/\s/g, ""));
    expect(raw).toContain("No approver decided before it was withdrawn.");
    expect(raw).not.toContain("decided 26 Nov 2026");
    const history = raw.slice(raw.indexOf("Version history"));
    expect(history).toContain(`Version 1 (this report) Withdrawn 25 Nov 2026, 12:00 UTC by Priya Shah Not decided: withdrawn 26 Nov 2026, 08:30 UTC ${"a".repeat(16)}…`);
  });

  it("says of a stored version that the plan has changed since it, as of the report, and nothing when it has not", async () => {
    const said = "The plan has changed since this version was submitted (as of this report, 25 Nov 2026, 12:00 UTC): the report shows version 1 as submitted, not the plan as it is now.";
    expect(pdfText(await renderReportPdf({ ...input, planChangedSince: true }), ["-raw"]).replace(/\s+/g, " ")).toContain(said);
    expect(pdfText(approved, ["-raw"]).replace(/\s+/g, " ")).not.toContain("The plan has changed since this version");
  });

  it("marks a draft DRAFT on every page and says it changed since approval", async () => {
    const text = pages(await renderReportPdf(sampleReportInput({ draft: true }))).filter((p) => p.trim());
    expect(text.join("\n")).toContain("The plan has changed since approval.");
    for (const page of text) expect(page).toContain("DRAFT");
  });

  it("lists on a draft's approval page what changed since the approved version, in the comparison's words, the rest left to the app", async () => {
    const draft = sampleReportInput({ draft: true });
    const approval = (text: string) => text.split("\f").find((p) => p.includes("This report shows the current draft"))!.replace(/\s+/g, " ");
    const page = approval(pdfText(await renderReportPdf(draft), ["-raw"]));
    expect(page).toContain("What changed since version 1 was approved None of this is approved until a new version is. 1 change, as Continuity's comparison lists them.");
    expect(page).toContain(`Systems: IT systems ${systemName(0)}: Used storage (GB): 200 -> 250`);
    // A plan rewritten since: the first rows, and how many more the app lists.
    const many = Array.from({ length: 90 }, (_, i) => ({ id: `t${i}`, label: `Threat ${i}` }));
    const rewritten = { ...draft, changesSinceApproval: [{ stage: "Risk assessment", title: "Threats", added: many, removed: [], changed: [] }] };
    const text = pdfText(await renderReportPdf(rewritten), ["-raw"]).replace(/\s+/g, " ");
    expect(text).toContain("Risk assessment: Threats Added: Threat 79");
    expect(text).not.toContain("Added: Threat 80");
    expect(text).toContain(`10 more not listed here: the plan's Approval page in Continuity lists them all ("What changed since version 1 was approved").`);
    // Unchanged since the approval: nothing is listed.
    expect(pdfText(await renderReportPdf({ ...draft, changedSinceApproval: false }))).not.toContain("What changed since version 1");
  });

  it("says in the distribution register which copies hold a superseded or unapproved version, as of the report", async () => {
    const input = sampleReportInput({ systems: 1, functions: 1, itemsPerRegister: 0 });
    input.versions = [
      { number: 3, status: "rejected", submittedAt: ISO_DAY, submittedBy: "Priya Shah", decidedAt: ISO_DAY, hash: "c".repeat(64) },
      { number: 2, status: "approved", submittedAt: ISO_DAY, submittedBy: "Priya Shah", decidedAt: ISO_DAY, hash: "b".repeat(64) },
      { number: 1, status: "superseded", submittedAt: ISO_DAY, submittedBy: "Priya Shah", decidedAt: ISO_DAY, hash: "a".repeat(64) },
    ];
    const copy = (copyNumber: number, planVersion: number) => ({
      id: `copy-${copyNumber}`, kind: "distribution", label: `${copyNumber}`, expiresOn: null,
      data: { copyNumber, holder: "person-1", format: "Printed", planVersion, issuedOn: "2026-10-20" },
    });
    input.snapshot.inventories.items.push(copy(1, 1), copy(2, 2), copy(3, 3));
    const text = pdfText(await renderReportPdf(input), ["-raw"]).replace(/\s+/g, " ");
    expect(text).toContain("1 Person 1 Printed — Version 1 (superseded by version 2) 20 Oct 2026");
    expect(text).toContain("2 Person 1 Printed — Version 2 20 Oct 2026");
    expect(text).toContain("3 Person 1 Printed — Version 3 (not approved) 20 Oct 2026");
  });

  it("says which registers with entries were not reviewed within the organisation's review period, as the overview counts them", async () => {
    const input = sampleReportInput({ systems: 1, functions: 1, itemsPerRegister: 1 });
    const register = (kind: string) => input.snapshot.inventories.registers.find((r) => r.kind === kind)!;
    register("office_supplies").lastReviewedAt = "2025-06-12T00:00:00.000Z";
    register("forms").lastReviewedAt = null;
    input.snapshot.inventories.items = input.snapshot.inventories.items.filter((i) => i.kind !== "telephones");
    register("telephones").lastReviewedAt = null;
    const text = pdfText(await renderReportPdf(input), ["-raw"]).replace(/\s+/g, " ");
    const due = "REVIEW DUE: not reviewed within the review period (every 365 days) on 25 Nov 2026.";
    expect(text.split(due)).toHaveLength(3);
    expect(text).toContain(`Supplies to have at hand when working from a temporary location. Owner: none; last reviewed: 12 Jun 2025. ${due}`);
    expect(text).toContain(`Pre-printed and electronic forms the business cannot work without. Owner: none; last reviewed: —. ${due}`);
  });

  it("says why an unchanged draft's hash differs from the approved version's", async () => {
    const input = { ...sampleReportInput({ draft: true }), changedSinceApproval: false };
    const text = pdfText(await renderReportPdf(input), ["-raw"]).replace(/\s+/g, " ");
    expect(text).toContain("The content has not changed since version 1 was approved.");
    expect(text).toContain("The two hashes differ all the same: a draft's snapshot includes the recovery readiness as assessed when this report was made");
  });

  it("shows a breached RTO as breached, in the matrix and the findings with their fix", async () => {
    // The matrix as laid out on the page: its one-line rows are set in bands (see kit.tsx), whose
    // text runs column by column in the file.
    expect(pdfText(approved)).toMatch(/SYS-0007 .*BREACHED/);
    const text = pdfText(approved, ["-raw"]);
    expect(text).toContain("SYS-0007 is ready after");
    expect(text).toContain("restore it earlier or add a replica");
    expect(text).toContain("Systems lacking evidence of a restore point: SYS-0000");
  });

  it("says where an RTO passed down a dependency comes from, before the matrix and in its findings", async () => {
    const inherited = sampleReportInput({ systems: 8, functions: 2, itemsPerRegister: 0 });
    inherited.snapshot.recovery.inheritedRto = [{ system: "SYS-0007", minutes: 240, functionName: "Function 1", through: ["SYS-0006"] }];
    const text = pdfText(await renderReportPdf(inherited), ["-raw"]).replace(/\s+/g, " ");
    const sentence = "RTO 4 h, inherited from SYS-0006, which depends on it (the RTO of Function 1).";
    expect(text).toContain(`RTO targets passed down from a system that depends on them: SYS-0007: ${sentence}`);
    expect(text).toContain(`restore it earlier or add a replica. ${sentence}`);
  });

  it("says in the readiness chapter which consistency group the model left out, and why", async () => {
    const input = sampleReportInput({ systems: 8, functions: 2, itemsPerRegister: 0 });
    input.snapshot.recovery.leftOutGroups = [{ group: "Finance core", key: "finance-core", modelled: ["SQL01"], leftOut: [{ system: "ERP-APP", missing: null }] }];
    const text = pdfText(await renderReportPdf(input), ["-raw"]).replace(/\s+/g, " ");
    expect(text).toContain("Consistency group Finance core is left out: only SQL01 of its systems can be modelled (ERP-APP has no host).");
    // A snapshot taken before groups were left out has no such list, and says nothing of it.
    delete (input.snapshot.recovery as { leftOutGroups?: unknown }).leftOutGroups;
    expect(pdfText(await renderReportPdf(input), ["-raw"])).not.toContain("is left out:");
  });

  it("says None recorded for an empty stage", async () => {
    const empty = sampleReportInput({ systems: 1, functions: 1, itemsPerRegister: 0 });
    empty.snapshot.sections = [];
    const text = pdfText(await renderReportPdf(empty));
    expect(text).toContain("None recorded.");
  });

  it("says a consistency group left with one system has nothing to keep consistent", async () => {
    const small = sampleReportInput({ systems: 1, functions: 1, itemsPerRegister: 0 });
    small.snapshot.priorities.consistencyGroups = [
      { id: "g1", key: "erp", name: "ERP pair", maxSkewMinutes: 15, systems: [{ id: "s1", name: "SQL01" }, { id: "s2", name: "ERP-APP" }] },
      { id: "g2", key: "wms", name: "WMS pair", maxSkewMinutes: 15, systems: [{ id: "s3", name: "WMS01" }] },
    ];
    const text = pdfText(await renderReportPdf(small), ["-raw"]).replace(/\s+/g, " ");
    expect(text).toContain("ERP pair 15 min SQL01, ERP-APP");
    expect(text).toContain("WMS pair 15 min Only WMS01 is left in this group, so there is nothing to keep consistent");
  });

  it("names the BIA appendix's grid rows by the organisation's categories then, leaving out removed ones", async () => {
    const input = sampleReportInput({ systems: 1, functions: 1, itemsPerRegister: 0 });
    input.snapshot.bia.impactCategories = [{ key: "reputational", label: "Brand and trust" }, { key: "health_and_safety", label: "Health and safety" }];
    const grid = pdfText(await renderReportPdf(input)).split("\f").find((page) => page.includes("Impact over time"))!;
    expect(grid).toMatch(/Function 0\s+Brand and trust\s+none/);
    expect(grid).not.toMatch(/financial|Financial/);
    // A version frozen before categories were configurable: what its grids rate, by the built-in names.
    input.snapshot.bia.impactCategories = undefined;
    const old = pdfText(await renderReportPdf(input)).split("\f").find((page) => page.includes("Impact over time"))!;
    expect(old).toMatch(/Function 0\s+Financial\s+minor/);
    expect(old).toMatch(/Function 0\s+Reputational\s+none/);
  });

  it("writes the BIA's outage lengths, targets and cost as the BIA pages do: weeks, hours and pounds", async () => {
    const input = sampleReportInput({ systems: 1, functions: 1, itemsPerRegister: 0 });
    Object.assign(input.snapshot.bia.functions[0], {
      impactGrid: { financial: { "60": "minor", "10080": "major", "20160": "severe" } },
      mtdMinutes: 10080,
      rtoMinutes: 240,
      costPerHour: 1800,
    });
    const text = pdfText(await renderReportPdf(input), ["-raw"]);
    const appendix = text.slice(text.lastIndexOf("Impact over time"));
    const grid = appendix.slice(0, appendix.indexOf("Recovery targets per function"));
    expect(grid).toMatch(/1 h\s+1 week\s+2 weeks/);
    expect(grid).not.toMatch(/7 days|14 days/);
    const targets = appendix.slice(appendix.indexOf("Recovery targets per function")).replace(/\s+/g, " ");
    expect(targets).toMatch(/Function 0 .*1 week 4 h 1 day 1 h £1,800/);
    const priorities = text.slice(text.indexOf("Recovery priorities and sequence")).replace(/\s+/g, " ");
    expect(priorities).toMatch(/Function 0 .*4 h 1 week/);
  });

  it("flags the functions whose targets fail the BIA page's soundness checks in the BIA appendix, as the BIA list does", async () => {
    const input = sampleReportInput({ systems: 1, functions: 3, itemsPerRegister: 0 });
    const [rtoOver, wrtOver] = input.snapshot.bia.functions;
    Object.assign(rtoOver, { mtdMinutes: 240, rtoMinutes: 480, wrtMinutes: 60 });
    Object.assign(wrtOver, { mtdMinutes: 300, rtoMinutes: 240, wrtMinutes: 120 });
    const text = pdfText(await renderReportPdf(input), ["-raw"]).replace(/\s+/g, " ");
    const targets = text.slice(text.lastIndexOf("Recovery targets per function"));
    expect(targets).toContain("2 functions' targets fail a soundness check (NIST SP 800-34: the RTO must be shorter than the MTD, and RTO + WRT must fit in it)");
    expect(targets).toMatch(/Function 0 .*RTO not shorter than MTD/);
    expect(targets).toMatch(/Function 1 .*RTO \+ WRT exceed MTD/);
    expect(targets).toMatch(/Function 2 .*Customer orders met/);
  });

  it("states the scope once: the plan's scope, then what the Scope section adds; None recorded only when neither says anything", async () => {
    // The text of §1 between its Scope and Assumptions headings.
    const scopeOf = async (description: string, written: string | null) => {
      const input = sampleReportInput({ systems: 1, functions: 1, itemsPerRegister: 0 });
      input.snapshot.plan.description = description;
      if (written !== null) input.snapshot.sections.push({ id: "s-scope", key: "scope", body: written });
      const raw = pdfText(await renderReportPdf(input), ["-raw"]);
      const chapter = raw.slice(raw.lastIndexOf("1. Introduction and scope"));
      return chapter.slice(chapter.indexOf("\nScope\n") + "\nScope\n".length, chapter.indexOf("\nAssumptions\n")).trim().split("\n");
    };
    const practices = "All three Riverside practices: clinical records, imaging, appointments, billing.";
    expect(await scopeOf(practices, null)).toEqual([practices]);
    expect(await scopeOf(practices, "Leaves out the staff car park.")).toEqual([practices, "Leaves out the staff car park."]);
    expect(await scopeOf("", "Leaves out the staff car park.")).toEqual(["Leaves out the staff car park."]);
    expect(await scopeOf("", null)).toEqual(["None recorded."]);
  });

  it("writes every duration one way: a target reads alike in the BIA appendix, the recovery chapter and the readiness tables", async () => {
    const input = sampleReportInput({ systems: 2, functions: 1, itemsPerRegister: 0 });
    // Typed as 1w, 25h, 8h and 2w: stored in minutes, as every duration is.
    Object.assign(input.snapshot.bia.functions[0], { rtoMinutes: 10080, rpoMinutes: 1500, wrtMinutes: 480, mtdMinutes: 20160 });
    const [headOffice, oneVm] = input.snapshot.risks.scenarios;
    headOffice.declareMinutes = 120;
    oneVm.declareMinutes = 60;
    const sys = input.snapshot.recovery.assessment!.scenarios.find((sc) => sc.id === "site-loss")!.systems[0];
    Object.assign(sys.rpo, { worstCaseMinutes: 2000, target: 1500, status: "breached" });
    Object.assign(sys.rto, { achievableMinutes: 10200, ready: 10200, target: 10080, status: "breached" });
    const bytes = await renderReportPdf(input);
    const raw = pdfText(bytes, ["-raw"]).replace(/\s+/g, " ");

    const activation = raw.slice(raw.lastIndexOf("Scenarios that activate the plan"));
    expect(activation).toContain("Head office lost Sites lost 2 h Fire at the head office.");
    expect(activation).toContain("One VM lost One system lost 1 h —");
    const targets = raw.slice(raw.lastIndexOf("Recovery targets per function"));
    expect(targets).toMatch(/Function 0 Chilled deliveries 2 weeks 1 week 1 day 1 h 8 h £1,200/);
    const priorities = raw.slice(raw.lastIndexOf("Recovery priorities and sequence"));
    expect(priorities).toMatch(/Function 0 Tier 1 1 week 2 weeks/);
    // The readiness table used the engine's words ("7 days") beside the BIA's ("1 week", "25 h").
    const readiness = raw.slice(raw.indexOf("Scenario: Head office lost"));
    expect(readiness).toContain("SYS-0000 1 day 9 h 20 min 1 day 1 h BREACHED 7 days 2 h 1 week BREACHED");
    expect(raw).not.toContain("25 h");

    // Every duration is drawn as a number, a space and a unit: no "4h" or "120min" as one word.
    // (pdftotext -layout may close up "4 h" in a narrow column; the words drawn say otherwise.)
    const words = [...pdfText(bytes, ["-bbox"]).matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((m) => m[1]);
    expect(words).toContain("BREACHED");
    expect(words.filter((w) => /^\d+(?:\.\d+)?(?:h|min|d|w|day|days|week|weeks)$/.test(w))).toEqual([]);
  });

  it("claims nothing about restore points or objectives for a plan with no systems or scenarios", async () => {
    const empty = sampleReportInput({ systems: 0, functions: 0, itemsPerRegister: 0 });
    empty.snapshot.recovery.assessment!.scenarios = [];
    const text = pdfText(await renderReportPdf(empty));
    expect(text).toContain("Nothing to assess: no systems or scenarios yet.");
    expect(text).toContain("across 0 scenarios.");
    expect(text).not.toContain("Every modelled system has evidence of a restore point.");
  });

  it("gives each test's objectives, success criteria, scope, participants and the full SHA-256 of its evidence", async () => {
    const withTest = sampleReportInput({ systems: 1, functions: 1, itemsPerRegister: 0 });
    const sha = "0123456789abcdef".repeat(4);
    Object.assign(withTest.snapshot.tests.exercises[0], {
      objectives: "Restore the ERP within its four-hour RTO",
      successCriteria: "Orders can be keyed again",
      participants: [{ id: "person-1", name: "Priya Shah" }, { id: "person-2", name: "Alex Morgan" }],
      systems: [{ id: "sys-0", name: "ERP-APP" }],
      functions: [{ id: "fn-0", name: "Order taking" }],
      attachments: [{ id: "att-1", fileName: "restore.log", contentType: "text/plain", sizeBytes: 2048, sha256: sha }],
    });
    const text = pdfText(await renderReportPdf(withTest), ["-raw"]).replace(/[ \t]+/g, " ");
    expect(text).toContain("Objectives: Restore the ERP within its four-hour RTO");
    expect(text).toContain("Success criteria: Orders can be keyed again");
    expect(text).toContain("Scope: scenarios Head office lost; systems ERP-APP; functions Order taking");
    expect(text).toContain("Participants: Priya Shah, Alex Morgan");
    expect(text).toContain("restore.log (text/plain, 2.0 KB)");
    expect(text).toContain(`SHA-256 ${sha}`);
  });

  it("sets a long table's one-line rows as rows: each row's cells on its line, in their columns", async () => {
    const input = sampleReportInput({ systems: 40 });
    const lines = pdfText(await renderReportPdf(input)).split("\n");
    const siteLoss = input.snapshot.recovery.assessment!.scenarios.find((sc) => sc.id === "site-loss")!;
    // The sample's systems all miss their RPO there, so each has its row.
    for (const x of siteLoss.systems) {
      const row = lines.map((l) => l.trim().split(/\s{2,}/)).find((cells) => cells[0] === x.id && cells.length === 8);
      expect(row, x.id).toEqual([
        x.id,
        duration(x.rpo.worstCaseMinutes),
        duration(x.rpo.target),
        status(x.rpo.status),
        duration(x.rto.achievableMinutes),
        duration(x.rto.target),
        status(x.rto.status),
        x.rto.host,
      ]);
    }
  });

  it("tables a scenario's systems that miss a target, worst first, and names every other affected system once", async () => {
    const input = sampleReportInput({ systems: 8, functions: 2, itemsPerRegister: 0 });
    const siteLoss = input.snapshot.recovery.assessment!.scenarios.find((sc) => sc.id === "site-loss")!;
    const state = (value: number | null, target: number | null) => (target === null ? "no-target" : value !== null && value <= target ? "met" : "breached");
    // Worst-case RPO and its target, achievable RTO and its target (minutes; null: unbounded or none).
    const set = (i: number, [rpo, rpoTarget]: [number | null, number | null], [rto, rtoTarget]: [number | null, number | null]) => {
      const x = siteLoss.systems[i];
      Object.assign(x.rpo, { worstCaseMinutes: rpo, target: rpoTarget, status: state(rpo, rpoTarget) });
      Object.assign(x.rto, { achievableMinutes: rto, ready: rto, target: rtoTarget, status: state(rto, rtoTarget) });
    };
    // Never ready, with a target and without; over by 1 h and by 3 h; met; one target met and none
    // set for the other; no target at all; and one the scenario leaves running.
    set(0, [600, 1440], [null, 240]);
    set(6, [600, null], [null, null]);
    set(1, [600, 1440], [300, 240]);
    set(2, [1620, 1440], [120, 240]);
    set(3, [600, 1440], [120, 240]);
    set(4, [600, 1440], [120, null]);
    set(5, [600, null], [120, null]);
    const left = siteLoss.systems[7];
    left.affected = false;
    left.rpo.status = "not-affected";
    left.rto.status = "not-affected";
    const bytes = await renderReportPdf(input);

    const raw = pdfText(bytes, ["-raw"]).replace(/\s+/g, " ");
    const section = raw.slice(raw.indexOf("Scenario: Head office lost"), raw.indexOf("Recovery timeline — Head office lost"));
    expect(section).toContain("7 of 8 modelled systems are affected.");
    expect(section).toContain("Not affected: SYS-0007.");
    expect(section).toContain("Systems that miss a target");
    expect(section).not.toContain("Recovery objectives per affected system");
    expect(section).toContain("Affected systems that meet every target they have (2): SYS-0003, SYS-0004.");
    expect(section).toContain("Affected systems with no RPO or RTO target, so nothing to check them against (1): SYS-0005.");
    for (let i = 0; i < 8; i++) expect(section.split(`SYS-000${i}`).length - 1, `SYS-000${i}`).toBe(1);

    // The table: never back first (by name), then the largest overrun; the values, never a dash.
    // (pdftotext may close up "4 h" in a narrow column: the cells are compared without spaces.)
    const lines = pdfText(bytes).split("\n");
    const top = lines.findIndex((l) => l.includes("Systems that miss a target"));
    const end = lines.findIndex((l, i) => i > top && l.includes("Affected systems that meet"));
    const rows = lines
      .slice(top, end)
      .map((l) => l.trim().split(/\s{2,}/))
      .filter((cells) => cells[0].startsWith("SYS-"))
      .map((cells) => cells.map((c) => c.replace(/\s/g, "")));
    expect(rows).toEqual([
      ["SYS-0000", "10h", "1day", "met", "never", "4h", "BREACHED", "standby"],
      ["SYS-0006", "10h", "—", "notarget", "never", "—", "norecovery", "standby"],
      ["SYS-0002", "1day3h", "1day", "BREACHED", "2h", "4h", "met", "standby"],
      ["SYS-0001", "10h", "1day", "met", "5h", "4h", "BREACHED", "standby"],
    ]);
  });

  it("says so when no affected system misses a target, instead of an empty table", async () => {
    const input = sampleReportInput({ systems: 3, functions: 1, itemsPerRegister: 0 });
    const siteLoss = input.snapshot.recovery.assessment!.scenarios.find((sc) => sc.id === "site-loss")!;
    for (const x of siteLoss.systems) {
      Object.assign(x.rpo, { worstCaseMinutes: 600, status: "met" });
      Object.assign(x.rto, { achievableMinutes: 60, ready: 60, target: 240, status: "met" });
    }
    const raw = pdfText(await renderReportPdf(input), ["-raw"]).replace(/\s+/g, " ");
    const section = raw.slice(raw.indexOf("Scenario: Head office lost"), raw.indexOf("Recovery timeline — Head office lost"));
    expect(section).toContain("Systems that miss a target No affected system misses a target in this scenario.");
    expect(section).toContain("Affected systems that meet every target they have (3): SYS-0000, SYS-0001, SYS-0002.");
    expect(section).not.toContain("RPO worst case");
  });

  it("spaces a band's rows as evenly as rows laid out one by one, so they meet the rules between them", async () => {
    const html = pdfText(await renderReportPdf(sampleReportInput({ systems: 40 })), ["-bbox"]);
    let even = 0;
    for (const page of html.split("<page ").slice(1)) {
      // System names at a table's left edge (page padding 44, border, cell padding): restore-point
      // ages, then the matrix, top to bottom; the timeline's labels sit elsewhere.
      const tops = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>SYS-\d{4}<\/word>/g)]
        .filter((m) => Math.abs(Number(m[1]) - 47.5) < 0.1)
        .map((m) => Number(m[2]));
      for (let i = 1; i < tops.length; i += 1) {
        const step = tops[i] - tops[i - 1];
        // A row's height, or the gap between two tables; never a row drifting off its rule.
        expect(Math.abs(step - ROW_HEIGHT) < 0.01 || step > 2 * ROW_HEIGHT, `${step}`).toBe(true);
        if (Math.abs(step - ROW_HEIGHT) < 0.01) even += 1;
      }
    }
    expect(even).toBeGreaterThan(60);
  });

  it("sets a paragraph's wrapped lines at its own line height (9 pt × 1.35), not 24 pt apart", async () => {
    const input = sampleReportInput();
    input.snapshot.sections[0].body = "The plan keeps the business delivering chilled food after a disaster, and so on ".repeat(12).trim();
    // Lines at the page's left margin (44 pt) that go on a sentence (start in lower case) are a
    // paragraph's second and later lines: their distance from the line above is its line height.
    const steps: number[] = [];
    for (const page of pdfText(await renderReportPdf(input), ["-bbox-layout"]).split("<page ").slice(1)) {
      const lines = [...page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>\s*<word[^>]*>([^<]*)<\/word>/g)]
        .map((m) => ({ x: Number(m[1]), top: Number(m[2]), first: m[3] }))
        .sort((a, b) => a.top - b.top);
      for (let i = 1; i < lines.length; i += 1) {
        if (Math.abs(lines[i].x - 44) < 0.5 && /^[a-z]/.test(lines[i].first)) steps.push(lines[i].top - lines[i - 1].top);
      }
    }
    expect(steps.length).toBeGreaterThan(5);
    for (const step of steps) expect(step).toBeCloseTo(BODY.fontSize * BODY.lineHeight, 1);
  });

  it("ranks and tiers the functions as the Priorities page does: MTD, then cost, a manual rank at its place, a tier from the RTO", async () => {
    const input = sampleReportInput({ functions: 4 });
    const tiers = [
      { id: "t0", name: "Tier 0", maxRtoMinutes: 60, description: "" },
      { id: "t1", name: "Tier 1", maxRtoMinutes: 480, description: "" },
    ];
    input.snapshot.priorities.tiers = tiers;
    const [a, b, c, d] = input.snapshot.bia.functions;
    Object.assign(a, { name: "Long outage", mtdMinutes: 2880, rtoMinutes: 30, tier: null });
    Object.assign(b, { name: "Cheap", mtdMinutes: 240, costPerHour: 100, rtoMinutes: 120, tier: null });
    Object.assign(c, { name: "Dear", mtdMinutes: 240, costPerHour: 900, rtoMinutes: 240, tier: { id: "t0", name: "Tier 0" } });
    Object.assign(d, { name: "Boss says first", mtdMinutes: 1440, rtoMinutes: null, manualRank: 1, manualRankReason: "Contract", tier: null });
    const text = pdfText(await renderReportPdf(input));
    const table = text.slice(text.indexOf("Recovery priorities and sequence"));
    const rows = ["1 +Boss says first +—", "2 +Dear +Tier 0", "3 +Cheap +Tier 1", "4 +Long outage +Tier 0"];
    const at = rows.map((row) => table.search(new RegExp(row)));
    expect(at.every((i) => i >= 0), rows.join(" / ")).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
  });

  it("gives inventory figures with their units, as the register's page does", async () => {
    const input = sampleReportInput({ itemsPerRegister: 1 });
    const item = (kind: string) => input.snapshot.inventories.items.find((i) => i.kind === kind)!;
    Object.assign(item("insurance").data as object, { limit: 4500000 });
    Object.assign(item("equipment").data as object, { leadTimeDays: 5 });
    const text = pdfText(await renderReportPdf(input), ["-raw"]).replace(/\s+/g, " ");
    expect(text).toContain("£4,500,000");
    expect(text).toContain("5 days");
    expect(text).not.toContain("4500000");
  });

  it("names codes in the web pages' words: scenario kinds, committee roles, test types and results, finding codes and severities", async () => {
    const input = sampleReportInput();
    const snap = input.snapshot;
    snap.risks.scenarios.push({ ...(snap.risks.scenarios[0] ?? {}), id: "sc-x", key: "rw", name: "Ransomware attack", kind: "ransomware", description: "", declareMinutes: 0 } as (typeof snap.risks.scenarios)[number]);
    const text = pdfText(await renderReportPdf(input), ["-raw"]).replace(/\s+/g, " ");
    expect(text).toContain("Ransomware attack Ransomware");
    expect(text).toContain("Parallel");
    expect(text).toContain("Passed with findings");
    expect(text).toContain("RTO breached");
    expect(text).toContain("Medium");
    for (const code of ["RTO BREACHED", "passed with findings", "parallel "]) expect(text).not.toContain(code);
  });

  it("cuts a word too wide for its column over lines, after its @ or a dot, instead of running it into the next column", async () => {
    const input = sampleReportInput({ itemsPerRegister: 1 });
    const address = "catastrophe-claims.department@underwriting-services.example";
    Object.assign(input.snapshot.inventories.items.find((i) => i.kind === "insurance")!.data as object, { contactEmail: address });
    const words = [...pdfText(await renderReportPdf(input), ["-bbox"]).matchAll(/xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>([^<]*)</g)].map(([, xMin, xMax, text]) => ({
      xMin: Number(xMin),
      xMax: Number(xMax),
      text,
    }));
    const first = words.findIndex((w) => w.text.startsWith("catastroph"));
    expect(first).toBeGreaterThan(-1);
    // The address's pieces follow one another down its own column, and together they are the address.
    const pieces = words.slice(first).filter((w) => Math.abs(w.xMin - words[first].xMin) < 0.5);
    let joined = "";
    const used = [];
    for (const piece of pieces) {
      if (joined.length >= address.length) break;
      joined += piece.text;
      used.push(piece);
    }
    expect(joined).toBe(address);
    expect(used.length).toBeGreaterThan(1);
    // The claims e-mail is the register's last column: before, the address ran past the table's
    // right edge (the page's margin) and was cut off there.
    const tableRight = 595.28 - 44;
    for (const piece of used) expect(piece.xMax).toBeLessThan(tableRight);
    // A piece ends after a separator where one falls late enough in it.
    expect(used.some((p) => /[@.-]$/.test(p.text))).toBe(true);
  });

  it("opens the readiness chapter with each scenario at a glance, counted from the assessment", async () => {
    const text = pdfText(approved);
    const page = text.split("\f").find((p) => p.includes("Each scenario at a glance"))!;
    expect(page).toBeDefined();
    const assessment = input.snapshot.recovery.assessment!;
    for (const sc of assessment.scenarios) {
      const affected = sc.systems.filter((x) => x.affected);
      const row = [
        `${affected.length} of ${sc.systems.length}`,
        affected.filter((x) => x.rpo.status === "breached").length,
        affected.filter((x) => x.rto.status === "breached").length,
        sc.processes.filter((p) => p.mtdOk === false).length,
        assessment.findings.filter((f) => f.scenario === sc.id && f.severity === "error").length,
      ].join(" +");
      const name = input.snapshot.risks.scenarios.find((x) => x.key === sc.id)?.name ?? sc.id;
      expect(page, name).toMatch(new RegExp(`${name} +${row}`));
    }
  });

  it("names in the test history the scenarios not tested successfully within the cadence", async () => {
    const text = pdfText(approved, ["-raw"]).replace(/\s+/g, " ");
    expect(text).toMatch(/Not tested successfully within the cadence \(every 180 days\) on \d{1,2} [A-Z][a-z]{2,3} \d{4}: One VM lost \(never tested\)\./);
    const tested = sampleReportInput();
    for (const e of tested.snapshot.tests.exercises) e.scenarios = tested.snapshot.risks.scenarios.map(({ id, key, name }) => ({ id, key, name }));
    expect(pdfText(await renderReportPdf(tested), ["-raw"]).replace(/\s+/g, " ")).toContain("Every scenario was tested successfully within the cadence (every 180 days).");
  });

  it("holds each measured restore against its system's targets and claims no success for a test that missed them", async () => {
    const input = coldStoreInput();
    const text = pdfText(await renderReportPdf(input), ["-raw"]).replace(/\s+/g, " ");
    expect(text).not.toContain("tested successfully");
    expect(text).toContain(
      "Every scenario was tested within the cadence (every 365 days), but not every scenario's last test met its targets: Cold store lost (25 Nov 2026: 1 measured restore missed its target).",
    );
    expect(text).toContain("Result: Passed, but 1 measured restore missed its target");
    // The RTO passed down from a dependent system (45 min), not its function's own 4 h.
    expect(text).toMatch(/COLD-MON nas-av 1 h 30 min RTO 45 min: missed by 45 min 1 h RPO 5 min: missed by 55 min/);
    const met = coldStoreInput();
    Object.assign(met.snapshot.tests.exercises[0].measurements[0], { restoreMinutes: 40, dataLossMinutes: 5 });
    const metText = pdfText(await renderReportPdf(met), ["-raw"]).replace(/\s+/g, " ");
    expect(metText).toContain("Every scenario was tested successfully within the cadence (every 365 days).");
    expect(metText).toMatch(/COLD-MON nas-av 40 min RTO 45 min: met 5 min RPO 5 min: met/);
  });

  it("says a restore whose data lost was not measured is not judged against the RPO, never met (decision 71)", async () => {
    const input = coldStoreInput();
    Object.assign(input.snapshot.tests.exercises[0].measurements[0], { restoreMinutes: 40, dataLossMinutes: null });
    const text = pdfText(await renderReportPdf(input), ["-raw"]).replace(/\s+/g, " ");
    expect(text).toMatch(/COLD-MON nas-av 40 min RTO 45 min: met Not measured RPO 5 min: data lost not measured/);
    expect(text).toMatch(
      /Every scenario was tested successfully within the cadence \(every 365 days\)\. ?The last test of 1 scenario did not measure the data lost, so the RPO is not judged: Cold store lost\./,
    );
    expect(text).toMatch(/Passed RPO not judged: ?1 measured restore did not measure the data lost/);
  });

  it("gives each measured restore's size as the test's page does, a dash where none was recorded", async () => {
    const input = coldStoreInput();
    expect(pdfText(await renderReportPdf(input), ["-raw"]).replace(/\s+/g, " ")).toMatch(/Size \(GB\) Notes COLD-MON nas-av 1 h 30 min RTO 45 min: ?missed by 45 min 1 h RPO 5 min: ?missed by 55 min — —/);
    Object.assign(input.snapshot.tests.exercises[0].measurements[0], { usedGB: 1450.5, notes: "Restored to HV02." });
    expect(pdfText(await renderReportPdf(input), ["-raw"]).replace(/\s+/g, " ")).toMatch(/RPO 5 min: ?missed by 55 min 1450\.5 Restored to HV02\./);
  });

  it("names the location each restore came from as the test's page does: its name with its key, the key alone where the snapshot names none", async () => {
    const input = coldStoreInput();
    input.snapshot.recovery.locationNames = { "nas-av": "Avonmouth NAS" };
    Object.assign(input.snapshot.tests.exercises[0].measurements[0], { targetsRecorded: true, rtoTargetMinutes: 120, rpoTargetMinutes: 60 });
    const text = pdfText(await renderReportPdf(input), ["-raw"]).replace(/\s+/g, " ");
    expect(text).toMatch(/COLD-MON Avonmouth NAS \(nas-av\) 1 h 30 min RTO 2 h at the time: ?met/);
    expect(text).toContain("COLD-MON from Avonmouth NAS (nas-av): RTO 2 h at the time: met.");
    expect(text).not.toMatch(/COLD-MON nas-av/);
  });

  it("holds a measured restore against the targets recorded with it, and says where the plan's targets differ (decision 45)", async () => {
    const input = coldStoreInput();
    // Recorded while COLD-MON's RTO was 2 h and its RPO 1 h; the plan's are now 45 min and 5 min.
    Object.assign(input.snapshot.tests.exercises[0].measurements[0], { targetsRecorded: true, rtoTargetMinutes: 120, rpoTargetMinutes: 60 });
    const text = pdfText(await renderReportPdf(input), ["-raw"]).replace(/\s+/g, " ");
    expect(text).toMatch(/COLD-MON nas-av 1 h 30 min RTO 2 h at the time: met 1 h RPO 1 h at the time: met/);
    expect(text).toContain(
      "COLD-MON from nas-av: RTO 2 h at the time: met. This plan's RTO is 45 min: this restore would miss it by 45 min. RPO 1 h at the time: met. This plan's RPO is 5 min: this restore would miss it by 55 min.",
    );
    expect(text).toContain("Result: Passed. Against this plan's targets, 1 measured restore would miss its target");
    // The schedule is about the plan's targets: the test met those of its time only.
    expect(text).toContain("but not every scenario's last test met its targets: Cold store lost (25 Nov 2026: 1 measured restore met its target then, not today's).");

    // A restore recorded before the targets were kept is held against the plan's, and says so.
    const unknown = coldStoreInput();
    const unknownText = pdfText(await renderReportPdf(unknown), ["-raw"]).replace(/\s+/g, " ");
    expect(unknownText).toContain("COLD-MON from nas-av: Targets at the time were not recorded; held against this plan's RTO of 45 min and RPO of 5 min.");
  });

  it("gives the test and maintenance schedule: the plan's next test, and per scenario its last test, result, targets and next due date, overdue ones marked", async () => {
    // A scenario's row as laid out on the page (its first line: a long cell wraps below it).
    const row = (text: string, scenario: string) =>
      text
        .slice(text.indexOf("Test and maintenance schedule"))
        .split("\n")
        .map((l) => l.trim())
        .find((l) => l.startsWith(scenario));
    const current = await renderReportPdf(coldStoreInput());
    expect(pdfText(current, ["-raw"]).replace(/\s+/g, " ")).toContain(
      "Test and maintenance schedule Last tested 25 Nov 2026; next test due 25 Nov 2027 (cadence: every 365 days).",
    );
    expect(row(pdfText(current), "Cold store lost")).toMatch(/^Cold store lost +25 Nov 2026: Cold store loss.* +Passed +Missed: 1 measured.* +25 Nov 2027$/);
    expect(pdfText(current, ["-raw"]).replace(/\s+/g, " ")).toMatch(/Cold store loss tabletop .*Missed: 1 measured restore missed its target/);

    const late = sampleReportInput({ systems: 1, functions: 1, itemsPerRegister: 0 });
    late.snapshot.plan.testCadenceDays = 365;
    late.snapshot.tests.exercises[0].conductedOn = "2025-06-01T00:00:00.000Z";
    const text = pdfText(await renderReportPdf(late));
    expect(text.replace(/\s+/g, " ")).toContain(
      "Last tested 1 Jun 2025; a test is DUE NOW on 25 Nov 2026: 1 scenario never tested (One VM lost); 1 scenario overdue since 1 Jun 2026 (Head office lost) (cadence: every 365 days).",
    );
    expect(row(text, "Head office lost")).toMatch(/^Head office lost +1 Jun 2025: Restore test of the ERP +Passed with( findings)? +Met +1 Jun 2026: OVERDUE$/);
    expect(row(text, "One VM lost")).toMatch(/^One VM lost +Never tested +— +Not tested +Now: never tested$/);
  });

  it("makes the next test due now while a scenario was never tested, however recent the plan's last test, as the scenario table says", async () => {
    // Tested today, but only "Head office lost": "One VM lost" was never tested.
    const text = pdfText(await renderReportPdf(sampleReportInput({ systems: 1, functions: 1, itemsPerRegister: 0 })), ["-raw"]).replace(/\s+/g, " ");
    expect(text).toContain("Test and maintenance schedule Last tested 25 Nov 2026; a test is DUE NOW on 25 Nov 2026: 1 scenario never tested (One VM lost) (cadence: every 180 days).");
    expect(text).not.toContain("next test due");
  });

  it("lists an open finding saved before owners and due dates were required as needing them", async () => {
    const input = sampleReportInput({ systems: 1, functions: 1, itemsPerRegister: 0 });
    Object.assign(input.snapshot.tests.findings[0], { owner: null, dueOn: null });
    const text = pdfText(await renderReportPdf(input), ["-raw"]).replace(/\s+/g, " ");
    expect(text).toContain("Restore runbook out of date Medium Open Needs an owner Needs a due date");
  });

  it("marks an open finding past its due date OVERDUE, as the snapshot stood, and says how many; never a closed one", async () => {
    const input = sampleReportInput({ systems: 1, functions: 1, itemsPerRegister: 0 });
    const [open] = input.snapshot.tests.findings;
    Object.assign(open, { dueOn: "2026-11-01T00:00:00.000Z" });
    input.snapshot.tests.findings.push({ ...open, id: "f-2", description: "Call list out of date", status: "closed", closedAt: "2026-11-20T00:00:00.000Z", closedNote: "Checked." });
    const text = pdfText(await renderReportPdf(input), ["-raw"]).replace(/\s+/g, " ");
    expect(text).toContain("1 open finding is past its due date on 25 Nov 2026, marked OVERDUE.");
    expect(text).toContain("Restore runbook out of date Medium Open Person 1 1 Nov 2026: OVERDUE");
    expect(text).toContain("Call list out of date Medium Closed Person 1 1 Nov 2026 Restore test");
    // Due on the snapshot's own day: not yet overdue, and nothing is said.
    const due = sampleReportInput({ systems: 1, functions: 1, itemsPerRegister: 0 });
    const onTime = pdfText(await renderReportPdf(due), ["-raw"]).replace(/\s+/g, " ");
    expect(onTime).toContain("Restore runbook out of date Medium Open Person 1 25 Nov 2026 Restore test");
    expect(onTime).not.toContain("past its due date");
  });

  it("lists under host capacity the hosts something is placed on, a lost one as lost, as the dashboard does", async () => {
    const input = sampleReportInput();
    const siteLoss = input.snapshot.recovery.assessment!.scenarios.find((sc) => sc.id === "site-loss")!;
    siteLoss.hosts.push({ id: "hv-lost", demandMiB: 8192, availableMiB: 0, unplaced: ["SYS-0001"] }, { id: "hv-idle", demandMiB: 0, availableMiB: 0, unplaced: [] });
    const text = pdfText(await renderReportPdf(input));
    expect(text).toMatch(/hv-lost +8 GiB +lost +SYS-0001/);
    expect(text).not.toContain("hv-idle");
  });

  it("draws a scenario's timeline as the screen does: a measured restore as a bar, the critical path explained, a far target off the scale", async () => {
    const input = sampleReportInput({ systems: 4, functions: 1, itemsPerRegister: 0 });
    const recovery = input.snapshot.recovery;
    recovery.model = {
      ...recovery.model,
      systems: [{ id: "DC01", host: "hv" }, { id: "SQL01", host: "hv", dependsOn: ["DC01"] }, { id: "ERP-APP", host: "hv", dependsOn: ["SQL01"] }, { id: "PAYROLL", host: "hv" }],
    };
    // SQL01's time is a restore test's (no transfer); PAYROLL's RTO is 3 days, ERP-APP's 2 h.
    const system = (id: string, transferEnd: number | null, ready: number, target: number) => ({
      id,
      affected: true,
      rpo: { worstCaseMinutes: 60, atDisasterMinutes: null, target: 240, status: "met" as const, location: "nas" },
      rto: { achievableMinutes: ready, target, status: ready > target ? ("breached" as const) : ("met" as const), restoreStart: 30, transferEnd, ready, host: "standby", source: transferEnd === null ? ("test" as const) : ("estimate" as const) },
    });
    const systems = [system("DC01", 100, 120, 240), system("SQL01", null, 300, 240), system("ERP-APP", 200, 788, 120), system("PAYROLL", 400, 420, 3 * 1440)];
    recovery.assessment!.scenarios = [{ id: "ransomware", hosts: [], consistencyGroups: [], processes: [], systems }];
    input.snapshot.risks.scenarios = [{ ...input.snapshot.risks.scenarios[0], key: "ransomware", name: "Ransomware" }];
    const text = pdfText(await renderReportPdf(input), ["-raw"]);
    const chart = text.slice(text.indexOf("Recovery timeline — Ransomware"), text.indexOf("Host capacity", text.indexOf("Recovery timeline — Ransomware")));
    expect(chart).toContain("measured restore (test)");
    expect(chart).toMatch(/^SQL01 5 h \(measured\) · 1 h late$/m);
    expect(chart).toMatch(/^PAYROLL 7 h RTO 3 days »$/m);
    expect(chart).toContain("After the disaster 0 min 3 h 6 h 9 h 12 h 15 h");
    expect(chart.replace(/\s+/g, " ")).toContain("Critical path to the worst breach: DC01 › SQL01 › ERP-APP. ERP-APP is ready 11 h 8 min after its RTO target.");
    expect(chart).not.toContain("not drawn");
  });

  it("keeps a cell too long for one line whole, between rows that stay in their columns", async () => {
    const input = sampleReportInput({ systems: 40 });
    const findings = input.snapshot.recovery.assessment!.findings;
    const long = `${findings[2].message} ${"Check the restore order, the recovery host's memory and the copy at the recovery site. ".repeat(4)}`.trim();
    findings[2].message = long;
    const bytes = await renderReportPdf(input);
    expect(pdfText(bytes, ["-raw"]).replace(/\s+/g, " ")).toContain(long);
    const lines = pdfText(bytes).split("\n");
    for (const f of [findings[1], findings[3]]) {
      expect(lines.some((l) => l.trim().split(/\s{2,}/).join("|") === `Problem|RTO breached|${f.message}`), f.message).toBe(true);
    }
  });

  it("never breaks a phone number across lines, in the contacts or in a register", async () => {
    const input = sampleReportInput();
    const ert = input.snapshot.committee.ertRoles[0];
    ert.primary = { ...ert.primary!, name: "Priya Shah", workPhone: "0117 496 0872", mobilePhone: "07700 900102", afterHoursPhone: "+44 117 496 0999" };
    const phoneField = allRegisters().flatMap((r) => r.fields.filter((f) => f.type === "phone").map((f) => ({ kind: r.kind, key: f.key })))[0];
    const item = input.snapshot.inventories.items.find((i) => i.kind === phoneField.kind)!;
    (item.data as Record<string, unknown>)[phoneField.key] = "0345 072 7210";
    const lines = pdfText(await renderReportPdf(input)).replace(/\u00A0/g, " ").split("\n");
    for (const number of ["0117 496 0872", "07700 900102", "+44 117 496 0999", "0345 072 7210"]) {
      expect(lines.some((l) => l.includes(number)), number).toBe(true);
    }
  });

  it("says under a version's response team whose contact details have changed since, and nothing on a draft", async () => {
    const version = { ...sampleReportInput(), contactsChanged: ["Liam Foster", "Joanne Price (no longer in the people register)"] };
    const text = pdfText(await renderReportPdf(version), ["-raw"]).replace(/\s+/g, " ");
    expect(text).toContain(
      `Contact details are as in version ${version.version!.number}${version.version!.decidedAt ? ` (decided ${date(version.version!.decidedAt)})` : ""}. Changed since: Liam Foster and Joanne Price (no longer in the people register). A report of the current plan has today's details.`,
    );
    const draft = { ...sampleReportInput({ draft: true }), contactsChanged: ["Liam Foster"] };
    expect(pdfText(await renderReportPdf(draft), ["-raw"])).not.toContain("Contact details are as in version");
  });

  it("repeats a long table's header row on each page it spans", async () => {
    const text = pages(await renderReportPdf(sampleReportInput({ systems: 120 })));
    const matrixPages = text.filter((p) => /SYS-0\d+ +1 day 1 h/.test(p));
    expect(matrixPages.every((p) => p.includes("RPO status"))).toBe(true);
    expect(matrixPages.length).toBeGreaterThan(2);
  });

  it("never ends a page on a table's header or a register's heading: they move on with the table's first row", async () => {
    // Without the running header and footer; a register's title wraps onto one line here.
    const body = (page: string) => page.split("\n").map((l) => l.trim()).filter(Boolean).slice(1, -1);
    const text = pages(approved).filter((p) => p.trim()).map(body);
    const titles = new Set(allRegisters().map((r) => r.title));
    text.forEach((lines, i) => {
      const next = text[i + 1] ?? [];
      // A header row is the one text a page repeats from the page before: rows are unique.
      for (let k = 1; k <= 3; k++) {
        expect(lines.slice(-k).join("\n"), `page ${i + 1} ends with the header of the table on page ${i + 2}`).not.toBe(next.slice(0, k).join("\n"));
      }
      expect(lines.slice(-3).filter((l) => titles.has(l)), `page ${i + 1} ends with a register's heading`).toEqual([]);
    });
    // The sample's off-site storage register is the one that used to start at a page's foot.
    const offsite = text.findIndex((lines) => lines.includes("Off-site storage location inventory"));
    expect(text[offsite].slice(text[offsite].indexOf("Off-site storage location inventory")).some((l) => l.startsWith("Name 0"))).toBe(true);
  });

  it("draws the heat map and the recovery timeline (their pages are not blank)", async () => {
    const text = pages(approved);
    const risks = text.findIndex((p) => p.includes("Inherent risk")) + 1;
    const timeline = text.findIndex((p) => p.includes("Recovery timeline")) + 1;
    // A page with a short paragraph only (header, footer and a line) is the baseline of "blank".
    const blank = inkRatio(approved, text.findIndex((p) => p.includes("6. Reconstitution") && !p.includes("Contents")) + 1);
    expect(inkRatio(approved, risks)).toBeGreaterThan(Math.max(0.03, 5 * blank));
    expect(inkRatio(approved, timeline)).toBeGreaterThan(Math.max(0.01, 3 * blank));
  });

  it("adds the audit trail appendix when asked, in the in-app log's words: actions, records by name, and what changed", async () => {
    const withAudit = sampleReportInput({ systems: 1, functions: 1, itemsPerRegister: 0 });
    const by = { actorEmail: "priya.shah@harbourlane.example", actorName: "Priya Shah" };
    withAudit.audit = {
      from: "2026-11-01T00:00:00.000Z",
      to: "2026-11-30T00:00:00.000Z",
      rows: [
        { ...by, createdAt: "2026-11-20T10:00:00.000Z", action: "section.saved", entityType: "plan_section", entityId: "cmwy98607001rxh7dw4rnkljq", kind: "Plan section", record: "Concept of operations", deleted: false, organisationWide: false, changes: [{ field: "body", from: "—", to: "The chair leads the response." }] },
        { ...by, createdAt: "2026-11-21T10:00:00.000Z", action: "threat.deleted", entityType: "threat", entityId: "cmwy96upp000fxh7d9w3k2a1b", kind: "Threat", record: "Flood at the warehouse", deleted: true, organisationWide: false, changes: [{ field: "title", from: "Flood at the warehouse", to: null }] },
        { createdAt: "2026-11-22T10:00:00.000Z", actorEmail: "daniel.okafor@harbourlane.example", actorName: "Daniel Okafor", action: "plan.version_approved_by", entityType: "plan_version", entityId: "cmwy98emi0003xh7dq1w2e3r4", kind: "Plan version", record: "Version 1", deleted: false, organisationWide: false, changes: [{ field: "number", from: null, to: "1" }, { field: "comment", from: null, to: "Agreed at the board." }] },
        { ...by, createdAt: "2026-11-23T10:00:00.000Z", action: "department.renamed", entityType: "department", entityId: "cmwy96dep0001xh7d0a1b2c3d", kind: "Department", record: "Logistics", deleted: false, organisationWide: true, changes: [{ field: "name", from: "Warehouse", to: "Logistics" }] },
      ],
      head: { seq: 1234, hash: "3f2a".padEnd(60, "0") + "9c1d" },
    };
    const text = pdfText(await renderReportPdf(withAudit), ["-raw"]).replace(/\s+/g, " ");
    expect(text).toContain("Appendix E. Audit trail");
    expect(text).toContain("Audit log entries about this plan and its records");
    // The organisation's chain head as the report was made, its hash whole (decision 60).
    expect(text).toContain(`Audit log chain head at export: entry #1,234, SHA-256 3f2a${"0".repeat(56)}9c1d`);
    // The address is cut over lines after its "@" in a narrow column.
    expect(text.replace(/\s+/g, "")).toContain("PriyaShah(priya.shah@harbourlane.example)");
    for (const words of ["Plan section: Concept of operations", "body: — -> The chair leads the response.", "Threat: Flood at the warehouse (deleted)", "was title: Flood at the warehouse", "Approved by one approver", "Plan version: Version 1", "number: 1; comment: Agreed at the board.", "Department: Logistics (organisation-wide)", "name: Warehouse -> Logistics"]) {
      expect(text).toContain(words);
    }
    // Neither codes nor ids.
    expect(text).not.toContain("section.saved");
    expect(text).not.toContain("plan.version_approved_by");
    expect(text).not.toContain("cmwy98607001rxh7dw4rnkljq");
  });
});

describe("the PDF's MTD check of a function whose systems have no host", { timeout: 120_000 }, () => {
  /** A system with no host, the only one a function relies on. */
  const hostless = (snap: ReturnType<typeof sampleReportInput>["snapshot"], id: string, name: string, kind = "physical") => ({ ...snap.systems[0], id, name, kind, hostName: "", ramMiB: null, usedGB: null });

  /** Two functions: "Function 0" on a hosted system, "Telephony" on the host-less PBX. */
  function withTelephonyOnPbx() {
    const input = sampleReportInput({ systems: 1, functions: 2, itemsPerRegister: 0 });
    const snap = input.snapshot;
    snap.systems.push(hostless(snap, "sys-pbx", "PBX"));
    Object.assign(snap.bia.functions[1], { name: "Telephony", systems: [{ id: "sys-pbx", name: "PBX" }] });
    snap.recovery.unmodelled = ["PBX"];
    snap.recovery.model = { ...snap.recovery.model, processes: [{ id: "Function 0", systems: [systemName(0)] }, { id: "Telephony", systems: [] }] };
    return input;
  }

  it("says a function whose only system has no host is not known, never met in 0 min, as the dashboard does", async () => {
    const input = withTelephonyOnPbx();
    const snap = input.snapshot;
    for (const sc of snap.recovery.assessment!.scenarios) sc.processes = [{ id: "Telephony", rtoMinutes: 0, mtdOk: true, slackMinutes: 1380 }];
    const text = pdfText(await renderReportPdf(input), ["-raw"]).replace(/\s+/g, " ");
    expect(text).toContain("Telephony not known not known: PBX not assessed (no host) —");
    expect(text).not.toMatch(/Telephony 0 min met/);
  });

  it("counts it as not known beside the functions past their MTD in each scenario at a glance, as the plan's outcome does", async () => {
    const input = withTelephonyOnPbx();
    const snap = input.snapshot;
    for (const sc of snap.recovery.assessment!.scenarios) {
      sc.processes = [
        { id: "Function 0", rtoMinutes: 1500, mtdOk: false, slackMinutes: -60 },
        { id: "Telephony", rtoMinutes: 0, mtdOk: true, slackMinutes: 1380 },
      ];
    }
    const page = pdfText(await renderReportPdf(input)).split("\f").find((p) => p.includes("Each scenario at a glance"))!;
    for (const name of ["Head office lost", "One VM lost"]) expect(page).toMatch(new RegExp(`${name} .* 1 \\(1 not known\\) `));
  });

  // The counts are of the systems in the model: a system without a host that no function uses was
  // in none of them, and nothing at the glance said so.
  it("says beneath each scenario at a glance which systems are in none of its counts, not assessed for want of a host; a SaaS service is not among them", async () => {
    const input = sampleReportInput({ systems: 1, functions: 1, itemsPerRegister: 0 });
    const snap = input.snapshot;
    snap.systems.push(hostless(snap, "sys-door", "Door entry"), hostless(snap, "sys-pbx", "PBX"), hostless(snap, "sys-m365", "Microsoft 365", "saas"));
    snap.recovery.unmodelled = ["Door entry", "PBX", "Microsoft 365"];
    const page = pdfText(await renderReportPdf(input), ["-raw"]).split("\f").find((p) => p.includes("Each scenario at a glance"))!.replace(/\s+/g, " ");
    expect(page).toContain("Not assessed (no host), so in none of these counts: Door entry and PBX.");
  });
});

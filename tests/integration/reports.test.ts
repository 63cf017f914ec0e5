import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { setApprovers } from "@/lib/versions/set-approvers";
import { submitPlan } from "@/lib/versions/submit-plan";
import { decideVersion } from "@/lib/versions/decide-version";
import { loadReportInput, readReportInput } from "@/lib/reports/load-report-input";
import { renderReportPdf } from "@/lib/reports/render-report-pdf";
import { requestReport } from "@/lib/reports/request-report";
import { REPORT_FAILED, runReportJob } from "@/lib/reports/run-report-job";
import { downloadReport, REPORT_NEEDS_AUDIT_READ } from "@/lib/reports/download-report";
import { listReports } from "@/lib/reports/list-reports";
import { exportReadiness } from "@/lib/reports/export-readiness";
import { queue } from "@/lib/reports/queue";
import { AUDIT_APPENDIX_REFUSED } from "@/lib/reports/request-report";
import { renamePlan } from "@/lib/plans/rename-plan";
import { createThreat } from "@/lib/risks/create-threat";
import { deleteThreat } from "@/lib/risks/delete-threat";
import { exportItems } from "@/lib/inventories/export-items";
import { saveSection } from "@/lib/sections/save-section";
import { readCsv } from "@/lib/csv/read-csv";
import { formatDay } from "@/lib/days";
import { failure, makeOrg, type TestOrg } from "./factories";
import { holdTable, untilWaitingOnLock } from "./interleave";

const NOW = new Date("2026-11-25T12:00:00Z");

function pdfText(bytes: Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "report-")), "report.pdf");
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-raw", file, "-"], { encoding: "utf8" });
}

/** A plan whose SQL server cannot be restored within Sign-in's 30-minute RTO when the office is lost. */
async function breachedPlan(org: TestOrg) {
  const plan = await createPlan({ actor: org.actors.committee, input: { name: `Reports ${Math.random()}` } });
  const scope = { orgId: org.orgId, planId: plan.id };
  const office = await db.site.create({ data: { orgId: org.orgId, name: `Office ${plan.id}` } });
  const dr = await db.site.create({ data: { orgId: org.orgId, name: `DR ${plan.id}` } });
  const nas = await db.backupLocation.create({ data: { ...scope, key: "nas", name: "NAS", siteId: dr.id, throughputMBps: 200, streamMBps: 150, maxStreams: 2 } });
  const hv1 = await db.host.create({ data: { ...scope, key: "hv1", name: "HV1", siteId: office.id, ramMiB: 65536 } });
  const standby = await db.host.create({ data: { ...scope, key: "standby", name: "Standby", siteId: dr.id, ramMiB: 32768 } });
  const sql = await db.system.create({ data: { ...scope, name: "SQL", hostId: hv1.id, ramMiB: 16384, usedGB: 540, bootMinutes: 10 } });
  await db.backupPolicy.create({
    data: { ...scope, key: "nightly", name: "Nightly", cron: "0 23 * * *", timezone: "Europe/London", windowMinutes: 60, targetId: nas.id, systems: { connect: [{ id: sql.id }] } },
  });
  await db.businessFunction.create({ data: { ...scope, name: "Sign-in", rpoMinutes: 1440, rtoMinutes: 30, mtdMinutes: 60, systems: { connect: [{ id: sql.id }] } } });
  const siteLoss = await db.scenario.create({ data: { ...scope, key: "site-loss", name: "Office lost", kind: "site", lostSites: { connect: { id: office.id } } } });
  await db.systemRecoveryHost.create({ data: { orgId: org.orgId, systemId: sql.id, scenarioId: siteLoss.id, hostId: standby.id } });
  await db.threat.create({ data: { ...scope, category: "technical", title: "Office fire", likelihood: 2, impact: 5 } });
  return plan;
}

async function approvedVersion(org: TestOrg, planId: string) {
  await setApprovers({ actor: org.actors.committee, input: { planId, approverIds: [org.actors.executive.userId] } });
  const version = await submitPlan({ actor: org.actors.committee, input: { planId, note: "Reviewed with the site managers." } });
  await decideVersion({ actor: org.actors.executive, input: { planId, number: version.number, decision: "approved", versionHash: version.hash, agree: "yes" } });
  return version;
}

afterAll(async () => {
  await (await queue()).stop({ graceful: false, wait: true });
});

describe("auditor reports", () => {
  it("renders an approved version with its hash, its approver and statement, and the breached RTO as breached", async () => {
    const org = await makeOrg();
    const plan = await breachedPlan(org);
    const version = await approvedVersion(org, plan.id);
    const input = await db.$transaction((tx) => loadReportInput(tx, { orgId: org.orgId, planId: plan.id, versionNumber: version.number, audit: null, now: NOW }));
    const text = pdfText(await renderReportPdf(input));
    const approval = text.split("\f").find((p) => p.includes("Version hash"))!.replace(/\s+/g, " ");
    expect(approval.replace(/\s+/g, "")).toContain(version.hash);
    expect(approval).toContain(org.actors.executive.name);
    expect(approval).toContain(`I approve version 1 of “${plan.name}”`);
    expect(approval).toContain("I have reviewed its summary, including its open findings and unmet recovery objectives.");
    // Who submitted it, what the committee told the approvers, and until when the approval holds (the plan's 365 days).
    expect(approval).toContain(`Submitted by ${org.actors.committee.name} on `);
    expect(approval).toContain("Note from the committee: “Reviewed with the site managers.”");
    const decided = await db.planVersion.findFirstOrThrow({ where: { planId: plan.id, number: 1 }, select: { decidedAt: true } });
    expect(approval).toContain(`Version 1's approval holds until ${formatDay(new Date(decided.decidedAt!.getTime() + 365 * 86_400_000))}.`);
    for (const title of ["1. Introduction and scope", "2. Concept of operations", "3. Activation and notification", "4. Recovery", "5. Recovery readiness", "6. Reconstitution", "Appendix A. Business impact analysis", "Appendix B. Risk register and heat map", "Appendix C. Inventories", "Appendix D. Test history"]) {
      expect(text).toContain(title);
    }
    expect(text).toMatch(/SQL .*BREACHED/);
    expect(text).toContain("RTO breached");
    expect(text).toContain("Office fire");
  });

  it("reads a version, its decisions and the version history at one moment, even when an approval lands while the report reads them", async () => {
    const org = await makeOrg();
    const plan = await createPlan({ actor: org.actors.committee, input: { name: `Reports ${Math.random()}` } });
    await setApprovers({ actor: org.actors.committee, input: { planId: plan.id, approverIds: [org.actors.executive.userId] } });
    const version = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    // The management reviews are read after the version history and before the version itself:
    // held, they stop the report's reading between the two while the executive approves.
    const held = await holdTable("ManagementReview");
    const reading = readReportInput({ orgId: org.orgId, planId: plan.id, versionNumber: version.number, audit: null, now: NOW });
    await untilWaitingOnLock({ query: '%"ManagementReview"%', what: "the report's reads" });
    await decideVersion({ actor: org.actors.executive, input: { planId: plan.id, number: version.number, decision: "approved", versionHash: version.hash, agree: "yes" } });
    await held.release();
    const input = await reading;
    // The report is of the version as it stood when its reading began: awaiting approval, everywhere.
    expect(input.versions.map((v) => v.status)).toEqual(["submitted"]);
    expect(input.version?.status).toBe("submitted");
    expect(input.approvals).toEqual([]);
    // Whom it awaits, as its page says: the PDF names them.
    expect(input.version?.awaiting).toEqual([org.actors.executive.name]);
  });

  it("names on a version awaiting approval the approvers still to decide, not those who have decided", async () => {
    const org = await makeOrg();
    const user = await db.user.create({ data: { email: `exec2-${org.orgId}@example.test`, name: "Second Executive" } });
    await db.membership.create({ data: { orgId: org.orgId, userId: user.id, role: "executive" } });
    const second = { ...org.actors.executive, userId: user.id, email: user.email, name: user.name };
    const plan = await createPlan({ actor: org.actors.committee, input: { name: `Reports ${Math.random()}` } });
    await setApprovers({ actor: org.actors.committee, input: { planId: plan.id, approverIds: [org.actors.executive.userId, second.userId] } });
    const version = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    await decideVersion({ actor: second, input: { planId: plan.id, number: version.number, decision: "approved", versionHash: version.hash, agree: "yes" } });
    const input = await readReportInput({ orgId: org.orgId, planId: plan.id, versionNumber: version.number, audit: null, now: NOW });
    expect(input.version?.awaiting).toEqual([org.actors.executive.name]);
    expect(input.approvals.map((a) => a.approver)).toEqual(["Second Executive"]);
    const text = pdfText(await renderReportPdf(input)).replace(/\s+/g, " ");
    expect(text).toContain(`It awaits the decision of ${org.actors.executive.name}.`);
  });

  it("says under an approved version's response team whose numbers have changed since, as a responder printing it needs", async () => {
    const org = await makeOrg();
    const plan = await breachedPlan(org);
    const liam = await db.person.create({ data: { orgId: org.orgId, name: "Liam Foster", mobilePhone: "07700 900105", afterHoursPhone: "07700 900105" } });
    const owen = await db.person.create({ data: { orgId: org.orgId, name: "Owen Hughes", mobilePhone: "07700 900150" } });
    await db.ertRole.create({ data: { orgId: org.orgId, planId: plan.id, title: "IT recovery lead", primaryId: owen.id, alternateId: liam.id } });
    const version = await approvedVersion(org, plan.id);
    const read = (versionNumber: number | null) => db.$transaction((tx) => loadReportInput(tx, { orgId: org.orgId, planId: plan.id, versionNumber, audit: null, now: NOW }));
    expect((await read(version.number)).contactsChanged).toEqual([]);

    await db.person.update({ where: { id: liam.id }, data: { mobilePhone: "07700 900999", afterHoursPhone: "07700 900999" } });
    const input = await read(version.number);
    expect(input.contactsChanged).toEqual(["Liam Foster"]);
    const text = pdfText(await renderReportPdf(input)).replace(/\s+/g, " ");
    expect(text).toContain("after hours 07700 900105");
    expect(text).toContain("Changed since: Liam Foster. A report of the current plan has today's details.");
    expect((await read(null)).contactsChanged).toEqual([]);
  });

  it("marks a draft report as changed since approval once the plan changes", async () => {
    const org = await makeOrg();
    const plan = await breachedPlan(org);
    await approvedVersion(org, plan.id);
    await db.threat.create({ data: { orgId: org.orgId, planId: plan.id, category: "human", title: "Key person leaves", likelihood: 3, impact: 3 } });
    const input = await db.$transaction((tx) => loadReportInput(tx, { orgId: org.orgId, planId: plan.id, versionNumber: null, audit: null, now: NOW }));
    expect(input).toMatchObject({ version: null, changedSinceApproval: true, approvedVersion: { number: 1 } });
    expect(input.changesSinceApproval).toMatchObject([{ stage: "Risk assessment", title: "Threats", added: [{ label: "Key person leaves" }], removed: [], changed: [] }]);
    const text = pdfText(await renderReportPdf(input));
    expect(text).toContain("The plan has changed since approval.");
    // What no approval covers, as the app's comparison says it.
    expect(text.replace(/\s+/g, " ")).toContain("What changed since version 1 was approved None of this is approved until a new version is. 1 change, as Continuity's comparison lists them. Where Change Risk assessment: Threats Added: Key person leaves");
  });

  it("lists the plan's versions on a version's approval page, and says the plan has changed since that version once it has", async () => {
    const org = await makeOrg();
    const plan = await breachedPlan(org);
    const v1 = await approvedVersion(org, plan.id);
    const read = (versionNumber: number | null) => db.$transaction((tx) => loadReportInput(tx, { orgId: org.orgId, planId: plan.id, versionNumber, audit: null, now: NOW }));
    expect((await read(1)).planChangedSince).toBe(false);
    await db.threat.create({ data: { orgId: org.orgId, planId: plan.id, category: "human", title: "Key person leaves", likelihood: 3, impact: 3 } });
    const v2 = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
    const input = await read(1);
    expect(input.planChangedSince).toBe(true);
    expect(input.versions).toMatchObject([
      { number: 2, status: "submitted", submittedBy: org.actors.committee.name, decidedAt: null, hash: v2.hash },
      { number: 1, status: "approved", submittedBy: org.actors.committee.name, hash: v1.hash },
    ]);
    const text = pdfText(await renderReportPdf(input)).replace(/\s+/g, " ");
    expect(text).toContain("The plan has changed since this version was submitted (as of this report, 25 Nov 2026, 12:00 UTC): the report shows version 1 as submitted, not the plan as it is now.");
    expect(text).toContain(`Version 2 Awaiting approval`);
    expect(text).toContain(`Version 1 (this report) Approved`);
    // A draft is the plan as it is: nothing to say it changed since itself.
    expect((await read(null)).planChangedSince).toBe(false);
  });

  it("never calls a draft unchanged since approval while the comparison lists a change the revision missed", async () => {
    const org = await makeOrg();
    const plan = await breachedPlan(org);
    await approvedVersion(org, plan.id);
    // A change made before its revision trigger existed (decision 59): the revision did not move.
    const { contentRevision } = await db.plan.findUniqueOrThrow({ where: { id: plan.id } });
    await db.plan.update({ where: { id: plan.id }, data: { testCadenceDays: 730, contentRevision } });
    await db.$executeRaw`UPDATE "Plan" SET "contentRevision" = ${contentRevision} WHERE id = ${plan.id}`;
    expect((await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).contentRevision).toBe(contentRevision);
    const input = await db.$transaction((tx) => loadReportInput(tx, { orgId: org.orgId, planId: plan.id, versionNumber: null, audit: null, now: NOW }));
    expect(input.changedSinceApproval).toBe(true);
    const text = pdfText(await renderReportPdf(input)).replace(/\s+/g, " ");
    expect(text).toContain("The plan has changed since approval.");
    expect(text).toContain(`Plan: Plan details ${plan.name}: Test cadence days: 365 -> 730`);
    expect(text).not.toContain("The content has not changed since version 1 was approved.");
  });

  it("names the people an inventory item points at, in this organisation only; a removed one reads as removed", async () => {
    const org = await makeOrg();
    const other = await makeOrg();
    const plan = await breachedPlan(org);
    const standIn = await db.person.create({ data: { orgId: org.orgId, name: "Rowan Stand-In" } });
    const outsider = await db.person.create({ data: { orgId: other.orgId, name: "Olive Outsider" } });
    await db.inventoryItem.create({
      data: { orgId: org.orgId, planId: plan.id, kind: "backup_positions", label: "Finance Director", data: { position: "Finance Director", holder: standIn.id, backup: outsider.id, secondBackup: "cm-removed" } },
    });
    const input = await db.$transaction((tx) => loadReportInput(tx, { orgId: org.orgId, planId: plan.id, versionNumber: null, audit: null, now: NOW }));
    expect(input.people).toEqual({ [standIn.id]: "Rowan Stand-In" });
    const sheet = pdfText(await renderReportPdf(input)).replace(/\s+/g, " ");
    expect(sheet).toContain("Rowan Stand-In");
    expect(sheet).not.toContain("Olive Outsider");
    expect(sheet).not.toContain(standIn.id);
    expect(sheet).toContain("a person since removed");
  });

  it("queues a report, runs the job to a stored PDF, and audits the request and the download", async () => {
    const org = await makeOrg();
    const plan = await breachedPlan(org);
    await approvedVersion(org, plan.id);
    const report = await requestReport({ actor: org.actors.auditor, input: { planId: plan.id, version: "1", includeAudit: "on", auditFrom: "2026-01-01", auditTo: "2030-12-31" } });
    expect(await db.report.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ status: expect.stringMatching(/queued|running|done/), versionNumber: 1, includeAudit: true });
    await runReportJob(report.id);
    const row = await db.report.findUniqueOrThrow({ where: { id: report.id } });
    expect(row).toMatchObject({ status: "done", progress: 100 });
    expect(row.sizeBytes).toBe(row.bytes!.length);
    const { bytes, filename } = await downloadReport({ actor: org.actors.auditor, input: { planId: plan.id, reportId: report.id } });
    expect(filename).toMatch(/-v1-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = pdfText(bytes);
    expect(text).toContain("Appendix E. Audit trail");
    expect(text).toMatch(/Submitted for\s+approval/);
    const actions = await db.auditLog.findMany({ where: { orgId: org.orgId, entityId: report.id }, select: { action: true } });
    expect(actions.map((a) => a.action).sort()).toEqual(["report.downloaded", "report.requested"]);
  });

  it("says a report failed on our side in plain words, not the renderer's internals, to whoever reads the list", async () => {
    const org = await makeOrg();
    const plan = await breachedPlan(org);
    await approvedVersion(org, plan.id);
    const report = await requestReport({ actor: org.actors.auditor, input: { planId: plan.id, version: "1" } });
    // A stored snapshot the report cannot read: the job fails unexpectedly.
    await db.planVersion.updateMany({ where: { orgId: org.orgId, planId: plan.id, number: 1 }, data: { snapshot: {} } });
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await expect(runReportJob(report.id)).rejects.toThrow();
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
    const [row] = (await listReports({ actor: org.actors.committee, planId: plan.id })).filter((r) => r.id === report.id);
    expect(row).toMatchObject({ status: "failed", error: REPORT_FAILED });
    expect(row.error).not.toMatch(/undefined|TypeError|at .+\.ts/);
  });

  it("validates the request and keeps other organisations out", async () => {
    const org = await makeOrg();
    const other = await makeOrg();
    const plan = await breachedPlan(org);
    const invalid = await failure(requestReport({ actor: org.actors.auditor, input: { planId: plan.id, version: "draft", includeAudit: "on", auditFrom: "", auditTo: "" } }));
    expect(invalid.fieldErrors).toMatchObject({ auditFrom: expect.any(String), auditTo: expect.any(String) });
    expect((await failure(requestReport({ actor: org.actors.auditor, input: { planId: plan.id, version: "7" } }))).fieldErrors).toEqual({ version: "That version does not exist." });
    expect((await failure(requestReport({ actor: other.actors.admin, input: { planId: plan.id, version: "draft" } }))).code).toBe("NOT_FOUND");
    expect(await db.report.count({ where: { planId: plan.id } })).toBe(0);
    const report = await db.report.create({ data: { orgId: org.orgId, planId: plan.id, requestedById: org.actors.auditor.userId, status: "done", bytes: new Uint8Array([37, 80, 68, 70]) } });
    expect((await failure(downloadReport({ actor: other.actors.admin, input: { planId: plan.id, reportId: report.id } }))).code).toBe("NOT_FOUND");
  });

  it("gives a report with the audit trail only to those who may read the audit log: a committee member's download is refused and not audited", async () => {
    const org = await makeOrg();
    const plan = await createPlan({ actor: org.actors.committee, input: { name: `Audited ${Math.random()}` } });
    const bytes = new Uint8Array([37, 80, 68, 70]);
    const requested = { orgId: org.orgId, planId: plan.id, requestedById: org.actors.admin.userId, status: "done" as const, bytes };
    const withAudit = await db.report.create({ data: { ...requested, includeAudit: true, auditFrom: new Date("2026-01-01T00:00:00Z"), auditTo: new Date("2030-12-31T23:59:59Z") } });
    const without = await db.report.create({ data: requested });

    const refused = await failure(downloadReport({ actor: org.actors.committee, input: { planId: plan.id, reportId: withAudit.id } }));
    expect(refused).toMatchObject({ code: "FORBIDDEN", message: REPORT_NEEDS_AUDIT_READ });
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "report.downloaded" } })).toBe(0);
    // The same report for an executive or an auditor, and a report without the trail for the committee member.
    for (const actor of [org.actors.executive, org.actors.auditor]) {
      expect((await downloadReport({ actor, input: { planId: plan.id, reportId: withAudit.id } })).bytes).toEqual(bytes);
    }
    expect((await downloadReport({ actor: org.actors.committee, input: { planId: plan.id, reportId: without.id } })).bytes).toEqual(bytes);
    // The list says which reports the member may download.
    const listed = await listReports({ actor: org.actors.committee, planId: plan.id });
    expect(Object.fromEntries(listed.map((r) => [r.id, r.downloadable]))).toEqual({ [withAudit.id]: false, [without.id]: true });
    expect((await listReports({ actor: org.actors.auditor, planId: plan.id })).every((r) => r.downloadable)).toBe(true);
  });

  it("exports the readiness matrix as CSV with the breach and where each RTO comes from", async () => {
    const org = await makeOrg();
    const plan = await breachedPlan(org);
    // A directory server no function names, which SQL depends on: it inherits Sign-in's RTO.
    const hv1 = await db.host.findFirstOrThrow({ where: { planId: plan.id, key: "hv1" } });
    const dir = await db.system.create({ data: { orgId: org.orgId, planId: plan.id, name: "DIR", hostId: hv1.id, ramMiB: 4096, usedGB: 40 } });
    await db.system.update({ where: { id: (await db.system.findFirstOrThrow({ where: { planId: plan.id, name: "SQL" } })).id }, data: { dependsOn: { connect: { id: dir.id } } } });
    const { csv, filename } = await exportReadiness({ actor: org.actors.auditor, planId: plan.id, now: NOW });
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe(
      "System,Scenario,Scenario id,RPO worst case (min),RPO target (min),RPO status,RTO achievable (min),RTO target (min),RTO status,RTO source,RTO inherited from,Restore location,Recovery host,Restore time from,Never ready because,RPO source",
    );
    expect(lines.find((l) => l.startsWith("SQL,Office lost,site-loss,"))).toMatch(/,never,30,breached,from Sign-in,,NAS,Standby,estimate,waits for DIR,from Sign-in$/);
    // DIR has no backup: it never comes back (its data loss unbounded, no host named: nothing reaches one), and SQL waits for it. No function sets its RPO.
    expect(lines.find((l) => l.startsWith("DIR,Office lost,site-loss,"))).toMatch(/^DIR,Office lost,site-loss,unbounded,.*,never,30,breached,"inherited from SQL, which depends on it \(the RTO of Sign-in\)",SQL,,,,no surviving copy,$/);
    expect(filename).toMatch(/^reports-0-\d+-readiness-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "readiness.exported" } })).toBe(1);
  });

  it("names in the readiness CSV the functions each target comes from, as the screens do, for demo-like data", async () => {
    const org = await makeOrg();
    const plan = await breachedPlan(org);
    const scope = { orgId: org.orgId, planId: plan.id };
    const hv1 = await db.host.findFirstOrThrow({ where: { planId: plan.id, key: "hv1" } });
    // As in the demo: Order taking uses DC01 and ERP-APP, which depends on DC01; Dispatch uses DC01
    // too, with the same 2-hour RTO and a looser RPO; PAYROLL depends on DC01 for Payroll's 3 days.
    const dc = await db.system.create({ data: { ...scope, name: "DC01", hostId: hv1.id, ramMiB: 4096, usedGB: 60 } });
    const erp = await db.system.create({ data: { ...scope, name: "ERP-APP", hostId: hv1.id, ramMiB: 8192, usedGB: 80, dependsOn: { connect: { id: dc.id } } } });
    const payroll = await db.system.create({ data: { ...scope, name: "PAYROLL", hostId: hv1.id, ramMiB: 4096, usedGB: 40, dependsOn: { connect: { id: dc.id } } } });
    await db.businessFunction.create({ data: { ...scope, name: "Order taking", rpoMinutes: 60, rtoMinutes: 120, systems: { connect: [{ id: dc.id }, { id: erp.id }] } } });
    await db.businessFunction.create({ data: { ...scope, name: "Dispatch", rpoMinutes: 240, rtoMinutes: 120, systems: { connect: [{ id: dc.id }] } } });
    await db.businessFunction.create({ data: { ...scope, name: "Payroll", rpoMinutes: 1440, rtoMinutes: 3 * 1440, systems: { connect: [{ id: payroll.id }] } } });

    const { csv } = await exportReadiness({ actor: org.actors.auditor, planId: plan.id, now: NOW });
    const [header, ...rows] = readCsv(csv.replace(/^\uFEFF/, "")).map((r) => r.cells);
    const sources = (system: string) => {
      const cells = rows.find((r) => r[0] === system && r[2] === "site-loss")!;
      return Object.fromEntries(["RPO target (min)", "RTO target (min)", "RTO source", "RTO inherited from", "RPO source"].map((c) => [c, cells[header.indexOf(c)]]));
    };
    // Its own functions' 2 h wins over the same 2 h passed down from ERP-APP: both functions are named.
    expect(sources("DC01")).toEqual({ "RPO target (min)": "60", "RTO target (min)": "120", "RTO source": "from Dispatch, Order taking", "RTO inherited from": "", "RPO source": "from Order taking" });
    expect(sources("ERP-APP")).toEqual({ "RPO target (min)": "60", "RTO target (min)": "120", "RTO source": "from Order taking", "RTO inherited from": "", "RPO source": "from Order taking" });
    expect(sources("PAYROLL")).toEqual({ "RPO target (min)": "1440", "RTO target (min)": "4320", "RTO source": "from Payroll", "RTO inherited from": "", "RPO source": "from Payroll" });
    expect(rows.every((r) => r[header.indexOf("RTO source")] !== "own")).toBe(true);
  });

  it("says 'never' and why for a system that never comes back, and leaves the time empty for one not affected", async () => {
    const org = await makeOrg();
    const plan = await breachedPlan(org);
    const scope = { orgId: org.orgId, planId: plan.id };
    const [hv1, standby] = await Promise.all([
      db.host.findFirstOrThrow({ where: { planId: plan.id, key: "hv1" } }),
      db.host.findFirstOrThrow({ where: { planId: plan.id, key: "standby" } }),
    ]);
    const siteLoss = await db.scenario.findFirstOrThrow({ where: { planId: plan.id, key: "site-loss" } });
    // FILES has no backup at all; APP is backed up but depends on FILES; WEB runs at the DR site.
    const files = await db.system.create({ data: { ...scope, name: "FILES", hostId: hv1.id, ramMiB: 4096, usedGB: 200 } });
    const app = await db.system.create({ data: { ...scope, name: "APP", hostId: hv1.id, ramMiB: 4096, usedGB: 20, dependsOn: { connect: { id: files.id } } } });
    const web = await db.system.create({ data: { ...scope, name: "WEB", hostId: standby.id, ramMiB: 2048, usedGB: 10 } });
    await db.systemRecoveryHost.create({ data: { orgId: org.orgId, systemId: app.id, scenarioId: siteLoss.id, hostId: standby.id } });
    await db.backupPolicy.update({ where: { planId_key: { planId: plan.id, key: "nightly" } }, data: { systems: { connect: [{ id: app.id }, { id: web.id }] } } });

    const { csv } = await exportReadiness({ actor: org.actors.auditor, planId: plan.id, now: NOW });
    const [header, ...rows] = readCsv(csv.replace(/^\uFEFF/, "")).map((r) => r.cells);
    const row = (system: string) => {
      const cells = rows.find((r) => r[0] === system && r[2] === "site-loss")!;
      return Object.fromEntries(["RTO achievable (min)", "RTO status", "Restore location", "Recovery host", "Restore time from", "Never ready because"].map((c) => [c, cells[header.indexOf(c)]]));
    };
    expect(row("FILES")).toEqual({ "RTO achievable (min)": "never", "RTO status": "no target (no recovery)", "Restore location": "", "Recovery host": "", "Restore time from": "", "Never ready because": "no surviving copy" });
    expect(row("APP")).toEqual({ "RTO achievable (min)": "never", "RTO status": "no target (no recovery)", "Restore location": "NAS", "Recovery host": "Standby", "Restore time from": "estimate", "Never ready because": "waits for FILES" });
    expect(row("WEB")).toEqual({ "RTO achievable (min)": "", "RTO status": "not affected", "Restore location": "", "Recovery host": "", "Restore time from": "", "Never ready because": "" });
    expect(row("SQL")).toMatchObject({ "RTO status": "breached", "Restore location": "NAS", "Recovery host": "Standby", "Restore time from": "estimate", "Never ready because": "" });
    expect(Number(row("SQL")["RTO achievable (min)"])).toBeGreaterThan(30);
  });

  it("refuses the audit trail to a committee member, and limits it to the plan's own records, with names", async () => {
    const org = await makeOrg();
    const plan = await createPlan({ actor: org.actors.committee, input: { name: `Own ${Math.random()}` } });
    const other = await createPlan({ actor: org.actors.committee, input: { name: `Other ${Math.random()}` } });

    const refused = await failure(requestReport({ actor: org.actors.committee, input: { planId: plan.id, version: "draft", includeAudit: "on", auditFrom: "2026-01-01", auditTo: "2030-12-31" } }));
    expect(refused.fieldErrors).toEqual({ includeAudit: AUDIT_APPENDIX_REFUSED });
    expect(await db.report.count({ where: { planId: plan.id } })).toBe(0);
    await requestReport({ actor: org.actors.committee, input: { planId: plan.id, version: "draft" } });
    expect(await db.report.count({ where: { planId: plan.id } })).toBe(1);

    const threat = { category: "natural", likelihood: 3, impact: 4 };
    await createThreat({ actor: org.actors.committee, input: { planId: plan.id, title: "Flood at the warehouse", ...threat } });
    await createThreat({ actor: org.actors.committee, input: { planId: other.id, title: "Other plan's secret", ...threat } });
    await renamePlan({ actor: org.actors.committee, input: { planId: other.id, name: "Other, renamed", version: 1 } });
    await saveSection({ actor: org.actors.committee, input: { planId: plan.id, key: "concept_of_operations", body: "The chair leads.", version: 0 } });
    // A record deleted since, and a register's export (audited under "<plan id>:<kind>"), are the plan's too.
    const gone = await createThreat({ actor: org.actors.committee, input: { planId: plan.id, title: "Burst pipe", ...threat } });
    await deleteThreat({ actor: org.actors.committee, input: { planId: plan.id, threatId: gone.id, version: 1 } });
    await exportItems({ actor: org.actors.auditor, input: { planId: plan.id, kind: "vendors" } });

    const from = new Date(Date.now() - 3_600_000);
    const to = new Date(Date.now() + 3_600_000);
    const input = await db.$transaction((tx) => loadReportInput(tx, { orgId: org.orgId, planId: plan.id, versionNumber: null, audit: { from, to } }));
    const rows = input.audit!.rows;
    expect(rows.map((r) => r.action)).toEqual(["plan.created", "report.requested", "threat.created", "section.saved", "threat.created", "threat.deleted", "inventory.exported"]);
    expect(rows.find((r) => r.action === "threat.deleted")).toMatchObject({ record: "Burst pipe", deleted: true });
    expect(rows.find((r) => r.action === "threat.created")).toMatchObject({ actorName: org.actors.committee.name, actorEmail: org.actors.committee.email, kind: "Threat", record: "Flood at the warehouse", deleted: false });

    // The appendix reads as the in-app log does: actions and records in words, what changed, no ids.
    const appendix = pdfText(await renderReportPdf(input)).split("Appendix E. Audit trail").at(-1)!.replace(/\s+/g, " ");
    for (const words of ["Saved Plan section: Concept of operations", "body: — -> The chair leads.", "Created Threat: Flood at the warehouse", "title: Flood at the warehouse", "Report of the draft"]) {
      expect(appendix).toContain(words);
    }
    for (const row of rows) expect(appendix).not.toContain(row.entityId);
    const otherIds = (await db.auditLog.findMany({ where: { orgId: org.orgId, action: { in: ["plan.created", "threat.created", "plan.renamed"] } }, select: { entityId: true } }))
      .map((r) => r.entityId)
      .filter((id) => id !== plan.id && !rows.some((r) => r.entityId === id));
    expect(otherIds.length).toBeGreaterThan(0);
    for (const row of rows) expect(otherIds).not.toContain(row.entityId);
    expect(rows.some((r) => r.entityType === "organization" || r.entityType === "member")).toBe(false);
  });
});

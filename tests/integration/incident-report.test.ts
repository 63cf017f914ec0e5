import { execFileSync } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { declareIncident } from "@/lib/incidents/declare-incident";
import { addIncidentEntry } from "@/lib/incidents/add-incident-entry";
import { standDownIncident } from "@/lib/incidents/stand-down-incident";
import { correctDeclaration } from "@/lib/incidents/correct-declaration";
import { exportIncidentReport } from "@/lib/incidents/export-incident-report";
import { getIncident } from "@/lib/incidents/get-incident";
import { getIncidentRecovery } from "@/lib/incidents/get-incident-recovery";
import { functionWords } from "@/lib/incidents/incident-recovery";
import { INCIDENT_REPORTS_AT_ONCE } from "@/lib/incidents/render-incident-report";
import { createFinding } from "@/lib/findings/create-finding";
import { actorForSession } from "@/lib/auth/context";
import { failure, makeOrg } from "./factories";
import { headOffice } from "./incident-fixtures";

const NOW = new Date("2026-12-04T20:00:00Z");

/** The PDF's text, whitespace made single spaces: a table cell's words may wrap over lines. */
function pdfText(bytes: Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "incident-report-")), "report.pdf");
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-raw", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

describe("the post-incident report (PDF)", () => {
  it("holds the declaration, the log in order, the expected recovery beside what was reported back, and the corrective actions; audited", async () => {
    const org = await makeOrg("Incident report");
    const { plan, siteLoss, app } = await headOffice(org);
    const incident = await declareIncident({
      actor: org.actors.executive,
      input: { planId: plan.id, title: "Head office flooded", scenarioId: siteLoss.id, declaredAt: "2026-12-04 07:10", declaredByName: "Daniel Okafor" },
      now: NOW,
    });
    const ref = { planId: plan.id, incidentId: incident.id };
    await addIncidentEntry({ actor: org.actors.committee, input: { ...ref, at: "2026-12-04 07:20", kind: "decision", text: "Invoke the cloud recovery site." }, now: NOW });
    await addIncidentEntry({ actor: org.actors.committee, input: { ...ref, at: "2026-12-04 09:05", kind: "recovery", text: "Order entry working again.", systemId: app.id }, now: NOW });
    await standDownIncident({ actor: org.actors.committee, input: { ...ref, version: "1", stoodDownAt: "2026-12-04 18:15", reviewSummary: "The call list had one stale number." }, now: NOW });
    // The review found the water was there at 06:40.
    await correctDeclaration({
      actor: org.actors.committee,
      input: { ...ref, version: "1", title: "Head office flooded", scenarioId: siteLoss.id, declaredAt: "2026-12-04 07:10", startedAt: "2026-12-04 06:40", declaredByName: "Daniel Okafor", reason: "CCTV log." },
      now: NOW,
    });
    const owner = await db.person.create({ data: { orgId: org.orgId, name: "Tom Reed" } });
    await createFinding({
      actor: org.actors.committee,
      input: { ...ref, description: "Move the servers above the flood line", severity: "high", ownerId: owner.id, dueOn: "2027-01-31" },
    });

    const { filename, bytes } = await exportIncidentReport({ actor: org.actors.auditor, ...ref, now: NOW });
    expect(filename).toBe("head-office-flooded-report-2026-12-04.pdf");
    expect(Buffer.from(bytes).subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(bytes);

    expect(text).toContain("Head office flooded");
    expect(text).toContain("Declared: 4 Dec 2026, 07:10 UTC by Daniel Okafor");
    expect(text).toContain("Disruption began: 4 Dec 2026, 06:40 UTC");
    expect(text).toContain("Status: Stood down");
    expect(text).toContain("The call list had one stale number.");
    // The timeline, in order, with times and authors.
    const timeline = [
      "Invoke the cloud recovery site.",
      "Back in service: APP. Order entry working again.",
      "18:15 UTC Stood down The response stood down.",
      `Declaration corrected by ${org.actors.committee.name}: disruption began at the declaration -> 4 Dec 2026, 06:40 UTC (reason: CCTV log.)`,
    ];
    const at = timeline.map((line) => text.indexOf(line));
    expect(at.map((i, n) => (i >= 0 ? i : timeline[n]))).toEqual([...at].sort((a, b) => a - b));
    expect(text).toContain("4 Dec 2026, 07:20 UTC");
    expect(text).toContain(org.actors.committee.name);
    // The verdicts, as the incident's page words them.
    expect(text).toContain("3 systems affected: 1 back in service, 0 expected within their RTO, 1 expected late, 1 not recoverable as the plan stands.");
    expect(text).toContain("Back in service, 1 h 25 min after its RTO ran out");
    expect(text).toContain("Expected 45 min after its RTO runs out");
    expect(text).toContain("Not recoverable as the plan stands: no surviving copy");
    // The corrective action, with its owner.
    expect(text).toContain("Move the servers above the flood line");
    expect(text).toContain("Tom Reed");

    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, action: "incident.report_downloaded" } });
    expect(audit).toMatchObject({ actorId: org.actors.auditor.userId, entityType: "incident", entityId: incident.id, planId: plan.id });
    expect(audit.after).toEqual({ title: "Head office flooded", entries: 3, sha256: createHash("sha256").update(bytes).digest("hex") });
  });

  it("does not call a function within its MTD on systems nobody assessed, on the page or in the report (decision 83)", async () => {
    const org = await makeOrg("Incident report hostless");
    const { plan, siteLoss, sql } = await headOffice(org);
    const scope = { orgId: org.orgId, planId: plan.id };
    const pbx = await db.system.create({ data: { ...scope, name: "PBX", kind: "physical" } });
    const m365 = await db.system.create({ data: { ...scope, name: "Microsoft 365", kind: "saas" } });
    await db.businessFunction.create({ data: { ...scope, name: "Telephony", mtdMinutes: 480, systems: { connect: [{ id: pbx.id }] } } });
    await db.businessFunction.create({ data: { ...scope, name: "E-mail", mtdMinutes: 480, systems: { connect: [{ id: m365.id }] } } });
    await db.businessFunction.create({ data: { ...scope, name: "Invoicing", mtdMinutes: 960, systems: { connect: [{ id: sql.id }, { id: m365.id }] } } });
    const incident = await declareIncident({
      actor: org.actors.executive,
      input: { planId: plan.id, title: "Head office flooded", scenarioId: siteLoss.id, declaredAt: "2026-12-04 07:10", declaredByName: "Duty manager" },
      now: NOW,
    });
    const ref = { planId: plan.id, incidentId: incident.id };

    const text = pdfText((await exportIncidentReport({ actor: org.actors.auditor, ...ref, now: NOW })).bytes);
    // Telephony and E-mail were "Within its MTD", back at the disaster instant: nothing of ours to wait for.
    expect(text).toContain("Not known: PBX not assessed (no host)");
    expect(text).toContain("Not assessed here: Microsoft 365 restored by its provider");
    expect(text).not.toContain("4 Dec 2026, 07:10 UTC 4 Dec 2026, 07:10 UTC");
    expect(text).toContain("Within its MTD for our systems; Microsoft 365 restored by its provider");
    expect(text.match(/Within its MTD/g)).toHaveLength(2);

    // The page's list, as the section words each function.
    const view = await getIncidentRecovery({ actor: org.actors.auditor, ...(await getIncident({ actor: org.actors.auditor, ...ref })), now: NOW });
    if (view.state !== "assessed") throw new Error(view.state);
    const said = Object.fromEntries(view.recovery.functions.map((f) => [f.name, functionWords(f)]));
    expect(said.Telephony).toEqual({ resumes: "not known", verdict: "Not known: PBX not assessed (no host)", note: "not known: PBX not assessed (no host)" });
    expect(said["E-mail"]).toEqual({ resumes: "not known", verdict: "Not assessed here: Microsoft 365 restored by its provider", note: "not assessed here: Microsoft 365 restored by its provider" });
    expect(said.Invoicing).toEqual({
      resumes: "4 Dec 2026, 08:25 UTC",
      verdict: "Within its MTD for our systems; Microsoft 365 restored by its provider",
      note: "within its MTD for our systems; Microsoft 365 restored by its provider",
    });
    expect(said.Billing).toMatchObject({ verdict: "Within its MTD", note: null });
  });

  it("carries the organisation's classification marking at the top and foot of every page", async () => {
    const org = await makeOrg("Incident report marked");
    const { plan } = await headOffice(org);
    const incident = await declareIncident({
      actor: org.actors.executive,
      input: { planId: plan.id, title: "Power cut", declaredAt: "2026-12-04 07:10", declaredByName: "Duty manager" },
      now: NOW,
    });
    await db.organization.update({ where: { id: org.orgId }, data: { documentMarking: "OFFICIAL-SENSITIVE" } });
    // The member as the next request reads them, marking included (the session's lookup).
    const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: org.actors.auditor.userId }, select: { sessionVersion: true } });
    const auditor = (await actorForSession({ userId: org.actors.auditor.userId, sessionVersion, sessionId: randomUUID() }))!;
    const { bytes } = await exportIncidentReport({ actor: auditor, planId: plan.id, incidentId: incident.id, now: NOW });
    const file = path.join(mkdtempSync(path.join(tmpdir(), "incident-report-")), "report.pdf");
    writeFileSync(file, bytes);
    const pages = execFileSync("pdftotext", ["-raw", file, "-"], { encoding: "utf8" }).split("\f").filter((page) => page.trim());
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(page.match(/OFFICIAL-SENSITIVE/g)).toHaveLength(2);
  });

  it("shows another organisation nothing, and renders only so many at once", async () => {
    const org = await makeOrg("Incident report owner");
    const stranger = await makeOrg("Incident report stranger");
    const { plan } = await headOffice(org);
    const incident = await declareIncident({
      actor: org.actors.executive,
      input: { planId: plan.id, title: "Power cut", declaredAt: "2026-12-04 07:10", declaredByName: "Duty manager" },
      now: NOW,
    });
    const ref = { planId: plan.id, incidentId: incident.id };
    expect((await failure(exportIncidentReport({ actor: stranger.actors.admin, ...ref, now: NOW }))).code).toBe("NOT_FOUND");
    expect((await failure(exportIncidentReport({ actor: stranger.actors.admin, planId: (await headOffice(stranger)).plan.id, incidentId: incident.id, now: NOW }))).code).toBe(
      "NOT_FOUND",
    );

    // One more than the limit at once: one is refused, and only the rendered ones are audited.
    const outcomes = await Promise.allSettled(Array.from({ length: INCIDENT_REPORTS_AT_ONCE + 1 }, () => exportIncidentReport({ actor: org.actors.auditor, ...ref, now: NOW })));
    const refused = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason as { code: string }] : []));
    expect(refused.map((r) => r.code)).toEqual(["UNAVAILABLE"]);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "incident.report_downloaded" } })).toBe(INCIDENT_REPORTS_AT_ONCE);
    expect(await db.auditLog.count({ where: { orgId: stranger.orgId, action: "incident.report_downloaded" } })).toBe(0);
  });
});

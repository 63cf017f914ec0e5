import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { setApprovers } from "@/lib/versions/set-approvers";
import { submitPlan } from "@/lib/versions/submit-plan";
import { decideVersion } from "@/lib/versions/decide-version";
import { loadReportInput } from "@/lib/reports/load-report-input";
import { renderReportPdf } from "@/lib/reports/render-report-pdf";
import { getEmergencySheet } from "@/lib/emergency/get-emergency-sheet";
import { getDocumentSettings } from "@/lib/settings/get-document-settings";
import { actorForSession } from "@/lib/auth/context";
import { updateDocumentSettings } from "@/lib/settings/update-document-settings";
import { failure, makeOrg, refused } from "./factories";

const NOW = new Date("2026-11-25T12:00:00Z");

const settingsOf = (orgId: string) => db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { documentMarking: true, documentSettingsVersion: true } });
const audits = (orgId: string) => db.auditLog.findMany({ where: { orgId, action: "org.document_marking_changed" }, orderBy: { createdAt: "asc" } });

/** The PDF's text, one string per page (pdftotext separates pages with a form feed; the last is empty). */
function pdfPages(bytes: Uint8Array): string[] {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "marking-")), "report.pdf");
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-raw", file, "-"], { encoding: "utf8" }).split("\f").filter((page) => page.trim());
}

describe("the classification marking setting", () => {
  it("is saved trimmed by an administrator, audited, and read by every member", async () => {
    const { orgId, actors } = await makeOrg("Marking");
    expect(await getDocumentSettings({ actor: actors.admin })).toEqual({ documentMarking: "", version: 1 });
    const saved = await updateDocumentSettings({ actor: actors.admin, input: { documentMarking: "  OFFICIAL-SENSITIVE  ", version: "1" } });
    expect(saved).toEqual({ documentMarking: "OFFICIAL-SENSITIVE", version: 2, changed: true });
    expect(await settingsOf(orgId)).toEqual({ documentMarking: "OFFICIAL-SENSITIVE", documentSettingsVersion: 2 });
    const [audit] = await audits(orgId);
    expect(audit).toMatchObject({ actorId: actors.admin.userId, entityType: "organization", entityId: orgId, planId: null, before: { documentMarking: "" }, after: { documentMarking: "OFFICIAL-SENSITIVE" } });
    // Every member's pages read it with the member, from the session (the layout prints it).
    for (const role of ["admin", "committee", "executive", "auditor"] as const) {
      const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: actors[role].userId }, select: { sessionVersion: true } });
      expect((await actorForSession({ userId: actors[role].userId, sessionVersion, sessionId: randomUUID() }))?.orgMarking).toBe("OFFICIAL-SENSITIVE");
    }

    // The same marking again writes nothing; an emptied one is no marking, audited too.
    expect(await updateDocumentSettings({ actor: actors.admin, input: { documentMarking: "OFFICIAL-SENSITIVE ", version: "2" } })).toMatchObject({ changed: false, version: 2 });
    expect(await audits(orgId)).toHaveLength(1);
    await updateDocumentSettings({ actor: actors.admin, input: { documentMarking: "", version: "2" } });
    expect(await settingsOf(orgId)).toEqual({ documentMarking: "", documentSettingsVersion: 3 });
    expect((await audits(orgId)).map((a) => a.after)).toEqual([{ documentMarking: "OFFICIAL-SENSITIVE" }, { documentMarking: "" }]);
  });

  it("refuses a save started before someone else's, saying what they changed, and a marking too long, naming the field", async () => {
    const { orgId, actors } = await makeOrg("Marking");
    await updateDocumentSettings({ actor: actors.admin, input: { documentMarking: "OFFICIAL-SENSITIVE", version: "1" } });
    const stale = await refused(updateDocumentSettings({ actor: actors.admin, input: { documentMarking: "Confidential", version: "1" } }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.conflict).toMatchObject({ version: 2, by: actors.admin.name, changes: [{ field: "documentMarking", label: "Classification marking", from: "none", to: "OFFICIAL-SENSITIVE" }] });
    const long = await failure(updateDocumentSettings({ actor: actors.admin, input: { documentMarking: "x".repeat(61), version: "2" } }));
    expect(long).toMatchObject({ code: "VALIDATION", fieldErrors: { documentMarking: "Keep the marking to 60 characters, such as OFFICIAL-SENSITIVE." } });
    expect(await settingsOf(orgId)).toEqual({ documentMarking: "OFFICIAL-SENSITIVE", documentSettingsVersion: 2 });
    expect(await audits(orgId)).toHaveLength(1);
  });

  it("is changed only by the organisation's own administrators", async () => {
    const own = await makeOrg("Marking");
    const other = await makeOrg("Other");
    for (const role of ["committee", "executive", "auditor"] as const) {
      expect((await failure(updateDocumentSettings({ actor: own.actors[role], input: { documentMarking: "SECRET", version: "1" } }))).code).toBe("FORBIDDEN");
    }
    // Another organisation's administrator sets their own organisation's marking, never this one's.
    await updateDocumentSettings({ actor: other.actors.admin, input: { documentMarking: "SECRET", version: "1" } });
    expect(await settingsOf(own.orgId)).toEqual({ documentMarking: "", documentSettingsVersion: 1 });
    expect(await settingsOf(other.orgId)).toEqual({ documentMarking: "SECRET", documentSettingsVersion: 2 });
    expect(await audits(own.orgId)).toHaveLength(0);
  });

  it("marks no plan changed since approval", async () => {
    const { actors } = await makeOrg("Marking");
    const plan = await createPlan({ actor: actors.committee, input: { name: "Bristol" } });
    await updateDocumentSettings({ actor: actors.admin, input: { documentMarking: "OFFICIAL", version: "1" } });
    expect((await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).contentRevision).toBe(plan.contentRevision);
  });
});

describe("where the marking appears", () => {
  it("is on the emergency sheet while set, and not once emptied", async () => {
    const { actors } = await makeOrg("Sheet");
    const plan = await createPlan({ actor: actors.committee, input: { name: "Bristol" } });
    expect((await getEmergencySheet({ actor: actors.auditor, planId: plan.id })).marking).toBe("");
    await updateDocumentSettings({ actor: actors.admin, input: { documentMarking: "OFFICIAL-SENSITIVE", version: "1" } });
    const sheet = await getEmergencySheet({ actor: actors.auditor, planId: plan.id });
    expect(sheet).toMatchObject({ plan: { id: plan.id, name: "Bristol", status: "active" }, marking: "OFFICIAL-SENSITIVE" });
  });

  it("is at the top and foot of every page of a version's PDF made after it was set, and on none once it is emptied", async () => {
    const { orgId, actors } = await makeOrg("Report");
    const plan = await createPlan({ actor: actors.committee, input: { name: "Bristol operations" } });
    await setApprovers({ actor: actors.committee, input: { planId: plan.id, approverIds: [actors.executive.userId] } });
    const version = await submitPlan({ actor: actors.committee, input: { planId: plan.id } });
    await decideVersion({ actor: actors.executive, input: { planId: plan.id, number: version.number, decision: "approved", versionHash: version.hash, agree: "yes" } });
    const read = () => db.$transaction((tx) => loadReportInput(tx, { orgId, planId: plan.id, versionNumber: version.number, audit: null, now: NOW }));

    // Set after the version was approved: a report made now carries today's marking.
    const marking = "Confidential — internal use only";
    await updateDocumentSettings({ actor: actors.admin, input: { documentMarking: marking, version: "1" } });
    const input = await read();
    expect(input.marking).toBe(marking);
    const pages = pdfPages(await renderReportPdf(input));
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((page, i) => expect(page.split(marking).length - 1, `page ${i + 1}`).toBe(2));

    await updateDocumentSettings({ actor: actors.admin, input: { documentMarking: "", version: "2" } });
    const unmarked = pdfPages(await renderReportPdf(await read()));
    expect(unmarked.length).toBe(pages.length);
    expect(unmarked.join("\n")).not.toContain("Confidential");
  });
});

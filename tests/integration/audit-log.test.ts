import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { renamePlan } from "@/lib/plans/rename-plan";
import { listAudit } from "@/lib/audit/list-audit";
import { exportAudit, tooManyToExport } from "@/lib/audit/export-audit";
import { auditNames } from "@/lib/audit/audit-names";
import { readCsv } from "@/lib/csv/read-csv";
import { saveSection } from "@/lib/sections/save-section";
import { updateCommitment } from "@/lib/committee/update-commitment";
import { createPerson } from "@/lib/people/create-person";
import { createThreat } from "@/lib/risks/create-threat";
import { deleteThreat } from "@/lib/risks/delete-threat";
import { setApprovers } from "@/lib/versions/set-approvers";
import { submitPlan } from "@/lib/versions/submit-plan";
import { decideVersion } from "@/lib/versions/decide-version";
import { createSystem } from "@/lib/systems/create-system";
import { updateSystem } from "@/lib/systems/update-system";
import { changeRole } from "@/lib/members/change-role";
import { createFunction } from "@/lib/bia/create-function";
import { actionText, changeText, recordLabel } from "@/lib/audit/audit-display";
import { failure, makeOrg } from "./factories";

describe("the audit log as a person reads it", () => {
  it("names the record and shows only what changed, old → new", async () => {
    const { actors } = await makeOrg();
    const plan = await createPlan({ actor: actors.committee, input: { name: "Bristol operations" } });
    await renamePlan({ actor: actors.committee, input: { planId: plan.id, name: "Bristol and Avonmouth", description: "", version: "1" } });
    const { rows } = await listAudit({ actor: actors.auditor, query: {} });
    expect(rows.map((row) => ({ action: row.action, kind: row.kind, record: row.record, changes: row.changes }))).toEqual([
      { action: "plan.renamed", kind: "Plan", record: "Bristol and Avonmouth", changes: [{ field: "name", from: "Bristol operations", to: "Bristol and Avonmouth" }] },
      { action: "plan.created", kind: "Plan", record: "Bristol and Avonmouth", changes: [{ field: "name", from: null, to: "Bristol operations" }, { field: "status", from: null, to: "active" }] },
    ]);
  });

  it("filters by kind of record, search and days, and offers the kinds the log holds", async () => {
    const { orgId, actors } = await makeOrg();
    await createPlan({ actor: actors.committee, input: { name: "One" } });
    await db.auditLog.create({ data: { orgId, actorEmail: "old@example.test", action: "threat.created", entityType: "threat", entityId: "t1", createdAt: new Date("2025-03-01T10:00:00Z") } });
    const all = await listAudit({ actor: actors.admin, query: {} });
    expect(all.kinds).toEqual([{ value: "plan", label: "Plan" }, { value: "threat", label: "Threat" }]);
    expect((await listAudit({ actor: actors.admin, query: { kind: "THREAT" } })).rows.map((r) => r.action)).toEqual(["threat.created"]);
    expect((await listAudit({ actor: actors.admin, query: { from: "2025-03-01", to: "2025-03-01" } })).total).toBe(1);
    expect((await listAudit({ actor: actors.admin, query: { to: "2025-02-28" } })).total).toBe(0);
    expect((await listAudit({ actor: actors.admin, query: { q: "old@" } })).total).toBe(1);
    // A malformed page is ignored, as on every list.
    expect((await listAudit({ actor: actors.admin, query: { page: "x" } })).total).toBe(2);
  });

  it("lists nothing for dates it cannot apply, says why by field, and refuses to export them", async () => {
    const { orgId, actors } = await makeOrg();
    await createPlan({ actor: actors.committee, input: { name: "One" } });
    await db.auditLog.create({ data: { orgId, action: "threat.created", entityType: "threat", entityId: "t1", createdAt: new Date("2025-03-01T10:00:00Z") } });
    // Before, ?from=garbage listed every entry as though filtered, and From after To read as "No entries match".
    const garbage = await listAudit({ actor: actors.auditor, query: { from: "garbage", kind: "threat" } });
    expect(garbage).toMatchObject({ rows: [], total: 0, dateErrors: { from: "From: enter a date like 2026-11-01." }, filters: { kind: "threat", from: undefined } });
    expect((await listAudit({ actor: actors.auditor, query: { to: "2025-02-30" } })).dateErrors).toEqual({ to: "To: enter a date like 2026-11-01." });
    const reversed = await listAudit({ actor: actors.auditor, query: { from: "2026-12-01", to: "2026-01-01" } });
    expect(reversed).toMatchObject({ rows: [], dateErrors: { order: "From is after To: swap them or change one." }, filters: { from: "2026-12-01", to: "2026-01-01" } });

    const refused = await failure(exportAudit({ actor: actors.auditor, query: { from: "garbage" } }));
    expect(refused).toMatchObject({ code: "VALIDATION", fieldErrors: { from: "From: enter a date like 2026-11-01." } });
    expect(await db.auditLog.count({ where: { orgId, action: "audit.exported" } })).toBe(0);
    // Empty fields, as the filter form sends them, are no filter.
    expect(await listAudit({ actor: actors.auditor, query: { from: "", to: "" } })).toMatchObject({ total: 2, dateErrors: {} });
  });

  it("shows a code by its label, on the page and in the CSV: a system's Kind as the system's page does", async () => {
    const { actors } = await makeOrg();
    const plan = await createPlan({ actor: actors.committee, input: { name: "Bristol operations" } });
    const system = await createSystem({ actor: actors.committee, input: { planId: plan.id, name: "WMS", kind: "vm" } });
    await updateSystem({ actor: actors.committee, input: { planId: plan.id, systemId: system.id, version: "1", name: "WMS", kind: "physical" } });
    const [updated, created] = (await listAudit({ actor: actors.auditor, query: { kind: "system" } })).rows;
    expect(updated.changes.map(changeText)).toEqual(["kind: Virtual machine → Physical server"]);
    expect(created.changes.map(changeText)).toContain("kind: Virtual machine");
    const { csv } = await exportAudit({ actor: actors.auditor, query: { kind: "system" } });
    const records = readCsv(csv.replace(/^\uFEFF/, "")).map((record) => record.cells);
    expect(records[1][10]).toBe("kind: Virtual machine → Physical server");
  });

  it("shows the last page for a page past the end", async () => {
    const { orgId, actors } = await makeOrg();
    await db.auditLog.createMany({ data: Array.from({ length: 3 }, (_, n) => ({ orgId, action: `thing.${n}`, entityType: "thing", entityId: `t${n}` })) });
    const page = await listAudit({ actor: actors.auditor, query: { page: "4" } });
    expect(page).toMatchObject({ total: 3, page: 1, pageCount: 1, filters: { page: 1 } });
    expect(page.rows).toHaveLength(3);
  });

  it("never names another organisation's records", async () => {
    const a = await makeOrg();
    const b = await makeOrg();
    const theirs = await createPlan({ actor: b.actors.committee, input: { name: "Their plan" } });
    const ours = await createPlan({ actor: a.actors.committee, input: { name: "Our plan" } });
    expect(await auditNames(a.orgId, [theirs.id, ours.id, a.actors.admin.userId, b.actors.admin.userId])).toEqual(
      new Map([
        [ours.id, "Our plan"],
        [a.actors.admin.userId, a.actors.admin.name],
      ]),
    );
  });

  it("downloads as CSV with the page's filters, formulas neutralised, and the download is audited", async () => {
    const { orgId, actors } = await makeOrg();
    await createPlan({ actor: actors.committee, input: { name: "=HYPERLINK(\"http://evil.example\")" } });
    await createPlan({ actor: actors.committee, input: { name: "Second" } });
    const { csv, filename } = await exportAudit({ actor: actors.auditor, query: { kind: "plan", q: "plan.created" }, now: new Date("2026-11-26T12:00:00Z") });
    expect(filename).toBe("audit-log-2026-11-26.csv");
    const [header, ...records] = readCsv(csv.replace(/^\uFEFF/, "")).map((record) => record.cells);
    expect(header).toEqual(["Entry", "When (UTC)", "Who", "E-mail", "Action", "Action code", "Kind of record", "Record", "Record id", "Plan", "Changes"]);
    // The last line is the chain head the file was made at.
    expect(records.pop()?.[0]).toMatch(/^Audit log chain head at export: entry #\d+, SHA-256 [0-9a-f]{64}$/);
    // Each entry's number in the chain, as the page shows it, so an entry a verification names is found in the file.
    const chained = await db.auditLog.findMany({ where: { orgId, action: "plan.created" }, orderBy: { seq: "desc" }, select: { seq: true, entityId: true } });
    expect(records.map((r) => [r[0], r[8]])).toEqual(chained.map((row) => [String(row.seq), row.entityId]));
    expect(records.map((r) => [r[2], r[3], r[4], r[5], r[6], r[7], r[9], r[10]])).toEqual([
      [actors.committee.name, actors.committee.email, "Created", "plan.created", "Plan", "Second", "Second", "name: Second; status: active"],
      [
        actors.committee.name,
        actors.committee.email,
        "Created",
        "plan.created",
        "Plan",
        `'=HYPERLINK("http://evil.example")`,
        `'=HYPERLINK("http://evil.example")`,
        `name: =HYPERLINK("http://evil.example"); status: active`,
      ],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId, action: "audit.exported" } });
    expect(audit).toMatchObject({ actorId: actors.auditor.userId, after: { kind: "plan", q: "plan.created", rows: 2 } });
    expect((await failure(exportAudit({ actor: actors.committee, query: {} }))).code).toBe("FORBIDDEN");
  });

  it("exports every entry the filters select or none: more than one file holds is refused, never cut short", async () => {
    const { orgId, actors } = await makeOrg();
    await db.auditLog.createMany({ data: Array.from({ length: 5 }, (_, n) => ({ orgId, action: `threat.${n}`, entityType: "threat", entityId: `t${n}` })) });
    const refused = await failure(exportAudit({ actor: actors.auditor, query: { kind: "threat" }, maxRows: 4 }));
    expect(refused).toMatchObject({ code: "VALIDATION", message: tooManyToExport(5, 4) });
    expect(refused.message).toBe("5 entries match these filters, more than the 4 one download holds: narrow them (a shorter period, one plan or one kind of record) and download each part.");
    expect(await db.auditLog.count({ where: { orgId, action: "audit.exported" } })).toBe(0);
    // Exactly as many as one file holds: all of them, in one file.
    const { csv } = await exportAudit({ actor: actors.auditor, query: { kind: "threat" }, maxRows: 5 });
    const codes = readCsv(csv.replace(/^\uFEFF/, "")).slice(1, -1).map((record) => record.cells[5]);
    expect(codes.sort()).toEqual(["threat.0", "threat.1", "threat.2", "threat.3", "threat.4"]);
    expect(await db.auditLog.findFirstOrThrow({ where: { orgId, action: "audit.exported" } })).toMatchObject({ after: { kind: "threat", rows: 5 } });
  });

  it("names a section's save by the section and its plan, and a save that changes nothing writes no row", async () => {
    const { orgId, actors } = await makeOrg();
    const plan = await createPlan({ actor: actors.committee, input: { name: "Avonmouth cold store" } });
    await saveSection({ actor: actors.committee, input: { planId: plan.id, key: "concept_of_operations", body: "The chair leads.", version: 0 } });
    expect(await saveSection({ actor: actors.committee, input: { planId: plan.id, key: "concept_of_operations", body: " The chair leads. ", version: 1 } })).toMatchObject({ changed: false, version: 1 });
    // A first save of nothing is nothing to save either.
    expect(await saveSection({ actor: actors.committee, input: { planId: plan.id, key: "scope", body: "", version: 0 } })).toMatchObject({ changed: false });
    const rows = await db.auditLog.findMany({ where: { orgId, action: "section.saved" } });
    expect(rows.map((row) => row.after)).toEqual([{ planId: plan.id, key: "concept_of_operations", title: "Concept of operations", body: "The chair leads." }]);
    expect(await db.planSection.findFirstOrThrow({ where: { planId: plan.id, key: "concept_of_operations" } })).toMatchObject({ version: 1 });

    const [saved] = (await listAudit({ actor: actors.auditor, query: { q: "section.saved" } })).rows;
    expect({ kind: saved.kind, record: saved.record, plan: saved.plan, changes: saved.changes.map(changeText) }).toEqual({
      kind: "Plan section",
      record: "Concept of operations",
      plan: { id: plan.id, name: "Avonmouth cold store" },
      changes: ["body: — → The chair leads."],
    });
    // A row written before saves recorded the title (its plan filled in by the planId migration) is named by its section all the same.
    await db.auditLog.create({ data: { orgId, action: "section.saved", entityType: "plan_section", entityId: saved.entityId, planId: plan.id, before: { key: "concept_of_operations", body: "" }, after: { key: "concept_of_operations", body: "Old" } } });
    const [old] = (await listAudit({ actor: actors.auditor, query: { q: "section.saved" } })).rows;
    expect([old.record, old.plan?.name]).toEqual(["Concept of operations", "Avonmouth cold store"]);
  });

  it("writes no row for a commitment, a name or approvers saved unchanged", async () => {
    const { orgId, actors } = await makeOrg();
    const plan = await createPlan({ actor: actors.committee, input: { name: "Avonmouth cold store" } });
    const sponsor = await createPerson({ actor: actors.committee, input: { name: "Tom Reed" } });
    await updateCommitment({ actor: actors.committee, input: { planId: plan.id, version: 1, sponsorId: sponsor.id, endorsedOn: "2026-02-10" } });
    expect(await updateCommitment({ actor: actors.committee, input: { planId: plan.id, version: 2, sponsorId: sponsor.id, endorsedOn: "2026-02-10" } })).toMatchObject({ changed: false, version: 2 });
    expect(await db.auditLog.count({ where: { orgId, action: "plan.commitment-updated" } })).toBe(1);
    expect(await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({ version: 2 });
    const [entry] = (await listAudit({ actor: actors.auditor, query: { q: "commitment" } })).rows;
    expect([actionText(entry.action), entry.changes.map(changeText)]).toEqual(["Commitment updated", ["sponsor: — → Tom Reed", "endorsed on: — → 2026-02-10"]]);

    expect(await renamePlan({ actor: actors.committee, input: { planId: plan.id, name: "Avonmouth cold store", description: "", version: "2" } })).toMatchObject({ changed: false, version: 2 });
    const approvers = { planId: plan.id, approverIds: [actors.executive.userId] };
    expect(await setApprovers({ actor: actors.committee, input: approvers })).toEqual({ changed: true });
    expect(await setApprovers({ actor: actors.committee, input: approvers })).toEqual({ changed: false });
    expect(await db.auditLog.count({ where: { orgId, action: { in: ["plan.renamed", "plan.approvers_set"] } } })).toBe(1);
  });

  it("shows an approval's version and hash as values, names the version, and puts each entry under its plan", async () => {
    const { orgId, actors } = await makeOrg();
    const plan = await createPlan({ actor: actors.committee, input: { name: "Avonmouth cold store" } });
    await setApprovers({ actor: actors.committee, input: { planId: plan.id, approverIds: [actors.executive.userId] } });
    const version = await submitPlan({ actor: actors.committee, input: { planId: plan.id } });
    await decideVersion({ actor: actors.executive, input: { planId: plan.id, number: 1, decision: "approved", versionHash: version.hash, agree: "yes", comment: "Agreed at the board." } });
    const { rows } = await listAudit({ actor: actors.auditor, query: { kind: "plan_version" } });
    expect(rows.map((row) => [actionText(row.action), recordLabel(row), row.plan?.name, row.changes.map(changeText)])).toEqual([
      // In the order Postgres keeps a snapshot's keys (shorter first).
      ["Approved by every approver", "Version 1", "Avonmouth cold store", ["status: Awaiting approval → Approved", `hash: ${version.hash}`, "number: 1", "approved for days: 365"]],
      ["Approved by one approver", "Version 1", "Avonmouth cold store", [`hash: ${version.hash}`, "number: 1", "comment: Agreed at the board.", "decision: Approved"]],
      ["Submitted for approval", "Version 1", "Avonmouth cold store", [`hash: ${version.hash}`, "plan: Avonmouth cold store", "number: 1"]],
    ]);
    expect(rows.flatMap((row) => row.changes.map(changeText)).filter((text) => text.includes("— →"))).toEqual([]);
    // Nothing about the organisation itself is put under a plan.
    await exportAudit({ actor: actors.auditor, query: {} });
    const [exported] = (await listAudit({ actor: actors.auditor, query: { q: "audit.exported" } })).rows;
    expect([exported.plan, exported.record]).toEqual([null, (await db.organization.findUniqueOrThrow({ where: { id: orgId } })).name]);
  });

  it("finds entries by the words the page shows: an action's, a kind of record's, a role's label, a person's name", async () => {
    const { orgId, actors } = await makeOrg();
    const plan = await createPlan({ actor: actors.committee, input: { name: "Avonmouth cold store" } });
    await createFunction({ actor: actors.committee, input: { planId: plan.id, name: "Order taking" } });
    await setApprovers({ actor: actors.committee, input: { planId: plan.id, approverIds: [actors.executive.userId] } });
    await submitPlan({ actor: actors.committee, input: { planId: plan.id } });
    const membership = await db.membership.findFirstOrThrow({ where: { orgId, userId: actors.auditor.userId } });
    await changeRole({ actor: actors.admin, input: { membershipId: membership.id, role: "admin" } });
    const found = async (q: string) => (await listAudit({ actor: actors.executive, query: { q } })).rows.map((row) => row.action);

    // The role change's code and snapshot say "admin"; the page says "Administrator".
    expect(await found("administrator")).toEqual(["member.role_changed"]);
    expect(await found("Submitted for approval")).toEqual(["plan.submitted"]);
    expect(await found("role changed")).toEqual(["member.role_changed"]);
    expect(await found("Business function")).toEqual(["function.created"]);
    // By the actor's name as the Who column shows it, beside their e-mail.
    expect(await found(actors.admin.name.toUpperCase())).toEqual(["member.role_changed"]);
    expect(await found(actors.admin.email)).toEqual(["member.role_changed"]);
    // The code still finds it, and another organisation's member of the same name finds nothing here.
    expect(await found("member.role")).toEqual(["member.role_changed"]);
    const other = await makeOrg();
    expect((await listAudit({ actor: other.actors.auditor, query: { q: "administrator" } })).total).toBe(0);
    // The CSV selects the same entries.
    const { csv } = await exportAudit({ actor: actors.auditor, query: { q: "Administrator" } });
    expect(readCsv(csv.replace(/^\uFEFF/, "")).slice(1, -1).map((record) => record.cells[5])).toEqual(["member.role_changed"]);
  });

  it("names the actor by name and e-mail on the page and in the CSV", async () => {
    const { orgId, actors } = await makeOrg();
    await createPlan({ actor: actors.committee, input: { name: "Avonmouth cold store" } });
    // Written by no member (an upgrade), and by a member whose account is gone: the address kept.
    await db.auditLog.createMany({
      data: [
        { orgId, action: "person.created", entityType: "person", entityId: "p1" },
        { orgId, actorId: "cmgoneuser000000000000001", actorEmail: "gone@example.test", action: "threat.created", entityType: "threat", entityId: "t1" },
      ],
    });
    const { rows } = await listAudit({ actor: actors.auditor, query: {} });
    expect(rows.map((row) => [row.action, row.actorName, row.actorEmail])).toEqual(
      expect.arrayContaining([
        ["plan.created", actors.committee.name, actors.committee.email],
        ["person.created", null, null],
        ["threat.created", null, "gone@example.test"],
      ]),
    );
    const { csv } = await exportAudit({ actor: actors.auditor, query: {} });
    const records = readCsv(csv.replace(/^\uFEFF/, "")).map((record) => record.cells);
    const who = Object.fromEntries(records.slice(1, -1).map((r) => [r[5], [r[2], r[3]]]));
    expect(who).toEqual({
      "plan.created": [actors.committee.name, actors.committee.email],
      "person.created": ["system", ""],
      "threat.created": ["gone@example.test", "gone@example.test"],
    });
  });

  it("ends the CSV with the chain head it was made at, which its own audit row records", async () => {
    const { orgId, actors } = await makeOrg();
    await createPlan({ actor: actors.committee, input: { name: "Avonmouth cold store" } });
    const head = await db.auditLog.findFirstOrThrow({ where: { orgId }, orderBy: { seq: "desc" } });
    const { csv } = await exportAudit({ actor: actors.auditor, query: {} });
    expect(readCsv(csv.replace(/^\uFEFF/, "")).at(-1)?.cells).toEqual([`Audit log chain head at export: entry #${head.seq}, SHA-256 ${head.hash}`]);
    const exported = await db.auditLog.findFirstOrThrow({ where: { orgId, action: "audit.exported" } });
    expect(exported).toMatchObject({ seq: head.seq! + 1, after: { rows: 1, chainHead: { seq: head.seq, hash: head.hash } } });
  });

  it("says a deleted record was deleted, by the name its rows kept", async () => {
    const { actors } = await makeOrg();
    const plan = await createPlan({ actor: actors.committee, input: { name: "Avonmouth cold store" } });
    const threat = await createThreat({ actor: actors.committee, input: { planId: plan.id, title: "Compressor failure", category: "technical", likelihood: 3, impact: 4 } });
    await deleteThreat({ actor: actors.committee, input: { planId: plan.id, threatId: threat.id, version: 1 } });
    const { rows } = await listAudit({ actor: actors.auditor, query: { kind: "threat" } });
    expect(rows.map((row) => [row.action, recordLabel(row)])).toEqual([
      ["threat.deleted", "Compressor failure (deleted)"],
      ["threat.created", "Compressor failure (deleted)"],
    ]);
    // An id the app did not make (an import's), or a kind the log does not look up, is never called deleted.
    const { orgId } = actors.auditor;
    await db.auditLog.createMany({
      data: [
        { orgId, action: "threat.imported", entityType: "threat", entityId: "legacy-7" },
        { orgId, action: "thing.done", entityType: "thing", entityId: "cmwy96upp000fxh7d9w3k2a1b" },
      ],
    });
    const odd = (await listAudit({ actor: actors.auditor, query: {} })).rows.filter((row) => ["threat.imported", "thing.done"].includes(row.action));
    expect(odd.map((row) => row.deleted)).toEqual([false, false]);
  });
});

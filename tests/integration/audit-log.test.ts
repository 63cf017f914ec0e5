import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { renamePlan } from "@/lib/plans/rename-plan";
import { listAudit } from "@/lib/audit/list-audit";
import { exportAudit } from "@/lib/audit/export-audit";
import { auditNames } from "@/lib/audit/audit-names";
import { readCsv } from "@/lib/csv/read-csv";
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
    // A malformed filter is ignored, as on every list.
    expect((await listAudit({ actor: actors.admin, query: { from: "2025-02-30", page: "x" } })).total).toBe(2);
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
    expect(header).toEqual(["When (UTC)", "Who", "Action", "Kind of record", "Record", "Record id", "Changes"]);
    expect(records.map((r) => [r[1], r[2], r[3], r[4], r[6]])).toEqual([
      [actors.committee.email, "plan.created", "Plan", "Second", "name: Second; status: active"],
      [actors.committee.email, "plan.created", "Plan", `'=HYPERLINK("http://evil.example")`, `name: =HYPERLINK("http://evil.example"); status: active`],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId, action: "audit.exported" } });
    expect(audit).toMatchObject({ actorId: actors.auditor.userId, after: { kind: "plan", q: "plan.created", rows: 2 } });
    expect((await failure(exportAudit({ actor: actors.committee, query: {} }))).code).toBe("FORBIDDEN");
  });
});

import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPlan } from "@/lib/plans/create-plan";
import { setApprovers } from "@/lib/versions/set-approvers";
import { submitPlan } from "@/lib/versions/submit-plan";
import { decideVersion } from "@/lib/versions/decide-version";
import { deleteAttachment } from "@/lib/exercises/delete-attachment";
import { assessPlan } from "@/lib/recovery/assess-plan";
import { snapshotHash } from "@/lib/versions/canonical-json";
import { exportOrganization } from "@/lib/exports/export-organization";
import { importOrganization } from "@/lib/exports/import-organization";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { exportFromText, importOrgData } from "@/lib/exports/import-org-data";
import type { OrgExport } from "@/lib/exports/format";
import { CHAIN_START, checkChain, type ChainEntry } from "@/lib/audit/audit-chain";
import { createExercise } from "@/lib/exercises/create-exercise";
import { addMeasurement } from "@/lib/exercises/add-measurement";
import { declareIncident } from "@/lib/incidents/declare-incident";
import { addIncidentEntry } from "@/lib/incidents/add-incident-entry";
import { createFinding } from "@/lib/findings/create-finding";
import { recordReview } from "@/lib/reviews/record-review";
import { updateEmailPreferences } from "@/lib/notifications/update-email-preferences";
import { createDatabaseIfMissing, dropDatabase, migrate, withDatabase } from "../../scripts/lib/database";
import { scriptClient } from "../../scripts/lib/prisma";
import { failure, makeOrg, PASSWORD, type TestOrg } from "./factories";
import { exportedFrom, exportText, importExport, parseOrgExport } from "./export-text";

const adminUrl = () => withDatabase(process.env.DATABASE_URL!, "postgres");
const secondName = `continuity_it_import_${randomBytes(4).toString("hex")}`;
let second: PrismaClient;

beforeAll(async () => {
  await createDatabaseIfMissing(adminUrl(), secondName);
  await migrate(withDatabase(process.env.DATABASE_URL!, secondName));
  second = scriptClient(withDatabase(process.env.DATABASE_URL!, secondName));
}, 120_000);

afterAll(async () => {
  await second?.$disconnect();
  await dropDatabase(adminUrl(), secondName);
});

/** An organisation with something in every kind of table: people, plan content, a version, attachments (one kept only for the version). */
async function richOrg(): Promise<{ org: TestOrg; planId: string }> {
  const org = await makeOrg("Export");
  const plan = await createPlan({ actor: org.actors.committee, input: { name: "Bristol operations" } });
  const scope = { orgId: org.orgId, planId: plan.id };
  const department = await db.department.create({ data: { orgId: org.orgId, name: "Warehouse" } });
  const site = await db.site.create({ data: { orgId: org.orgId, name: "Bristol warehouse" } });
  const person = await db.person.create({ data: { orgId: org.orgId, name: "Sam Lee", email: "sam@example.test", departmentId: department.id } });
  await db.committeeMember.create({ data: { ...scope, personId: person.id, role: "chair" } });
  const host = await db.host.create({ data: { ...scope, key: "hv1", name: "HV1", siteId: site.id, ramMiB: 65536 } });
  const dc = await db.system.create({ data: { ...scope, name: "DC01", hostId: host.id, ramMiB: 4096, usedGB: 60, ownerPersonId: person.id } });
  const sql = await db.system.create({ data: { ...scope, name: "SQL01", hostId: host.id, ramMiB: 8192, usedGB: 200, dependsOn: { connect: { id: dc.id } } } });
  await db.businessFunction.create({ data: { ...scope, name: "Invoicing", rtoMinutes: 480, impactGrid: { financial: { "60": "minor" } }, systems: { connect: [{ id: sql.id }] }, keyPeople: { connect: [{ id: person.id }] } } });
  await db.threat.create({ data: { ...scope, category: "natural", title: "Flood", likelihood: 2, impact: 4 } });
  await db.inventoryItem.create({ data: { ...scope, kind: "vendors", label: "Acme", data: { name: "Acme", phone: "=1+1" } } });
  const exercise = await db.exercise.create({ data: { ...scope, type: "walkthrough", title: "Walkthrough", conductedOn: new Date("2026-10-01"), result: "passed" } });
  await db.attachment.create({ data: { ...scope, exerciseId: exercise.id, fileName: "notes.txt", contentType: "text/plain", sizeBytes: 5, sha256: "x", data: new Uint8Array([104, 101, 108, 108, 111]) } });
  const removed = await db.attachment.create({ data: { ...scope, exerciseId: exercise.id, fileName: "old.txt", contentType: "text/plain", sizeBytes: 3, sha256: "y", data: new Uint8Array([111, 108, 100]) } });
  await setApprovers({ actor: org.actors.committee, input: { planId: plan.id, approverIds: [org.actors.executive.userId] } });
  const version = await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
  await decideVersion({ actor: org.actors.executive, input: { planId: plan.id, number: version.number, decision: "approved", versionHash: version.hash, agree: "yes" } });
  // Evidence removed from the plan but kept for the approved version (decision 18).
  await deleteAttachment({ actor: org.actors.committee, input: { planId: plan.id, exerciseId: exercise.id, attachmentId: removed.id } });
  // Someone opened the plan: its outcome is stored for the plan list (decision 27).
  await assessPlan({ actor: org.actors.executive, planId: plan.id });
  // An incident run under the plan, with a line of its log (decision 49).
  const incident = await declareIncident({ actor: org.actors.executive, input: { planId: plan.id, title: "Flood", declaredAt: "", declaredByPersonId: person.id } });
  await addIncidentEntry({ actor: org.actors.committee, input: { planId: plan.id, incidentId: incident.id, at: "", kind: "decision", text: "Invoke the plan." } });
  // A corrective action from it: a finding that refers to the incident (decision 58).
  const finding = await createFinding({ actor: org.actors.committee, input: { planId: plan.id, incidentId: incident.id, description: "Move the servers upstairs", severity: "high", ownerId: person.id, dueOn: "2099-12-31" } });
  // The reminder once it passed its day: carried, so an imported organisation is not told again (decision 66).
  await db.reminder.create({ data: { orgId: org.orgId, subject: "finding", subjectId: finding.id, dueOn: new Date("2099-12-31"), stage: "overdue" } });
  // Top management's review of the programme, its inputs frozen as JSON (decision 64).
  await recordReview({ actor: org.actors.executive, input: { heldOn: "2026-11-01", attendees: "Managing Director", decisions: "Fund a second site." } });
  return { org, planId: plan.id };
}

const withoutTime = (data: OrgExport) => ({ ...data, exportedAt: "" });

describe("organisation export and import", () => {
  it("restores every row of every table into an empty instance, ids, hashes and attachments included", async () => {
    const { org, planId } = await richOrg();
    const json = await exportText(org.actors.admin);
    const exported = parseOrgExport(json);
    const counts = Object.fromEntries(exported.tables.map((t) => [t.name, t.rows.length]));
    expect(counts).toMatchObject({ Organization: 1, User: 4, Membership: 4, Person: 1, Plan: 1, System: 2, _SystemDependencies: 1, _FunctionSystems: 1, PlanVersion: 1, Approval: 1, Attachment: 2, PlanReadiness: 1, Incident: 1, IncidentEntry: 1, Finding: 1, ManagementReview: 1, Reminder: 1 });
    expect(counts.AuditLog).toBeGreaterThan(3);
    expect(exported.tables.find((t) => t.name === "User")!.rows.every((u) => typeof u.passwordHash === "string")).toBe(true);

    await second.$transaction((tx) => importExport(tx, exported), { timeout: 60_000 });
    const back = await exportedFrom(second, org.orgId);
    expect(withoutTime(back)).toEqual(withoutTime(exported));

    const version = await second.planVersion.findFirstOrThrow({ where: { planId } });
    expect(snapshotHash(version.snapshot)).toBe(version.hash);
    const [plan, original] = await Promise.all([second.plan.findUniqueOrThrow({ where: { id: planId } }), db.plan.findUniqueOrThrow({ where: { id: planId } })]);
    expect(plan.contentRevision).toBe(original.contentRevision);
    // A system's owner is a reference to a person of the register, restored as one.
    const owned = await second.system.findFirstOrThrow({ where: { planId, name: "DC01" }, include: { ownerPerson: true } });
    expect(owned.ownerPerson).toMatchObject({ name: "Sam Lee", orgId: org.orgId });
    expect(Buffer.from((await second.attachment.findFirstOrThrow({ where: { planId, fileName: "notes.txt" } })).data).toString()).toBe("hello");
    const kept = await second.attachment.findFirstOrThrow({ where: { planId, fileName: "old.txt" } });
    expect(kept).toMatchObject({ exerciseId: null, removedBy: org.actors.committee.userId });
    expect(kept.removedAt).toBeInstanceOf(Date);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "org.exported" } })).toBe(1);
  });

  it("audits the export before the first byte leaves: a reader that takes one chunk and goes away is still on record (decision 76)", async () => {
    const org = await makeOrg("Export");
    const exported = () => db.auditLog.findMany({ where: { orgId: org.orgId, action: "org.exported" }, select: { actorId: true, actorEmail: true, entityType: true, entityId: true, seq: true } });
    const { stream } = await exportOrganization({ actor: org.actors.admin });
    const reader = stream.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    const audited = await exported();
    expect(audited).toEqual([{ actorId: org.actors.admin.userId, actorEmail: org.actors.admin.email, entityType: "organization", entityId: org.orgId, seq: expect.any(Number) }]);
    await reader.cancel();
    expect(await exported()).toEqual(audited);
  });

  it("streams an organisation with large evidence files in bounded memory, and the file restores every byte", async () => {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as () => void;
    const MB = 1024 * 1024;
    const { org, planId } = await richOrg();
    const exercise = await db.exercise.findFirstOrThrow({ where: { planId } });
    // Made by Postgres (random bytes, 2 MB each), so the test itself holds none of them.
    await db.$executeRaw`
      INSERT INTO "Attachment" ("id", "orgId", "planId", "exerciseId", "fileName", "contentType", "sizeBytes", "sha256", "data")
      SELECT 'evidence-' || n || '-' || ${planId}, ${org.orgId}, ${planId}, ${exercise.id}, 'evidence-' || n || '.bin', 'application/octet-stream', length(b), encode(sha256(b), 'hex'), b
      FROM generate_series(1, 20) n, LATERAL (SELECT decode(string_agg(md5(random()::text || n || i), ''), 'hex') AS b FROM generate_series(1, 2 * 65536) i) r`;
    const dir = await mkdtemp(path.join(tmpdir(), "continuity-export-"));
    try {
      const target = path.join(dir, "export.json");
      const memory = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
      // Buffers are released a moment after the collection that finds them dead.
      const settle = async () => {
        gc();
        await new Promise((resolve) => setTimeout(resolve, 100));
        gc();
      };
      await settle();
      const before = memory();
      let peak = before;
      let bytes = 0;
      let chunks = 0;
      const { stream } = await exportOrganization({ actor: org.actors.admin });
      const out = createWriteStream(target);
      // Chunk by chunk to a file, keeping none: what stays in memory is the export's own doing.
      // Measured after a collection at each large chunk (evidence) and every 50th (a full
      // collection takes a while).
      const reader = stream.getReader();
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        const chunk = read.value;
        bytes += chunk.byteLength;
        await new Promise<void>((resolve, reject) => out.write(chunk, (error) => (error ? reject(error) : resolve())));
        chunks += 1;
        if (chunks % 50 === 0 || chunk.byteLength > 64 * 1024) {
          gc();
          peak = Math.max(peak, memory());
        }
      }
      await new Promise<void>((resolve) => out.end(resolve));
      // Measured from the lowest the process got to, before or after: garbage of the test's own
      // setup that is only collected later must not hide what the export held.
      await settle();
      const floor = Math.min(before, memory());
      // The file is 20 × 2 MB in base64 (53 MB) and more. The export holds a few rows and its
      // buffers at a time (measured: 24 MB); building the file first holds all 53 MB at once.
      expect(bytes).toBeGreaterThan(53 * MB);
      expect(peak - floor).toBeLessThan(40 * MB);
      {
        const text = await readFile(target, "utf8");
        // The text JSON.stringify would write of the whole: the format importers have always read.
        expect(JSON.stringify(JSON.parse(text))).toBe(text);
      }

      // The script's import reads the file as a stream, twice, a row at a time. Measured as the
      // export is, after a collection every few chunks of 1 MB.
      await settle();
      const importFloor = memory();
      let importPeak = importFloor;
      let read = 0;
      const source = exportFromText(async function* () {
        for await (const chunk of createReadStream(target, { encoding: "utf8", highWaterMark: MB })) {
          yield chunk as string;
          if (++read % 4 === 0) {
            gc();
            importPeak = Math.max(importPeak, memory());
          }
        }
      });
      await second.$transaction((tx) => importOrgData(tx, source), { timeout: 120_000 });
      // Two readings of a 53 MB file (measured: 11 MB held); parsing it whole holds the text
      // and all it parses to at once, twice the file.
      expect(read).toBeGreaterThan(2 * 53);
      expect(importPeak - importFloor).toBeLessThan(40 * MB);
      const exported = parseOrgExport(await readFile(target, "utf8"));
      expect(withoutTime(await exportedFrom(second, org.orgId))).toEqual(withoutTime(exported));
      const digests = (client: PrismaClient) => client.attachment.findMany({ where: { planId }, orderBy: { id: "asc" }, select: { id: true, sha256: true, sizeBytes: true } });
      const restored = await digests(second);
      expect(restored.filter((a) => a.sizeBytes === 2 * MB)).toHaveLength(20);
      expect(restored).toEqual(await digests(db));
      // The bytes themselves, hashed by Postgres in each database.
      const hashes = (client: PrismaClient) => client.$queryRaw<{ id: string; hash: string }[]>`SELECT "id", encode(sha256("data"), 'hex') AS hash FROM "Attachment" WHERE "planId" = ${planId} ORDER BY "id"`;
      expect(await hashes(second)).toEqual(await hashes(db));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it("is what scripts/import-org.ts does: the file read from disk, what it imported printed, a damaged file refused", { timeout: 120_000 }, async () => {
    const { org, planId } = await richOrg();
    const text = await exportText(org.actors.admin);
    const dir = await mkdtemp(path.join(tmpdir(), "continuity-import-"));
    const script = (file: string) =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn("npx", ["tsx", "--conditions=react-server", "scripts/import-org.ts", file], {
          env: { ...process.env, DATABASE_URL: withDatabase(process.env.DATABASE_URL!, secondName) },
          stdio: ["ignore", "pipe", "pipe"],
        });
        let output = "";
        child.stdout.on("data", (chunk) => (output += chunk));
        child.stderr.on("data", (chunk) => (output += chunk));
        child.on("close", (code) => resolve({ code, output }));
      });
    try {
      const damaged = path.join(dir, "damaged.json");
      await writeFile(damaged, text.slice(0, -40));
      const refused = await script(damaged);
      expect(refused.code).toBe(1);
      expect(refused.output.trim()).toBe("The file is not valid JSON.");
      expect(await second.organization.count({ where: { id: org.orgId } })).toBe(0);

      const file = path.join(dir, "export.json");
      await writeFile(file, text);
      const { code, output } = await script(file);
      expect(code, output).toBe(0);
      const rows = parseOrgExport(text).tables.reduce((sum, table) => sum + table.rows.length, 0);
      const { name, slug } = parseOrgExport(text).organization;
      expect(output).toContain(`Imported ${name} (${slug}): ${rows} rows in`);
      expect(withoutTime(await exportedFrom(second, org.orgId))).toEqual(withoutTime(parseOrgExport(text)));
      expect(await second.system.count({ where: { planId } })).toBe(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("refuses an instance that already has the organisation's slug, changing nothing", async () => {
    const { org } = await richOrg();
    const json = await exportText(org.actors.admin);
    // Counted in this organisation only: other test files write audit rows at the same time.
    const audited = () => db.auditLog.count({ where: { orgId: org.orgId } });
    const before = await audited();
    const error = await failure(importOrganization({ actor: org.actors.admin, text: json }));
    expect(error.code).toBe("CONFLICT");
    expect(await audited()).toBe(before);
    expect(await db.auditLog.count({ where: { action: "org.imported", entityId: org.orgId } })).toBe(0);
  });

  it("is for administrators only, and rejects a file that is not an export", async () => {
    const { org } = await richOrg();
    for (const role of ["committee", "executive", "auditor"] as const) {
      expect((await failure(exportOrganization({ actor: org.actors[role] }))).code).toBe("FORBIDDEN");
      expect((await failure(importOrganization({ actor: org.actors[role], text: "{}" }))).code).toBe("FORBIDDEN");
    }
    expect((await failure(importOrganization({ actor: org.actors.admin, text: "{}" }))).fieldErrors).toEqual({ file: "This is not a Continuity organisation export." });
  });

  it("restores a consistency group of one system from a file made before the two-system rule, and warns that it needs a second", async () => {
    const org = await makeOrg("Old backup");
    const plan = await createPlan({ actor: org.actors.committee, input: { name: "Finance" } });
    const scope = { orgId: org.orgId, planId: plan.id };
    const sql = await db.system.create({ data: { ...scope, name: "SQL01" } });
    const app = await db.system.create({ data: { ...scope, name: "ERP-APP" } });
    const pair = await db.consistencyGroup.create({ data: { ...scope, key: "finance-core", name: "Finance core", maxSkewMinutes: 15, systems: { connect: [{ id: sql.id }, { id: app.id }] } } });
    await db.consistencyGroup.create({ data: { ...scope, key: "erp", name: "ERP pair", systems: { connect: [{ id: sql.id }, { id: app.id }] } } });
    // The file as an instance before the rule wrote it: "Finance core" holds SQL01 alone.
    const exported = parseOrgExport(await exportText(org.actors.admin));
    const members = exported.tables.find((t) => t.name === "_ConsistencyGroupToSystem")!;
    expect(members.rows).toHaveLength(4);
    members.rows = members.rows.filter((row) => !(row.A === pair.id && row.B === app.id));

    const result = await second.$transaction((tx) => importExport(tx, exported), { timeout: 60_000 });
    expect(result.warnings).toEqual([
      "Consistency group “Finance core” in plan “Finance” was restored with only SQL01: it needs a second system before it counts (until then the recovery assessment leaves it out). Add one on the plan's Priorities page, or delete the group.",
    ]);
    const restored = await second.consistencyGroup.findMany({ where: { planId: plan.id }, orderBy: { key: "asc" }, include: { systems: { orderBy: { name: "asc" } } } });
    expect(restored.map((g) => [g.key, g.name, g.maxSkewMinutes, g.systems.map((s) => s.name)])).toEqual([
      ["erp", "ERP pair", 0, ["ERP-APP", "SQL01"]],
      ["finance-core", "Finance core", 15, ["SQL01"]],
    ]);
    // A file with nothing of the kind imports without a warning.
    const { org: rich } = await richOrg();
    const clean = parseOrgExport(await exportText(rich.actors.admin));
    expect((await second.$transaction((tx) => importExport(tx, clean), { timeout: 60_000 })).warnings).toEqual([]);
  });

  describe("a measured restore's recorded targets (decision 45)", () => {
    /** An organisation whose one test measured SQL01's restore while its RTO was 4 h and its RPO 1 h. */
    async function measuredOrg() {
      const org = await makeOrg("Measured");
      const plan = await createPlan({ actor: org.actors.committee, input: { name: "Bristol operations" } });
      const scope = { orgId: org.orgId, planId: plan.id };
      const sql = await db.system.create({ data: { ...scope, name: "SQL01" } });
      await db.businessFunction.create({ data: { ...scope, name: "Order taking", rtoMinutes: 240, rpoMinutes: 60, systems: { connect: [{ id: sql.id }] } } });
      await db.backupLocation.create({ data: { ...scope, key: "nas", name: "NAS", throughputMBps: 100 } });
      const test = await createExercise({ actor: org.actors.committee, input: { planId: plan.id, type: "simulation", title: "SQL01 restore", conductedOn: "2026-10-01", result: "passed" } });
      const measurement = await addMeasurement({ actor: org.actors.committee, input: { planId: plan.id, exerciseId: test.id, systemId: sql.id, locationKey: "nas", restoreMinutes: "3h" } });
      const exported = parseOrgExport(await exportText(org.actors.admin));
      return { org, measurement, exported, rows: exported.tables.find((t) => t.name === "ExerciseMeasurement")!.rows };
    }

    it("travels with the export and comes back with the import", async () => {
      const { measurement, rows, exported } = await measuredOrg();
      expect(rows).toMatchObject([{ id: measurement.id, targetsRecorded: true, rtoTargetMinutes: 240, rpoTargetMinutes: 60 }]);
      await second.$transaction((tx) => importExport(tx, exported), { timeout: 60_000 });
      expect(await second.exerciseMeasurement.findUniqueOrThrow({ where: { id: measurement.id } })).toMatchObject({ targetsRecorded: true, rtoTargetMinutes: 240, rpoTargetMinutes: 60 });
    });

    it("imports a file exported before the targets were kept: its restores are not recorded", async () => {
      const { org, measurement, rows, exported } = await measuredOrg();
      // The file as the release before wrote it: its last migration, and no such columns.
      exported.migration = "20261203200000_archived_plans_withdraw_pending";
      for (const row of rows) for (const key of ["targetsRecorded", "rtoTargetMinutes", "rpoTargetMinutes"]) delete row[key];
      const restored = await second.$transaction((tx) => importExport(tx, exported), { timeout: 60_000 });
      expect(restored.warnings).toEqual([]);
      expect(await second.organization.count({ where: { id: org.orgId } })).toBe(1);
      expect(await second.exerciseMeasurement.findUniqueOrThrow({ where: { id: measurement.id } })).toMatchObject({
        restoreMinutes: 180,
        targetsRecorded: false,
        rtoTargetMinutes: null,
        rpoTargetMinutes: null,
      });
    });

    it("carries a data lost left blank as not measured (decision 71)", async () => {
      const { measurement, rows, exported } = await measuredOrg();
      expect(rows).toMatchObject([{ id: measurement.id, dataLossMinutes: null }]);
      await second.$transaction((tx) => importExport(tx, exported), { timeout: 60_000 });
      expect(await second.exerciseMeasurement.findUniqueOrThrow({ where: { id: measurement.id } })).toMatchObject({ dataLossMinutes: null });
    });

    it("imports a file made before a data lost could be left blank, keeping its figures: a 0 there may have been a blank, which nothing tells apart (decision 71)", async () => {
      const { measurement, rows, exported } = await measuredOrg();
      // The file as the release before wrote it: its last migration, and a blank stored as 0, which stays 0.
      exported.migration = "20261209100000_reminder_windows";
      for (const row of rows) row.dataLossMinutes = 0;
      expect((await second.$transaction((tx) => importExport(tx, exported), { timeout: 60_000 })).warnings).toEqual([]);
      expect(await second.exerciseMeasurement.findUniqueOrThrow({ where: { id: measurement.id } })).toMatchObject({ dataLossMinutes: 0 });
    });

    it("still refuses a file exported before a migration that changed data", async () => {
      const { exported } = await measuredOrg();
      exported.migration = "20261202130000_member_people";
      const error = await failure(second.$transaction((tx) => importExport(tx, exported), { timeout: 60_000 }));
      expect(error.code).toBe("CONFLICT");
    });
  });

  describe("a response team role that leads the response (decision 56)", () => {
    /** An organisation whose plan's incident lead is marked, and whose finance lead's words say nothing of the kind. */
    async function responseTeamOrg() {
      const org = await makeOrg("Leads");
      const plan = await createPlan({ actor: org.actors.committee, input: { name: "Bristol operations" } });
      const scope = { orgId: org.orgId, planId: plan.id };
      const lead = await db.ertRole.create({ data: { ...scope, title: "Incident lead", responsibilities: "Declares the incident and invokes the plan.", leadsResponse: true } });
      const finance = await db.ertRole.create({ data: { ...scope, title: "Finance lead", responsibilities: "Pays invoices and keeps payroll running." } });
      const exported = parseOrgExport(await exportText(org.actors.admin));
      return { org, planId: plan.id, lead, finance, exported, rows: exported.tables.find((t) => t.name === "ErtRole")!.rows };
    }

    it("travels with the export and comes back with the import", async () => {
      const { lead, finance, rows, exported } = await responseTeamOrg();
      expect(rows.map((r) => [r.title, r.leadsResponse]).sort()).toEqual([
        ["Finance lead", false],
        ["Incident lead", true],
      ]);
      await second.$transaction((tx) => importExport(tx, exported), { timeout: 60_000 });
      expect(await second.ertRole.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ leadsResponse: true });
      expect(await second.ertRole.findUniqueOrThrow({ where: { id: finance.id } })).toMatchObject({ leadsResponse: false });
    });

    it("imports a file exported before the flag: a role leads when its words said so, as the migration set it, and the plan reads as exported", async () => {
      const { planId, lead, finance, rows, exported } = await responseTeamOrg();
      // The file as the release before wrote it: its last migration, and no such column.
      exported.migration = "20261204700000_notification_email_retries";
      for (const row of rows) delete row.leadsResponse;
      const revision = exported.tables.find((t) => t.name === "Plan")!.rows.find((r) => r.id === planId)!.contentRevision;
      const restored = await second.$transaction((tx) => importExport(tx, exported), { timeout: 60_000 });
      expect(restored.warnings).toEqual([]);
      expect(await second.ertRole.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ leadsResponse: true });
      expect(await second.ertRole.findUniqueOrThrow({ where: { id: finance.id } })).toMatchObject({ leadsResponse: false });
      expect((await second.plan.findUniqueOrThrow({ where: { id: planId } })).contentRevision).toBe(revision);
    });
  });

  describe("the review cadence an approval was given for (decision 65)", () => {
    it("travels with the export, and a file exported before it imports with none kept: the approval holds for the plan's cadence", async () => {
      const { org, planId } = await richOrg();
      const exported = parseOrgExport(await exportText(org.actors.admin));
      const rows = exported.tables.find((t) => t.name === "PlanVersion")!.rows;
      expect(rows.map((r) => r.approvedForDays)).toEqual([365]);
      // The file as the release before wrote it: its last migration, and no such column.
      exported.migration = "20261206000000_management_review";
      for (const row of rows) delete row.approvedForDays;
      expect((await second.$transaction((tx) => importExport(tx, exported), { timeout: 60_000 })).warnings).toEqual([]);
      expect(await second.planVersion.findFirstOrThrow({ where: { planId }, select: { status: true, approvedForDays: true } })).toEqual({ status: "approved", approvedForDays: null });
    });
  });

  describe("a member's notification e-mail choices and a notification's kind (decision 67)", () => {
    /** An organisation whose executive turned approval e-mails off before being asked to approve, and whose plan had an incident. */
    async function choosingOrg() {
      const org = await makeOrg("Choices");
      await updateEmailPreferences({ actor: org.actors.executive, input: { emailReminders: "on", version: "1" } });
      const plan = await createPlan({ actor: org.actors.committee, input: { name: "Bristol operations" } });
      await setApprovers({ actor: org.actors.admin, input: { planId: plan.id, approverIds: [org.actors.executive.userId] } });
      await submitPlan({ actor: org.actors.committee, input: { planId: plan.id } });
      await declareIncident({ actor: org.actors.admin, input: { planId: plan.id, title: "Head office flooded", declaredAt: "", declaredByName: "Alex Morgan" } });
      await db.notification.create({ data: { orgId: org.orgId, userId: org.actors.committee.userId, planId: plan.id, kind: "reminders", message: "Bristol operations: a test was due on 1 Mar 2027. Run a test and record it.", href: `/plans/${plan.id}/tests` } });
      const exported = parseOrgExport(await exportText(org.actors.admin));
      const rows = (name: string) => exported.tables.find((t) => t.name === name)!.rows;
      return { org, exported, memberships: rows("Membership"), notifications: rows("Notification") };
    }
    const kindsOf = async (client: PrismaClient, orgId: string) =>
      (await client.notification.findMany({ where: { orgId }, select: { kind: true, emailWanted: true, userId: true } })).map((n) => `${n.kind} ${n.emailWanted}`).sort();

    it("travels with the export and comes back with the import", async () => {
      const { org, exported } = await choosingOrg();
      const before = await kindsOf(db, org.orgId);
      expect(before).toContain("approvals false");
      await second.$transaction((tx) => importExport(tx, exported), { timeout: 60_000 });
      expect(await kindsOf(second, org.orgId)).toEqual(before);
      expect(await second.membership.findFirstOrThrow({ where: { userId: org.actors.executive.userId } })).toMatchObject({ emailOffKinds: ["approvals"], emailPreferencesVersion: 2 });
    });

    it("imports a file exported before them: each notification gets its kind by the migration's rule, and everything was e-mailed", async () => {
      const { org, exported, memberships, notifications } = await choosingOrg();
      // The file as the release before wrote it: its last migration, and no such columns.
      exported.migration = "20261208000000_due_reminders";
      for (const row of memberships) for (const key of ["emailOffKinds", "emailPreferencesVersion"]) delete row[key];
      for (const row of notifications) for (const key of ["kind", "emailWanted"]) delete row[key];
      expect((await second.$transaction((tx) => importExport(tx, exported), { timeout: 60_000 })).warnings).toEqual([]);
      expect(await kindsOf(second, org.orgId)).toEqual(["approvals true", "incidents true", "incidents true", "incidents true", "reminders true"]);
      expect(await second.membership.findFirstOrThrow({ where: { userId: org.actors.executive.userId } })).toMatchObject({ emailOffKinds: [], emailPreferencesVersion: 1 });
    });
  });

  describe("the organisation's classification marking (decision 61)", () => {
    async function markedOrg() {
      const org = await makeOrg("Marked");
      await db.organization.update({ where: { id: org.orgId }, data: { documentMarking: "OFFICIAL-SENSITIVE", documentSettingsVersion: 3 } });
      const exported = parseOrgExport(await exportText(org.actors.admin));
      return { org, exported, row: exported.tables.find((t) => t.name === "Organization")!.rows[0] };
    }

    it("travels with the export and comes back with the import", async () => {
      const { org, row, exported } = await markedOrg();
      expect(row).toMatchObject({ documentMarking: "OFFICIAL-SENSITIVE", documentSettingsVersion: 3 });
      await second.$transaction((tx) => importExport(tx, exported), { timeout: 60_000 });
      expect(await second.organization.findUniqueOrThrow({ where: { id: org.orgId } })).toMatchObject({ documentMarking: "OFFICIAL-SENSITIVE", documentSettingsVersion: 3 });
    });

    it("imports a file exported before the marking: the organisation has none", async () => {
      const { org, row, exported } = await markedOrg();
      // The file as the release before wrote it: its last migration, and no such columns.
      exported.migration = "20261205600000_revision_of_cadence_sites_categories";
      delete row.documentMarking;
      delete row.documentSettingsVersion;
      expect((await second.$transaction((tx) => importExport(tx, exported), { timeout: 60_000 })).warnings).toEqual([]);
      expect(await second.organization.findUniqueOrThrow({ where: { id: org.orgId } })).toMatchObject({ documentMarking: "", documentSettingsVersion: 1 });
    });
  });

  describe("the organisation's reminder windows (decision 68)", () => {
    const windows = { select: { approvalReminderDays: true, testReminderDays: true, reminderSettingsVersion: true } };
    async function windowedOrg() {
      const org = await makeOrg("Windows");
      await db.organization.update({ where: { id: org.orgId }, data: { approvalReminderDays: 60, testReminderDays: 7, reminderSettingsVersion: 2 } });
      const exported = parseOrgExport(await exportText(org.actors.admin));
      return { org, exported, row: exported.tables.find((t) => t.name === "Organization")!.rows[0] };
    }

    it("travel with the export and come back with the import", async () => {
      const { org, row, exported } = await windowedOrg();
      expect(row).toMatchObject({ approvalReminderDays: 60, testReminderDays: 7, reminderSettingsVersion: 2 });
      await second.$transaction((tx) => importExport(tx, exported), { timeout: 60_000 });
      expect(await second.organization.findUniqueOrThrow({ where: { id: org.orgId }, ...windows })).toEqual({ approvalReminderDays: 60, testReminderDays: 7, reminderSettingsVersion: 2 });
    });

    it("imports a file exported before them with the windows every organisation had", async () => {
      const { org, row, exported } = await windowedOrg();
      // The file as the release before wrote it: its last migration, and no such columns.
      exported.migration = "20261208000000_due_reminders";
      delete row.approvalReminderDays;
      delete row.testReminderDays;
      delete row.reminderSettingsVersion;
      expect((await second.$transaction((tx) => importExport(tx, exported), { timeout: 60_000 })).warnings).toEqual([]);
      expect(await second.organization.findUniqueOrThrow({ where: { id: org.orgId }, ...windows })).toEqual({ approvalReminderDays: 30, testReminderDays: 14, reminderSettingsVersion: 1 });
    });
  });

  describe("what the migrations after decision 71 wrote of the rows they found", () => {
    it("imports a file made before them: a restore point last changed when it was made, a call list naming its person as they are now (decision 84)", async () => {
      const org = await makeOrg("Relabelled");
      const actor = org.actors.committee;
      const plan = await createPlan({ actor, input: { name: "Bristol" } });
      const ann = await db.person.create({ data: { orgId: org.orgId, name: "Ann Lee" } });
      const gone = "c-person-deleted-before";
      const scope = { orgId: org.orgId, planId: plan.id };
      await db.inventoryItem.create({ data: { ...scope, kind: "call_list", label: "1 — Ann Smith", data: { order: "1", person: ann.id } } });
      await db.inventoryItem.create({ data: { ...scope, kind: "call_list", label: "2 — Bob Old", data: { order: "2", person: gone } } });
      const system = await db.system.create({ data: { ...scope, name: "SQL01" } });
      const location = await db.backupLocation.create({ data: { ...scope, key: "nas", name: "NAS", throughputMBps: 100 } });
      const made = new Date("2026-11-01T02:00:00Z");
      await db.restorePoint.create({ data: { ...scope, systemId: system.id, locationId: location.id, pointInTime: made, usableAt: made, createdAt: made } });
      const exported = parseOrgExport(await exportText(org.actors.admin));
      // The file as the release before wrote it: its last migration, no updatedAt on its points.
      exported.migration = "20261210000000_data_lost_not_measured";
      for (const row of exported.tables.find((t) => t.name === "RestorePoint")!.rows) delete row.updatedAt;
      const revision = exported.tables.find((t) => t.name === "Plan")!.rows.find((row) => row.id === plan.id)!.contentRevision;
      expect((await second.$transaction((tx) => importExport(tx, exported), { timeout: 60_000 })).warnings).toEqual([]);
      const labels = await second.inventoryItem.findMany({ where: { planId: plan.id }, orderBy: { label: "asc" }, select: { label: true } });
      expect(labels.map((item) => item.label)).toEqual(["1 — Ann Lee", "2 — (removed person)"]);
      expect(await second.restorePoint.findFirstOrThrow({ where: { planId: plan.id }, select: { updatedAt: true } })).toEqual({ updatedAt: made });
      // The labels catching up is no change of the plan's content: its revision is the file's.
      expect((await second.plan.findUniqueOrThrow({ where: { id: plan.id } })).contentRevision).toBe(revision);
    });
  });

  describe("the audit log's hash chain (decision 60)", () => {
    type Row = ChainEntry & { hash: string };
    /** Whether an organisation's chain in the second instance is intact, checked in Node, and its head. */
    async function chainIn(client: PrismaClient, orgId: string) {
      const rows = await client.$queryRaw<Row[]>`
        SELECT "id", "orgId", "seq", "createdAt", "actorId", "actorEmail", "action", "entityType", "entityId", "planId",
               "before"::text AS "before", "after"::text AS "after", "hash"
        FROM "AuditLog" WHERE "orgId" = ${orgId} ORDER BY "seq"`;
      return { rows, checked: checkChain(CHAIN_START, rows) };
    }

    it("comes back as it was exported: the same rows chained again in the same order give the same hashes", async () => {
      const { org } = await richOrg();
      const exported = parseOrgExport(await exportText(org.actors.admin));
      const file = exported.tables.find((t) => t.name === "AuditLog")!.rows;
      // The file lists the rows by id; they are chained in their own order whatever the file's.
      file.reverse();
      expect((await second.$transaction((tx) => importExport(tx, exported), { timeout: 60_000 })).warnings).toEqual([]);
      const { rows, checked } = await chainIn(second, org.orgId);
      expect(checked).toEqual({ progress: { entries: file.length, seq: file.length, hash: rows.at(-1)!.hash } });
      const exportedHead = file.reduce((head, row) => ((row.seq as number) > (head.seq as number) ? row : head));
      expect(rows.at(-1)).toMatchObject({ seq: exportedHead.seq, hash: exportedHead.hash });
    });

    it("chains a file made before the chain in the order its rows were written", async () => {
      const { org } = await richOrg();
      const exported = parseOrgExport(await exportText(org.actors.admin));
      exported.migration = "20261205600000_revision_of_cadence_sites_categories";
      const file = exported.tables.find((t) => t.name === "AuditLog")!.rows;
      for (const row of file) {
        delete row.seq;
        delete row.hash;
      }
      file.reverse();
      expect((await second.$transaction((tx) => importExport(tx, exported), { timeout: 60_000 })).warnings).toEqual([]);
      const { rows, checked } = await chainIn(second, org.orgId);
      expect("progress" in checked && checked.progress.entries).toBe(file.length);
      const written = (row: Record<string, unknown>) => `${new Date(`${String(row.createdAt)}Z`).toISOString()} ${String(row.id)}`;
      expect(rows.map((row) => row.id)).toEqual(file.toSorted((a, b) => (written(a) < written(b) ? -1 : 1)).map((row) => row.id));
    });

    it("restores a file whose audit log was edited after the export, chained afresh, with a warning naming the first entry changed", async () => {
      const { org } = await richOrg();
      const exported = parseOrgExport(await exportText(org.actors.admin));
      const file = exported.tables.find((t) => t.name === "AuditLog")!.rows.toSorted((a, b) => (a.seq as number) - (b.seq as number));
      // The third entry's actor rewritten, and the fifth left out.
      file[2].actorEmail = "someone-else@example.test";
      exported.tables.find((t) => t.name === "AuditLog")!.rows = file.filter((_, i) => i !== 4);
      const { warnings } = await second.$transaction((tx) => importExport(tx, exported), { timeout: 60_000 });
      expect(warnings).toEqual([expect.stringMatching(/^The audit log in the file does not match the chain it was exported with from entry #3 \(.+ UTC\): the file was changed after the export\./)]);
      const { checked } = await chainIn(second, org.orgId);
      expect("progress" in checked && checked.progress.entries).toBe(file.length - 1);
    });
  });

  describe("a hand-made file cannot reach another organisation", () => {
    /**
     * A minimal file made from a real export: a new organisation with one admin user. `edit`
     * changes its rows the way an attacker would.
     */
    async function craftedFile(edit: (rows: { org: Row; user: Row; membership: Row; person: Row }) => void) {
      const { org } = await richOrg();
      const exported = parseOrgExport(await exportText(org.actors.admin));
      const first = (name: string) => ({ ...exported.tables.find((t) => t.name === name)!.rows[0] });
      const suffix = randomBytes(4).toString("hex");
      const rows = { org: first("Organization"), user: first("User"), membership: first("Membership"), person: first("Person") };
      Object.assign(rows.org, { id: `org-${suffix}`, slug: `crafted-${suffix}`, name: `Crafted ${suffix}` });
      Object.assign(rows.user, { id: `user-${suffix}`, email: `intruder-${suffix}@example.test` });
      Object.assign(rows.membership, { id: `membership-${suffix}`, orgId: rows.org.id, userId: rows.user.id, role: "admin" });
      Object.assign(rows.person, { id: `person-${suffix}`, orgId: rows.org.id, departmentId: null });
      edit(rows);
      const file: OrgExport = {
        ...exported,
        organization: { id: `org-${suffix}`, slug: `crafted-${suffix}`, name: `Crafted ${suffix}` },
        tables: [
          { name: "Organization", binary: [], rows: [rows.org] },
          { name: "User", binary: [], rows: [rows.user] },
          { name: "Membership", binary: [], rows: [rows.membership] },
          { name: "Person", binary: [], rows: [rows.person] },
        ],
      };
      return { admin: org.actors.admin, text: JSON.stringify(file), suffix };
    }
    type Row = Record<string, unknown>;

    it("imports the untouched file: a new organisation whose admin is admin of it alone", async () => {
      const { admin, text, suffix } = await craftedFile(() => {});
      await importOrganization({ actor: admin, text });
      const user = await db.user.findUniqueOrThrow({ where: { id: `user-${suffix}` }, include: { membership: true } });
      expect(user.membership).toMatchObject({ orgId: `org-${suffix}`, role: "admin" });
    });

    it("refuses a membership of another organisation, writing nothing", async () => {
      const victim = await makeOrg("Victim");
      const { admin, text, suffix } = await craftedFile(({ membership }) => Object.assign(membership, { orgId: victim.orgId }));
      const error = await failure(importOrganization({ actor: admin, text }));
      expect(error.fieldErrors).toEqual({ file: "The file's Membership rows include rows of another organisation. Nothing was imported." });
      expect(await db.membership.count({ where: { orgId: victim.orgId } })).toBe(4);
      expect(await db.user.count({ where: { id: `user-${suffix}` } })).toBe(0);
      expect(await db.organization.count({ where: { id: `org-${suffix}` } })).toBe(0);
    });

    it("refuses a row that points at another organisation's records", async () => {
      const victim = await makeOrg("Victim");
      const department = await db.department.create({ data: { orgId: victim.orgId, name: "Finance" } });
      const { admin, text, suffix } = await craftedFile(({ person }) => Object.assign(person, { departmentId: department.id }));
      const error = await failure(importOrganization({ actor: admin, text }));
      expect(error.fieldErrors).toEqual({ file: "The file's Person rows refer to Department rows that are not in the file. Nothing was imported." });
      expect(await db.organization.count({ where: { id: `org-${suffix}` } })).toBe(0);
    });

    it("stores a user's e-mail as sign-in looks it up, lower-cased and trimmed, so the member can sign in", async () => {
      const { admin, text, suffix } = await craftedFile(({ user }) => Object.assign(user, { email: `  ${String(user.email).toUpperCase()} ` }));
      await importOrganization({ actor: admin, text });
      expect(await verifyCredentials({ email: `Intruder-${suffix}@example.test`, password: PASSWORD })).toMatchObject({ id: `user-${suffix}`, email: `intruder-${suffix}@example.test` });
      expect(await db.user.findUniqueOrThrow({ where: { id: `user-${suffix}` }, select: { email: true } })).toEqual({ email: `intruder-${suffix}@example.test` });
    });

    it("refuses two users whose e-mails differ only in case, or one an account of this instance has, writing nothing", async () => {
      const { admin, text, suffix } = await craftedFile(() => {});
      const file = parseOrgExport(text);
      const table = (name: string) => file.tables.find((t) => t.name === name)!.rows;
      const [user] = table("User");
      table("User").push({ ...user, id: `twin-${suffix}`, email: ` INTRUDER-${suffix}@example.test` });
      table("Membership").push({ ...table("Membership")[0], id: `twin-membership-${suffix}`, userId: `twin-${suffix}`, role: "auditor" });
      expect((await failure(importOrganization({ actor: admin, text: JSON.stringify(file) }))).fieldErrors).toEqual({
        file: `The file's User rows 1 and 2 have the same e-mail address (email), “intruder-${suffix}@example.test”, once capitals and spaces are set aside: an address signs in to one account only. Nothing was imported.`,
      });
      expect(await db.organization.count({ where: { id: `org-${suffix}` } })).toBe(0);

      const taken = await craftedFile(({ user }) => Object.assign(user, { email: admin.email.toUpperCase() }));
      expect((await failure(importOrganization({ actor: admin, text: taken.text }))).fieldErrors).toEqual({
        file: `The file's User row 1 has the e-mail address (email) “${admin.email}”, which an account of this instance already has (capitals and spaces set aside). Nothing was imported.`,
      });
      expect(await db.user.count({ where: { email: { equals: admin.email, mode: "insensitive" } } })).toBe(1);
      expect(await db.organization.count({ where: { id: `org-${taken.suffix}` } })).toBe(0);
    });

    it("refuses users who are not members, and a file that names another organisation than it holds", async () => {
      const outsider = await craftedFile(({ membership }) => Object.assign(membership, { userId: "someone-else" }));
      expect((await failure(importOrganization({ actor: outsider.admin, text: outsider.text }))).fieldErrors?.file).toBe(
        "The file's User rows include people who are not members of the organisation. Nothing was imported.",
      );
      const mismatch = await craftedFile(({ org }) => Object.assign(org, { slug: "someone-elses-slug" }));
      expect((await failure(importOrganization({ actor: mismatch.admin, text: mismatch.text }))).fieldErrors?.file).toBe(
        "The file must hold exactly the organisation it names. Nothing was imported.",
      );
    });
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { createPlan } from "@/lib/plans/create-plan";
import { createExercise } from "@/lib/exercises/create-exercise";
import { deleteExercise } from "@/lib/exercises/delete-exercise";
import { getExercise } from "@/lib/exercises/get-exercise";
import { uploadAttachment } from "@/lib/exercises/upload-attachment";
import { getAttachment } from "@/lib/exercises/get-attachment";
import { deleteAttachment } from "@/lib/exercises/delete-attachment";
import { setApprovers } from "@/lib/versions/set-approvers";
import { submitPlan } from "@/lib/versions/submit-plan";
import { decideVersion } from "@/lib/versions/decide-version";
import { withdrawVersion } from "@/lib/versions/withdraw-version";
import { getVersion } from "@/lib/versions/get-version";
import { getVersionEvidence } from "@/lib/versions/get-version-evidence";
import { buildSnapshot } from "@/lib/versions/build-snapshot";
import { versionEvidence } from "@/lib/versions/version-evidence";
import { describeEntries } from "@/lib/audit/describe-entries";
import { failure, makeOrg, type TestOrg } from "./factories";

const text = (s: string) => new TextEncoder().encode(s);

/** A plan with one test and its approver named; `upload` attaches a text file to the test. */
async function planWithTest(org: TestOrg) {
  const committee = org.actors.committee;
  const plan = await createPlan({ actor: committee, input: { name: `Plan ${Math.random()}` } });
  await setApprovers({ actor: committee, input: { planId: plan.id, approverIds: [org.actors.executive.userId] } });
  const test = await createExercise({ actor: committee, input: { planId: plan.id, type: "simulation", title: "SQL01 restore", conductedOn: "2026-09-22", result: "passed" } });
  const ref = { planId: plan.id, exerciseId: test.id };
  const upload = (name: string, content = `${name} contents`) => uploadAttachment({ actor: committee, input: ref, file: { name, type: "text/plain", bytes: text(content) } });
  return { planId: plan.id, ref, upload };
}

async function approvedVersion(org: TestOrg, planId: string) {
  const version = await submitPlan({ actor: org.actors.committee, input: { planId } });
  await decideVersion({ actor: org.actors.executive, input: { planId, number: version.number, decision: "approved", versionHash: version.hash, agree: "yes" } });
  return version;
}

const currentSnapshotFiles = (orgId: string, planId: string) =>
  db.$transaction(async (tx) => versionEvidence(JSON.parse(JSON.stringify(await buildSnapshot(tx, { orgId, planId })))).map((e) => e.fileName));

const auditOf = (org: TestOrg, action: string) => db.auditLog.findMany({ where: { orgId: org.orgId, action }, orderBy: { createdAt: "asc" } });

const download = (actor: Actor, planId: string, number: number, attachmentId: string) => getVersionEvidence({ actor, input: { planId, number: String(number), attachmentId } });

describe("evidence a frozen version lists", () => {
  it("is kept when removed from its test: gone from the current plan, still downloadable from the approved version", async () => {
    const org = await makeOrg();
    const { planId, ref, upload } = await planWithTest(org);
    const kept = await upload("sql01-restore.log", "Restore job finished: success");
    const version = await approvedVersion(org, planId);
    const later = await upload("later.log");

    expect(await deleteAttachment({ actor: org.actors.committee, input: { ...ref, attachmentId: kept.id } })).toEqual({ keptForVersions: [1] });
    const row = await db.attachment.findUniqueOrThrow({ where: { id: kept.id } });
    expect(row).toMatchObject({ exerciseId: null, removedBy: org.actors.committee.userId, sha256: kept.sha256 });
    expect(row.removedAt).toBeInstanceOf(Date);
    expect(Buffer.from(row.data).toString()).toBe("Restore job finished: success");

    // The current plan: the test page, its download, the next snapshot (and so draft reports).
    expect((await getExercise({ actor: org.actors.auditor, ...ref })).attachments.map((a) => a.fileName)).toEqual(["later.log"]);
    expect((await failure(getAttachment({ actor: org.actors.auditor, input: { ...ref, attachmentId: kept.id } }))).code).toBe("NOT_FOUND");
    expect(await currentSnapshotFiles(org.orgId, planId)).toEqual(["later.log"]);
    const plan = await db.plan.findUniqueOrThrow({ where: { id: planId } });
    expect(plan.contentRevision).toBeGreaterThan(version.contentRevision);

    // The version: listed, marked removed, and its bytes for anyone who may read the plan.
    const { evidence } = await getVersion({ actor: org.actors.auditor, planId, number: 1 });
    expect(evidence).toMatchObject([{ id: kept.id, fileName: "sql01-restore.log", sha256: kept.sha256, testTitle: "SQL01 restore", held: true }]);
    expect(evidence[0].removedAt).toBeInstanceOf(Date);
    for (const reader of [org.actors.auditor, org.actors.executive, org.actors.committee, org.actors.admin]) {
      const file = await download(reader, planId, 1, kept.id);
      expect(Buffer.from(file.data).toString()).toBe("Restore job finished: success");
      expect(file.sha256).toBe(kept.sha256);
    }
    // Each download is in the audit log, under the version, with who took which file.
    const taken = await db.auditLog.findMany({ where: { orgId: org.orgId, action: "plan.version_evidence_downloaded" }, orderBy: { createdAt: "asc" } });
    expect(taken.map((a) => a.actorId)).toEqual([org.actors.auditor, org.actors.executive, org.actors.committee, org.actors.admin].map((a) => a.userId));
    expect(taken[0]).toMatchObject({ planId, after: { number: 1, fileName: "sql01-restore.log", sha256: kept.sha256 } });
    // Postgres itself keeps removed evidence off every test.
    await expect(db.attachment.update({ where: { id: later.id }, data: { removedAt: new Date() } })).rejects.toThrow(/Attachment_removed_detached/);
    // Only what that version lists: a file uploaded after it is not reachable through it.
    expect((await failure(download(org.actors.auditor, planId, 1, later.id))).code).toBe("NOT_FOUND");

    const [removed] = await auditOf(org, "exercise.attachment_removed");
    expect(removed).toMatchObject({
      entityId: ref.exerciseId,
      before: { title: "SQL01 restore", removedAt: null },
      after: { title: "SQL01 restore", id: kept.id, fileName: "sql01-restore.log", sha256: kept.sha256, keptForVersions: [1] },
    });
    expect(await auditOf(org, "exercise.attachment_deleted")).toEqual([]);
  });

  it("deletes a file no version lists for good, and says so in the audit log", async () => {
    const org = await makeOrg();
    const { planId, ref, upload } = await planWithTest(org);
    await approvedVersion(org, planId);
    const mistake = await upload("wrong-file.log");
    expect(await deleteAttachment({ actor: org.actors.committee, input: { ...ref, attachmentId: mistake.id } })).toEqual({ keptForVersions: [] });
    expect(await db.attachment.count({ where: { id: mistake.id } })).toBe(0);
    expect(await auditOf(org, "exercise.attachment_deleted")).toMatchObject([{ before: { title: "SQL01 restore", fileName: "wrong-file.log" }, after: { title: "SQL01 restore" } }]);
    expect(await auditOf(org, "exercise.attachment_removed")).toEqual([]);
  });

  it("is kept for a version whatever its state, and removing it again finds nothing", async () => {
    const org = await makeOrg();
    const { planId, ref, upload } = await planWithTest(org);
    const file = await upload("tabletop-notes.log");
    await submitPlan({ actor: org.actors.committee, input: { planId } });
    await withdrawVersion({ actor: org.actors.committee, input: { planId, number: 1 } });
    await submitPlan({ actor: org.actors.committee, input: { planId } });
    expect(await deleteAttachment({ actor: org.actors.committee, input: { ...ref, attachmentId: file.id } })).toEqual({ keptForVersions: [1, 2] });
    expect((await failure(deleteAttachment({ actor: org.actors.committee, input: { ...ref, attachmentId: file.id } }))).code).toBe("NOT_FOUND");
    expect(await db.attachment.count({ where: { id: file.id } })).toBe(1);
    expect(Buffer.from((await download(org.actors.auditor, planId, 1, file.id)).data).toString()).toBe("tabletop-notes.log contents");
  });

  it("survives deleting its test, while the test's other files are deleted with it", async () => {
    const org = await makeOrg();
    const { planId, ref, upload } = await planWithTest(org);
    const kept = await upload("restore-screenshot.log");
    await approvedVersion(org, planId);
    const extra = await upload("not-in-any-version.log");

    await deleteExercise({ actor: org.actors.committee, input: { ...ref, version: 1 } });
    expect(await db.exercise.count({ where: { id: ref.exerciseId } })).toBe(0);
    expect(await db.attachment.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({ exerciseId: null, removedBy: org.actors.committee.userId });
    expect(await db.attachment.count({ where: { id: extra.id } })).toBe(0);
    expect(await currentSnapshotFiles(org.orgId, planId)).toEqual([]);
    expect(Buffer.from((await download(org.actors.executive, planId, 1, kept.id)).data).toString()).toBe("restore-screenshot.log contents");

    const [removed] = await auditOf(org, "exercise.attachment_removed");
    expect(removed).toMatchObject({ entityId: ref.exerciseId, after: { title: "SQL01 restore", fileName: "restore-screenshot.log", keptForVersions: [1] } });
    expect(await auditOf(org, "exercise.deleted")).toMatchObject([
      { before: { title: "SQL01 restore", attachments: [{ name: "restore-screenshot.log" }, { name: "not-in-any-version.log" }], attachmentsKept: ["restore-screenshot.log"] } },
    ]);
    // The log names the file and the test, deleted since, not a raw id.
    const [entry] = await describeEntries(org.actors.auditor, [removed]);
    expect(entry).toMatchObject({ record: "SQL01 restore", deleted: true });
    expect(entry.changes).toEqual(expect.arrayContaining([{ field: "file name", from: null, to: "restore-screenshot.log" }, { field: "kept for versions", from: null, to: "1" }]));
    expect(entry.changes.map((c) => c.field)).not.toContain("exercise");
  });

  it("names the test in the log's entries about its files once the test is deleted: added, downloaded, deleted", async () => {
    const org = await makeOrg();
    const { ref, upload } = await planWithTest(org);
    const file = await upload("restore.log");
    await getAttachment({ actor: org.actors.auditor, input: { ...ref, attachmentId: file.id } });
    await deleteAttachment({ actor: org.actors.committee, input: { ...ref, attachmentId: file.id } });
    await deleteExercise({ actor: org.actors.committee, input: { ...ref, version: 1 } });
    const rows = await db.auditLog.findMany({ where: { orgId: org.orgId, entityId: ref.exerciseId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    const entries = await describeEntries(org.actors.auditor, rows);
    expect(entries.map((e) => [e.action, e.record, e.deleted])).toEqual([
      ["exercise.created", "SQL01 restore", true],
      ["exercise.attachment_added", "SQL01 restore", true],
      ["exercise.attachment_downloaded", "SQL01 restore", true],
      ["exercise.attachment_deleted", "SQL01 restore", true],
      ["exercise.deleted", "SQL01 restore", true],
    ]);
    // What each did with the file, the test's title only naming the record.
    const changes = Object.fromEntries(entries.map((e) => [e.action, e.changes.map((c) => c.field)]));
    expect(changes["exercise.attachment_added"]).toEqual(expect.arrayContaining(["file name", "SHA256"]));
    expect(changes["exercise.attachment_added"]).not.toContain("title");
    expect(changes["exercise.attachment_downloaded"]).toEqual(["SHA256", "file name"]);
    expect(changes["exercise.attachment_deleted"]).not.toContain("title");
    expect(entries[3].changes).toEqual(expect.arrayContaining([{ field: "file name", from: "restore.log", to: "—" }]));
  });

  it("is kept exactly when the version lists it, even when the removal races the submission", async () => {
    const org = await makeOrg();
    for (let round = 0; round < 4; round++) {
      const { planId, ref, upload } = await planWithTest(org);
      const file = await upload("race.log");
      const [, version] = await Promise.all([
        deleteAttachment({ actor: org.actors.committee, input: { ...ref, attachmentId: file.id } }),
        submitPlan({ actor: org.actors.committee, input: { planId } }),
      ]);
      const listed = versionEvidence(version.snapshot).some((e) => e.id === file.id);
      expect(await db.attachment.count({ where: { id: file.id } })).toBe(listed ? 1 : 0);
    }
  });

  it("is out of another organisation's reach, even through a version of its own", async () => {
    const theirs = await makeOrg("Theirs");
    const mine = await makeOrg("Mine");
    const t = await planWithTest(theirs);
    const file = await t.upload("secret.log");
    await approvedVersion(theirs, t.planId);
    await deleteAttachment({ actor: theirs.actors.committee, input: { ...t.ref, attachmentId: file.id } });

    const me = mine.actors.admin;
    expect((await failure(download(me, t.planId, 1, file.id))).code).toBe("NOT_FOUND");
    expect((await failure(getVersion({ actor: me, planId: t.planId, number: 1 }))).code).toBe("NOT_FOUND");
    // A version of my own that claimed their file (a tampered snapshot) still does not reach it.
    const m = await planWithTest(mine);
    const mineVersion = await submitPlan({ actor: mine.actors.committee, input: { planId: m.planId } });
    const claim = JSON.stringify({ tests: { exercises: [{ id: t.ref.exerciseId, title: "x", attachments: [{ id: file.id, fileName: "secret.log" }] }] } });
    await db.$executeRaw`UPDATE "PlanVersion" SET snapshot = snapshot || ${claim}::jsonb WHERE id = ${mineVersion.id}`;
    expect((await failure(download(me, m.planId, 1, file.id))).code).toBe("NOT_FOUND");
    expect((await getVersion({ actor: me, planId: m.planId, number: 1 })).evidence).toMatchObject([{ id: file.id, held: false }]);
  });
});

import { describe, expect, it } from "vitest";
import { db, type Tx } from "@/lib/db/client";
import { recordAudit, recordAudits, type AuditActor } from "@/lib/audit/record-audit";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { chainHash, chainText, verificationText, type ChainEntry } from "@/lib/audit/audit-chain";
import { failure, makeOrg } from "./factories";
import { signal } from "./interleave";

type Stored = ChainEntry & { hash: string; sqlText: string };

/** The organisation's rows as Postgres holds them, in seq order, with the text its own function hashes for each. */
async function storedChain(orgId: string, client: Tx = db): Promise<Stored[]> {
  return client.$queryRaw<Stored[]>`
    SELECT "id", "orgId", "seq", "createdAt", "actorId", "actorEmail", "action", "entityType", "entityId", "planId",
           "before"::text AS "before", "after"::text AS "after", "hash",
           audit_log_chain_text(lag("hash") OVER (ORDER BY "seq"), a) AS "sqlText"
    FROM "AuditLog" a WHERE "orgId" = ${orgId} ORDER BY "seq"`;
}

const entry = (actor: AuditActor, n: number, extra: Partial<Parameters<typeof recordAudit>[1]> = {}) => ({
  actor,
  action: "threat.created",
  entityType: "threat",
  entityId: `cmthreat${String(n).padStart(17, "0")}`,
  planId: null,
  after: { title: `Threat ${n}` },
  ...extra,
});

const system = (orgId: string): AuditActor => ({ orgId, userId: null, email: null });

class RolledBack extends Error {}

/** Runs statements as a superuser would to tamper with the log (the trigger off for them only), committed. */
async function tamper(statements: string[]) {
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_append_only"`);
    for (const statement of statements) await tx.$executeRawUnsafe(statement);
    await tx.$executeRawUnsafe(`ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_append_only"`);
  });
}

describe("the audit log's hash chain", () => {
  it("numbers and chains every writer's rows in the database, and Node computes the same text and hash", async () => {
    const { orgId, actors } = await makeOrg("Chain");
    await db.$transaction((tx) => recordAudit(tx, entry(actors.admin, 1, { before: { title: 'Quote " and \\ backslash' }, after: { title: "Line\nbreak\ttab \u0001 zoë 😀 \u2028" } })));
    await db.$transaction((tx) => recordAudits(tx, [entry(actors.committee, 2), entry(actors.committee, 3, { planId: "cmplan0000000000000000001" }), entry(system(orgId), 4)]));
    // Raw SQL naming its own number and hash (both replaced), an instant with microseconds (kept to
    // the millisecond), and snapshots Postgres writes its own way: 1.0 stays 1.0, keys reordered.
    await db.$executeRaw`
      INSERT INTO "AuditLog" ("id", "orgId", "action", "entityType", "entityId", "before", "after", "createdAt", "seq", "hash")
      VALUES ('cmrawentry000000000000001', ${orgId}, 'threat.updated', 'threat', 't5', '{"rto": 1.0, "a": [1e3, null, true]}'::jsonb,
              'null'::jsonb, '2026-03-12 10:02:03.456789', 99, 'forged')`;

    const rows = await storedChain(orgId);
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[4]).toMatchObject({ createdAt: new Date("2026-03-12T10:02:03.457Z"), before: '{"a": [1000, null, true], "rto": 1.0}', after: "null" });
    for (const [i, row] of rows.entries()) {
      const previous = i === 0 ? null : rows[i - 1].hash;
      expect(chainText(previous, row)).toBe(row.sqlText);
      expect(row.hash).toBe(chainHash(previous, row));
    }

    const verified = await verifyAuditChain({ actor: actors.auditor, now: new Date("2026-11-27T15:40:00Z") });
    expect(verified).toEqual({ verifiedAt: new Date("2026-11-27T15:40:00Z"), intact: true, entries: 5, head: rows[4].hash });
    expect(verificationText(verified)).toBe(`Audit log intact: 5 entries, chain head ${rows[4].hash.slice(0, 4)}…${rows[4].hash.slice(-4)} (verified 27 Nov 2026, 15:40 UTC).`);
    // The verification is in the log, chained after what it verified.
    const audited = await db.auditLog.findFirstOrThrow({ where: { orgId, action: "audit.verified" } });
    expect(audited).toMatchObject({ seq: 6, actorId: actors.auditor.userId, entityType: "organization", entityId: orgId, after: { intact: true, entries: 5, head: rows[4].hash } });
    expect(audited.hash).toBe(chainHash(rows[4].hash, (await storedChain(orgId))[5]));
  });

  it("keeps one chain per organisation", async () => {
    const a = await makeOrg("ChainA");
    const b = await makeOrg("ChainB");
    await db.$transaction((tx) => recordAudits(tx, [entry(a.actors.admin, 1), entry(b.actors.admin, 1), entry(a.actors.admin, 2)]));
    expect((await storedChain(a.orgId)).map((r) => r.seq)).toEqual([1, 2]);
    expect((await storedChain(b.orgId)).map((r) => r.seq)).toEqual([1]);
  });

  it("serialises concurrent writers of one organisation: every number once, each transaction's rows together, no fork", async () => {
    const { orgId, actors } = await makeOrg("ChainRace");
    const writers = Array.from({ length: 8 }, (_, w) =>
      db.$transaction(
        async (tx) => {
          await recordAudit(tx, entry(actors.committee, w * 10, { entityId: `writer-${w}` }));
          // Held open with its row written: the others wait for it, then chain after it.
          await tx.$executeRaw`SELECT pg_sleep(0.05)`;
          await recordAudits(tx, [entry(actors.committee, w * 10 + 1, { entityId: `writer-${w}` }), entry(actors.committee, w * 10 + 2, { entityId: `writer-${w}` })]);
        },
        { timeout: 30_000, maxWait: 30_000 },
      ),
    );
    await Promise.all(writers);
    const rows = await storedChain(orgId);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    for (let w = 0; w < 8; w++) {
      const seqs = rows.filter((r) => r.entityId === `writer-${w}`).map((r) => r.seq);
      expect(seqs).toEqual([seqs[0], seqs[0] + 1, seqs[0] + 2]);
    }
    expect(await verifyAuditChain({ actor: actors.auditor })).toMatchObject({ intact: true, entries: 24, head: rows[23].hash });
  });

  it("takes the chain's lock only as a transaction commits: one edit auditing first and another auditing last, on the same row at once, both go through", async () => {
    const { orgId, actors } = await makeOrg("ChainOrder");
    const person = await db.person.create({ data: { orgId, name: "Sam Lee" } });
    const audited = signal();
    const rowHeld = signal();
    // The first writes its audit row, then waits on the person's row the second has locked; the
    // second then writes its own audit row. Were the chain's lock taken as a row is written, each
    // would wait on the other (Postgres would end one as a deadlock).
    const first = db.$transaction(
      async (tx) => {
        await recordAudit(tx, entry(actors.admin, 1));
        audited.settle();
        await rowHeld.promise;
        await tx.person.update({ where: { id: person.id }, data: { name: "Sam Lee (first)" } });
      },
      { timeout: 20_000 },
    );
    await audited.promise;
    const second = db.$transaction(
      async (tx) => {
        await tx.person.update({ where: { id: person.id }, data: { name: "Sam Lee (second)" } });
        rowHeld.settle();
        await new Promise((resolve) => setTimeout(resolve, 300));
        await recordAudit(tx, entry(actors.admin, 2));
      },
      { timeout: 20_000 },
    );
    await Promise.all([first, second]);
    // Sealed in the order they committed: the second first.
    expect((await storedChain(orgId)).map((r) => [r.seq, r.entityId])).toEqual([
      [1, entry(actors.admin, 2).entityId],
      [2, entry(actors.admin, 1).entityId],
    ]);
    expect(await db.person.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ name: "Sam Lee (first)" });
  });

  it("refuses a row from a repeatable-read snapshot older than the head, rather than forking the chain", async () => {
    const { orgId, actors } = await makeOrg("ChainSnapshot");
    await db.$transaction((tx) => recordAudit(tx, entry(actors.admin, 1)));
    const taken = signal();
    const moved = signal();
    const stale = db.$transaction(
      async (tx) => {
        await tx.auditLog.count({ where: { orgId } });
        taken.settle();
        await moved.promise;
        await recordAudit(tx, entry(actors.admin, 3));
      },
      { isolationLevel: "RepeatableRead", timeout: 30_000 },
    );
    await taken.promise;
    await db.$transaction((tx) => recordAudit(tx, entry(actors.admin, 2)));
    moved.settle();
    expect(String((await failure(stale)).message)).toMatch(/AuditLog_orgId_seq_key|Unique constraint|UniqueConstraintViolation/);
    expect((await storedChain(orgId)).map((r) => [r.seq, r.entityId])).toEqual([
      [1, entry(actors.admin, 1).entityId],
      [2, entry(actors.admin, 2).entityId],
    ]);
  });

  it("refuses TRUNCATE, as it refuses UPDATE and DELETE", async () => {
    const { orgId, actors } = await makeOrg("ChainTruncate");
    await db.$transaction((tx) => recordAudit(tx, entry(actors.admin, 1)));
    // Rolled back whatever happens: the database is every test file's.
    const attempt = (statement: string) =>
      db
        .$transaction(async (tx) => {
          await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = '20s'`);
          await tx.$executeRawUnsafe(statement);
          throw new RolledBack();
        })
        .catch((error: unknown) => (error instanceof RolledBack ? "done" : String((error as Error).message)));
    expect(await attempt(`TRUNCATE "AuditLog"`)).toMatch(/AuditLog is append-only: TRUNCATE refused/);
    expect(await attempt(`UPDATE "AuditLog" SET "action" = 'x' WHERE "orgId" = '${orgId}'`)).toMatch(/AuditLog is append-only: UPDATE refused/);
    expect(await attempt(`DELETE FROM "AuditLog" WHERE "orgId" = '${orgId}'`)).toMatch(/AuditLog is append-only: DELETE refused/);
    expect(await db.auditLog.count({ where: { orgId } })).toBe(1);
  });

  it("names the entry someone with database access edited, even one whose own hash they recomputed", async () => {
    const { orgId, actors } = await makeOrg("ChainEdited");
    await db.$transaction((tx) => recordAudits(tx, Array.from({ length: 7 }, (_, i) => entry(actors.committee, i + 1))));
    const rows = await storedChain(orgId);
    await tamper([`UPDATE "AuditLog" SET "actorEmail" = 'someone-else@example.test' WHERE "id" = '${rows[4].id}'`]);
    // Read two at a time: the edit is found in the third batch, at its own entry.
    const edited = await verifyAuditChain({ actor: actors.auditor, batch: 2 });
    expect(edited).toMatchObject({ intact: false, broken: { seq: 5, createdAt: rows[4].createdAt, problem: "hash" } });
    expect(verificationText(edited)).toMatch(/^Audit log altered: entry #5 \(.+ UTC\) does not match its hash — rows may have been edited or removed\.$/);
    expect(await db.auditLog.findFirstOrThrow({ where: { orgId, action: "audit.verified" } })).toMatchObject({ after: { intact: false, entry: 5, problem: "hash" } });

    // Edited with its own hash made again by the database's function: the next entry no longer follows.
    const other = await makeOrg("ChainRehashed");
    await db.$transaction((tx) => recordAudits(tx, Array.from({ length: 4 }, (_, i) => entry(other.actors.committee, i + 1))));
    const [first, second] = await storedChain(other.orgId);
    await tamper([
      `UPDATE "AuditLog" SET "action" = 'threat.deleted' WHERE "id" = '${second.id}'`,
      `UPDATE "AuditLog" a SET "hash" = audit_log_hash('${first.hash}', a) WHERE "id" = '${second.id}'`,
    ]);
    expect(await verifyAuditChain({ actor: other.actors.auditor })).toMatchObject({ intact: false, broken: { seq: 3, problem: "hash" } });
  });

  it("names the entries removed", async () => {
    const { orgId, actors } = await makeOrg("ChainRemoved");
    await db.$transaction((tx) => recordAudits(tx, Array.from({ length: 6 }, (_, i) => entry(actors.committee, i + 1))));
    const rows = await storedChain(orgId);
    await tamper([`DELETE FROM "AuditLog" WHERE "id" IN ('${rows[2].id}', '${rows[3].id}')`]);
    const removed = await verifyAuditChain({ actor: actors.auditor, batch: 3 });
    expect(removed).toMatchObject({ intact: false, broken: { seq: 5, problem: "missing", missingFrom: 3 } });
    expect(verificationText(removed)).toMatch(/^Audit log altered: entries #3 to #4 are missing before entry #5 \(.+\) — rows have been removed\.$/);
  });

  it("is for those who read the audit log, and a refusal is not audited", async () => {
    const { orgId, actors } = await makeOrg("ChainRefused");
    expect((await failure(verifyAuditChain({ actor: actors.committee }))).code).toBe("FORBIDDEN");
    expect(await db.auditLog.count({ where: { orgId, action: "audit.verified" } })).toBe(0);
    for (const role of ["admin", "executive", "auditor"] as const) expect((await verifyAuditChain({ actor: actors[role] })).intact).toBe(true);
  });
});

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  CHAIN_START,
  chainHash,
  chainHeadText,
  chainText,
  checkChain,
  shortHash,
  verificationText,
  type ChainEntry,
} from "@/lib/audit/audit-chain";

const entry = (seq: number, over: Partial<ChainEntry> = {}): ChainEntry => ({
  id: `cmaudit${String(seq).padStart(18, "0")}`,
  orgId: "cmorg000000000000000000001",
  seq,
  createdAt: new Date(Date.UTC(2026, 2, 12, 10, seq, 3, 45)),
  actorId: null,
  actorEmail: null,
  action: "plan.renamed",
  entityType: "plan",
  entityId: "cmplan00000000000000000001",
  planId: "cmplan00000000000000000001",
  before: null,
  after: null,
  ...over,
});

/** A chain of `n` rows as the database writes it. */
function chain(n: number) {
  const rows: (ChainEntry & { hash: string })[] = [];
  for (let seq = 1; seq <= n; seq++) {
    const row = entry(seq);
    rows.push({ ...row, hash: chainHash(rows.at(-1)?.hash ?? null, row) });
  }
  return rows;
}

describe("the audit chain's text and hash", () => {
  it("writes a row as one line of JSON: the previous hash, the columns, the snapshots as Postgres writes jsonb", () => {
    const row = entry(2, { actorId: "cmuser", actorEmail: "priya@example.test", before: '{"name": "Old \\"quoted\\""}', after: '{"name": "New\\nline", "rto": 1.0}' });
    expect(chainText("ab".repeat(32), row)).toBe(
      `["${"ab".repeat(32)}","cmaudit000000000000000002","cmorg000000000000000000001",2,"2026-03-12T10:02:03.045Z","cmuser","priya@example.test","plan.renamed","plan","cmplan00000000000000000001","cmplan00000000000000000001",{"name": "Old \\"quoted\\""},{"name": "New\\nline", "rto": 1.0}]`,
    );
    // An organisation's first row has no previous hash; missing columns and snapshots are null.
    expect(chainText(null, entry(1, { planId: null }))).toBe(
      '[null,"cmaudit000000000000000001","cmorg000000000000000000001",1,"2026-03-12T10:01:03.045Z",null,null,"plan.renamed","plan","cmplan00000000000000000001",null,null,null]',
    );
  });

  it("escapes a string as Postgres' to_json does: quotes, backslashes, control characters, the rest as it is", () => {
    const text = chainText(null, entry(1, { entityId: 'a"b\\c\n\t\u0001\u007f\u2028😀é' }));
    expect(text).toContain('"a\\"b\\\\c\\n\\t\\u0001\u007f\u2028😀é"');
  });

  it("hashes the text's UTF-8 with SHA-256, in lower-case hex", () => {
    const row = entry(1, { actorEmail: "zoë@example.test" });
    expect(chainHash(null, row)).toBe(createHash("sha256").update(Buffer.from(chainText(null, row), "utf8")).digest("hex"));
    expect(chainHash(null, row)).toMatch(/^[0-9a-f]{64}$/);
    // Any change to the row or to the previous hash is another hash.
    expect(chainHash(null, { ...row, action: "plan.deleted" })).not.toBe(chainHash(null, row));
    expect(chainHash("0".repeat(64), row)).not.toBe(chainHash(null, row));
  });
});

describe("checking the chain", () => {
  it("finds an intact chain whole, a batch at a time", () => {
    const rows = chain(7);
    const first = checkChain(CHAIN_START, rows.slice(0, 3));
    expect(first).toEqual({ progress: { entries: 3, seq: 3, hash: rows[2].hash } });
    if (!("progress" in first)) throw new Error("broken");
    expect(checkChain(first.progress, rows.slice(3))).toEqual({ progress: { entries: 7, seq: 7, hash: rows[6].hash } });
    expect(checkChain(CHAIN_START, [])).toEqual({ progress: CHAIN_START });
  });

  it("names the entry edited, not every entry after it", () => {
    const rows = chain(5);
    rows[2] = { ...rows[2], actorEmail: "someone-else@example.test" };
    expect(checkChain(CHAIN_START, rows)).toEqual({ broken: { seq: 3, createdAt: rows[2].createdAt, problem: "hash" } });
  });

  it("names the entries removed, before the entry after them", () => {
    const rows = chain(6);
    expect(checkChain(CHAIN_START, [...rows.slice(0, 2), ...rows.slice(4)])).toEqual({ broken: { seq: 5, createdAt: rows[4].createdAt, problem: "missing", missingFrom: 3 } });
    // The first entries gone.
    expect(checkChain(CHAIN_START, rows.slice(1))).toEqual({ broken: { seq: 2, createdAt: rows[1].createdAt, problem: "missing", missingFrom: 1 } });
  });

  it("finds a row removed and the numbers closed up: the next entry no longer follows its hash", () => {
    const rows = chain(4);
    const closedUp = [rows[0], { ...rows[2], seq: 2 }, { ...rows[3], seq: 3 }];
    expect(checkChain(CHAIN_START, closedUp)).toMatchObject({ broken: { seq: 2, problem: "hash" } });
  });

  it("names an entry whose number repeats", () => {
    const rows = chain(3);
    expect(checkChain(CHAIN_START, [rows[0], rows[1], rows[1], rows[2]])).toEqual({ broken: { seq: 2, createdAt: rows[1].createdAt, problem: "repeated" } });
  });
});

describe("what the audit log page says of a verification", () => {
  const verifiedAt = new Date("2026-11-27T15:40:12Z");
  const head = `3f2a${"0".repeat(56)}9c1d`;

  it("says an intact log's entries and head", () => {
    expect(shortHash(head)).toBe("3f2a…9c1d");
    expect(verificationText({ verifiedAt, intact: true, entries: 1234, head })).toBe("Audit log intact: 1,234 entries, chain head 3f2a…9c1d (verified 27 Nov 2026, 15:40 UTC).");
    expect(verificationText({ verifiedAt, intact: true, entries: 1, head })).toBe("Audit log intact: 1 entry, chain head 3f2a…9c1d (verified 27 Nov 2026, 15:40 UTC).");
    expect(verificationText({ verifiedAt, intact: true, entries: 0, head: null })).toBe("Audit log intact: no entries yet (verified 27 Nov 2026, 15:40 UTC).");
  });

  it("says which entry an altered log breaks at, and how", () => {
    const createdAt = new Date("2026-03-12T10:02:00Z");
    expect(verificationText({ verifiedAt, intact: false, broken: { seq: 418, createdAt, problem: "hash" } })).toBe(
      "Audit log altered: entry #418 (12 Mar 2026, 10:02 UTC) does not match its hash — rows may have been edited or removed.",
    );
    expect(verificationText({ verifiedAt, intact: false, broken: { seq: 418, createdAt, problem: "missing", missingFrom: 417 } })).toBe(
      "Audit log altered: entry #417 is missing before entry #418 (12 Mar 2026, 10:02 UTC) — rows have been removed.",
    );
    expect(verificationText({ verifiedAt, intact: false, broken: { seq: 1420, createdAt, problem: "missing", missingFrom: 1001 } })).toBe(
      "Audit log altered: entries #1,001 to #1,419 are missing before entry #1,420 (12 Mar 2026, 10:02 UTC) — rows have been removed.",
    );
    expect(verificationText({ verifiedAt, intact: false, broken: { seq: 9, createdAt, problem: "repeated" } })).toBe(
      "Audit log altered: entry #9 (12 Mar 2026, 10:02 UTC) repeats an earlier entry's number — rows may have been added or renumbered.",
    );
  });

  it("writes the chain head an export was made at, its hash whole", () => {
    expect(chainHeadText({ seq: 1234, hash: head })).toBe(`Audit log chain head at export: entry #1,234, SHA-256 ${head}`);
    expect(chainHeadText(null)).toBe("Audit log chain head at export: no entries.");
  });
});

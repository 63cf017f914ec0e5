/**
 * Every import, fed broken files against real Postgres: CSV imports of the inventory registers,
 * of the People register, of the BIA and of the threat register, the recovery imports (RVTools vInfo, generic VM inventory, restore points) and the organisation
 * import. A bad file gives a clear error naming where the problem is and writes nothing; a file
 * that is accepted is written whole.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { orgTables, quote } from "@/lib/exports/org-tables";
import { createPlan } from "@/lib/plans/create-plan";
import { createPerson } from "@/lib/people/create-person";
import { exportPeople } from "@/lib/people/export-people";
import { importPeople } from "@/lib/people/import-people";
import { createItem } from "@/lib/inventories/create-item";
import { exportItems } from "@/lib/inventories/export-items";
import { importItems } from "@/lib/inventories/import-items";
import { createFunction } from "@/lib/bia/create-function";
import { exportFunctions } from "@/lib/bia/export-functions";
import { importFunctions, previewFunctionImport } from "@/lib/bia/import-functions";
import { createThreat } from "@/lib/risks/create-threat";
import { exportThreats } from "@/lib/risks/export-threats";
import { importThreats, previewThreatImport } from "@/lib/risks/import-threats";
import { previewItemImport } from "@/lib/inventories/preview-item-import";
import { saveLocation } from "@/lib/recovery/setup/save-location";
import { applyImport, previewImport } from "@/lib/recovery/imports/run-import";
import { createDatabaseIfMissing, dropDatabase, migrate, withDatabase } from "../../scripts/lib/database";
import { scriptClient } from "../../scripts/lib/prisma";
import { nastyString, nastyValue } from "../fuzz-values";
import { orgSnapshot } from "./org-snapshot";
import { makeOrg, type TestOrg } from "./factories";
import { exportText, importExport, parseOrgExport } from "./export-text";

const RUNS = 30;
const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");

/** Ways a CSV file gets broken: cut short, junk spliced in, headers renamed, rows repeated, giant cells, BOMs, other separators. */
function corrupted(text: string): fc.Arbitrary<string> {
  const lines = text.split(/\r?\n/);
  const at = fc.nat({ max: text.length });
  return fc.oneof(
    at.map((n) => text.slice(0, n)),
    fc.tuple(at, nastyString).map(([n, junk]) => text.slice(0, n) + junk + text.slice(n)),
    fc.tuple(at, fc.constantFrom("\u0000", "\u0001\u0000", "\ud800", "\udfff")).map(([n, junk]) => text.slice(0, n) + junk + text.slice(n)),
    fc.array(nastyString, { minLength: 1, maxLength: 6 }).map((header) => [header.join(","), ...lines.slice(1)].join("\n")),
    fc.tuple(fc.integer({ min: 1, max: Math.max(1, lines.length - 1) }), fc.nat()).map(([i, keep]) =>
      lines.map((line, n) => (n === i ? line.split(",").map((cell, c) => (c === keep % 2 ? cell : "")).join(",") : line)).join("\n"),
    ),
    fc.tuple(fc.nat({ max: lines.length - 1 }), fc.integer({ min: 2, max: 50 })).map(([i, times]) => [...lines, ...Array(times).fill(lines[Math.max(1, i)])].join("\n")),
    fc.tuple(at, fc.constantFrom(10_000, 100_000, 1_100_000)).map(([n, size]) => text.slice(0, n) + "x".repeat(size) + text.slice(n)),
    fc.constantFrom("\uFEFF", "\uFEFF\uFEFF", "\uFEFF\uFEFF\uFEFF").map((bom) => bom + text),
    fc.constantFrom(";", "\t", "|", ",,").map((sep) => text.replace(/,/g, (comma) => (Math.random() < 0.5 ? sep : comma))),
    fc.constantFrom("\r", "\r\n", "\n\n", '"', '"""').map((end) => text.replace(/\n/g, end)),
  );
}

/** Where an error points: a line, a row, a column or the file. */
const NAMES_A_PLACE = /\b(Line|Row) \d+|[Cc]olumn [“"]|\bfile\b|File:/;

function expectClearError(error: unknown) {
  if (!(error instanceof AppError)) throw new Error(`not an AppError (a 500): ${String(error)}`, { cause: error });
  expect(["VALIDATION", "CONFLICT"]).toContain(error.code);
  const said = [error.message, ...Object.values(error.fieldErrors)].join("\n");
  expect(said).toMatch(NAMES_A_PLACE);
}

let org: TestOrg;
let planId: string;
const snapshot = () => orgSnapshot(org.orgId);

const count = (before: Record<string, string>, after: Record<string, string>, table: string) =>
  Number(after[table].split(":")[0]) - Number(before[table].split(":")[0]);

beforeAll(async () => {
  org = await makeOrg("FuzzImport");
  planId = (await createPlan({ actor: org.actors.committee, input: { name: "Imports" } })).id;
});

describe("BIA CSV import", () => {
  let exported = "";

  beforeAll(async () => {
    for (const name of ["Payroll", "Picking, packing", "=cmd|' /C calc'!A0"]) await createFunction({ actor: org.actors.committee, input: { planId, name } });
    exported = (await exportFunctions({ actor: org.actors.committee, input: { planId } })).csv;
  });

  /** Previewed, then imported with the preview's fingerprint: the counts written as previewed, or a clear error and nothing written. */
  async function importFile(file: File) {
    const before = await snapshot();
    try {
      const preview = await previewFunctionImport({ actor: org.actors.committee, input: { planId }, file });
      expect(await snapshot()).toEqual(before);
      const { added, updated } = await importFunctions({ actor: org.actors.committee, input: { planId, fingerprint: preview.fingerprint }, file });
      expect({ added, updated }).toEqual({ added: preview.added, updated: preview.updated });
      expect(count(before, await snapshot(), "BusinessFunction")).toBe(added);
    } catch (error) {
      expectClearError(error);
      expect(await snapshot()).toEqual(before);
    }
  }

  it("a corrupted export: a clear error and nothing written, or the rows imported as previewed", async () => {
    await fc.assert(fc.asyncProperty(corrupted(exported), (text) => importFile(new File([text], "bia.csv", { type: "text/csv" }))), { numRuns: RUNS });
  }, 120_000);

  it("random bytes, invalid UTF-8 included", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 400 }), fc.constantFrom("bia.csv", "bia.txt", ""), (bytes, name) => importFile(new File([Buffer.from(bytes)], name, { type: "text/csv" }))),
      { numRuns: RUNS },
    );
  }, 120_000);
});

describe("threat register CSV import", () => {
  let exported = "";

  beforeAll(async () => {
    const actor = org.actors.committee;
    const owner = await createPerson({ actor, input: { name: "Rae Owner", email: "rae@example.test" } });
    for (const title of ["Flood", "Fire, smoke", "=cmd|' /C calc'!A0"]) {
      await createThreat({ actor, input: { planId, category: "natural", title, description: "Line one\nline two", likelihood: "3", impact: "4", ownerId: owner.id, residualLikelihood: "2", residualImpact: "2" } });
    }
    exported = (await exportThreats({ actor, input: { planId } })).csv;
  });

  /** Previewed, then imported with the preview's fingerprint: the counts written as previewed, or a clear error and nothing written. */
  async function importFile(file: File) {
    const before = await snapshot();
    try {
      const preview = await previewThreatImport({ actor: org.actors.committee, input: { planId }, file });
      expect(await snapshot()).toEqual(before);
      const { added, updated } = await importThreats({ actor: org.actors.committee, input: { planId, fingerprint: preview.fingerprint }, file });
      expect({ added, updated }).toEqual({ added: preview.added, updated: preview.updated });
      expect(count(before, await snapshot(), "Threat")).toBe(added);
    } catch (error) {
      expectClearError(error);
      expect(await snapshot()).toEqual(before);
    }
  }

  it("a corrupted export: a clear error and nothing written, or the rows imported as previewed", async () => {
    await fc.assert(fc.asyncProperty(corrupted(exported), (text) => importFile(new File([text], "threats.csv", { type: "text/csv" }))), { numRuns: RUNS });
  }, 120_000);

  it("random bytes, invalid UTF-8 included", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 400 }), fc.constantFrom("threats.csv", "threats.txt", ""), (bytes, name) =>
        importFile(new File([Buffer.from(bytes)], name, { type: "text/csv" })),
      ),
      { numRuns: RUNS },
    );
  }, 120_000);
});

describe("inventory CSV import", () => {
  let exported = "";

  beforeAll(async () => {
    const actor = org.actors.committee;
    await createPerson({ actor, input: { name: "Sam Lee" } });
    for (const name of ["Acme", "Globex, Ltd", "=cmd|' /C calc'!A0", 'Quote "Co"']) {
      await createItem({ actor, input: { planId, kind: "vendors", name, service: "Hosting\nand backups", accountManager: "Sam Lee", contractEnd: "2027-03-31", recoveryHours: "4" } });
    }
    exported = (await exportItems({ actor, input: { planId, kind: "vendors" } })).csv;
  });

  /** Previews the file (which writes nothing), then confirms it: a file the preview accepts imports exactly as previewed. */
  async function importFile(file: File) {
    const before = await snapshot();
    const input = { planId, kind: "vendors" };
    const preview = await previewItemImport({ actor: org.actors.committee, input, file }).catch((error: unknown) => {
      expectClearError(error);
      return null;
    });
    expect(await snapshot()).toEqual(before);
    try {
      const { added, updated, fingerprint } = await importItems({ actor: org.actors.committee, input: { ...input, fingerprint: preview?.fingerprint }, file });
      expect(fingerprint).toBe(preview?.fingerprint);
      const after = await snapshot();
      expect(count(before, after, "InventoryItem")).toBe(added);
      // The import's own row and one per item it changed; a file that changes nothing writes nothing.
      expect(count(before, after, "AuditLog")).toBe(added + updated === 0 ? 0 : 1 + updated);
    } catch (error) {
      expectClearError(error);
      expect(preview).toBeNull();
      expect(await snapshot()).toEqual(before);
    }
  }

  it("imports its own export whole (the file the corruptions start from): every row matches its item", async () => {
    const before = await snapshot();
    const outcome = await importItems({ actor: org.actors.committee, input: { planId, kind: "vendors" }, file: new File([exported], "vendors.csv", { type: "text/csv" }) });
    expect(outcome).toMatchObject({ added: 0, updated: 0, unchanged: 4, skipped: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it("a corrupted export: a clear error and nothing written, or every row imported", async () => {
    await fc.assert(fc.asyncProperty(corrupted(exported), (text) => importFile(new File([text], "vendors.csv", { type: "text/csv" }))), { numRuns: RUNS });
  }, 120_000);

  it("random bytes, invalid UTF-8 included", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 400 }), fc.constantFrom("vendors.csv", "vendors.CSV", "vendors.txt", ""), (bytes, name) =>
        importFile(new File([Buffer.from(bytes)], name, { type: "text/csv" })),
      ),
      { numRuns: RUNS },
    );
  }, 120_000);

  it("a malformed register or plan, and things that are not files", async () => {
    await fc.assert(
      fc.asyncProperty(nastyValue, nastyValue, fc.constantFrom<unknown>(null, "text", new Blob([]), new Blob(["a"]), { name: "x.csv" }), async (kind, plan, file) => {
        const before = await snapshot();
        for (const attempt of [previewItemImport, importItems]) {
          try {
            await attempt({ actor: org.actors.committee, input: { planId: plan, kind }, file });
            throw new Error("accepted a malformed import");
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            expect(["VALIDATION", "NOT_FOUND"]).toContain(error.code);
            expect(await snapshot()).toEqual(before);
          }
        }
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});

describe("People register CSV import", () => {
  let exported = "";

  beforeAll(async () => {
    const actor = org.actors.committee;
    for (const [name, afterHoursPhone, notes] of [
      ["Ana Lima", "07700 900001", "Keyholder, depot"],
      ["=cmd|' /C calc'!A0", "+44 117 496 0101 ext. 12", 'Says "call me"\nafter 6'],
      ["Bo  Chen", "", "@mention"],
    ]) {
      await createPerson({ actor, input: { name, email: `${name.length}@fuzz.example`, afterHoursPhone, notes } });
    }
    exported = (await exportPeople({ actor })).csv;
  });

  async function importFile(file: File) {
    const before = await snapshot();
    try {
      const { added, updated } = await importPeople({ actor: org.actors.committee, input: {}, file });
      const after = await snapshot();
      expect(count(before, after, "Person")).toBe(added);
      // One row per person added or updated, and the import's own; a file that changes nothing writes nothing.
      expect(count(before, after, "AuditLog")).toBe(added + updated === 0 ? 0 : added + updated + 1);
    } catch (error) {
      expectClearError(error);
      expect(await snapshot()).toEqual(before);
    }
  }

  it("imports its own export whole (the file the corruptions start from): every row unchanged", async () => {
    const before = await snapshot();
    const outcome = await importPeople({ actor: org.actors.committee, input: {}, file: new File([exported], "people.csv", { type: "text/csv" }) });
    // The organisation's other people (the inventory import's) are in the export too.
    expect(outcome).toMatchObject({ added: 0, updated: 0, skipped: 0, unchanged: outcome.rows });
    expect(outcome.rows).toBeGreaterThanOrEqual(3);
    expect(await snapshot()).toEqual(before);
  });

  it("a corrupted export: a clear error and nothing written, or every row imported", async () => {
    await fc.assert(fc.asyncProperty(corrupted(exported), (text) => importFile(new File([text], "people.csv", { type: "text/csv" }))), { numRuns: RUNS });
  }, 120_000);

  it("random bytes, invalid UTF-8 included", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 400 }), fc.constantFrom("people.csv", "people.CSV", "people.txt", ""), (bytes, name) =>
        importFile(new File([Buffer.from(bytes)], name, { type: "text/csv" })),
      ),
      { numRuns: RUNS },
    );
  }, 120_000);
});

describe("recovery imports", () => {
  const fixtures = {
    vms: readFileSync(path.join(FIXTURES, "vms-generic.csv"), "utf8"),
    rvtools: readFileSync(path.join(FIXTURES, "rvtools-vinfo.csv"), "utf8"),
    "restore-points": readFileSync(path.join(FIXTURES, "restore-points.csv"), "utf8"),
  } as const;

  beforeAll(async () => {
    const actor = org.actors.committee;
    await applyImport({ actor, input: { planId, kind: "vms", text: fixtures.vms } });
    await applyImport({ actor, input: { planId, kind: "rvtools", text: fixtures.rvtools } });
    await saveLocation({ actor, input: { planId, key: "nas", name: "Synology NAS", online: "online", immutableDays: "0", throughputMBps: "150", maxStreams: "2", retrievalMinutes: "0" } });
  }, 60_000);

  it.each(Object.keys(fixtures) as (keyof typeof fixtures)[])("%s: the fixture itself is accepted", async (kind) => {
    await expect(previewImport({ actor: org.actors.committee, input: { planId, kind, text: fixtures[kind] } })).resolves.toMatchObject({ kind });
  });

  it.each(Object.keys(fixtures) as (keyof typeof fixtures)[])("%s: a corrupted file is refused with its line and column and writes nothing, or is applied whole", async (kind) => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(corrupted(fixtures[kind]), fc.uint8Array({ minLength: 1, maxLength: 300 }).map((bytes) => new TextDecoder().decode(bytes))), async (text) => {
        const input = { planId, kind, fileName: `${kind}.csv`, text };
        try {
          await previewImport({ actor: org.actors.committee, input });
        } catch (error) {
          expectClearError(error);
        }
        const before = await snapshot();
        try {
          const result = await applyImport({ actor: org.actors.committee, input });
          const after = await snapshot();
          const table = kind === "restore-points" ? "RestorePoint" : "System";
          expect(count(before, after, table)).toBe(result.creates);
          if (result.creates + result.updates === 0) expect(after).toEqual(before);
          // One row for the import, and one per system it changed (what its recovery-facts form reads).
          else expect(count(before, after, "AuditLog")).toBe(1 + (kind === "restore-points" ? 0 : result.updates));
        } catch (error) {
          expectClearError(error);
          expect(await snapshot()).toEqual(before);
        }
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});

describe("organisation import", () => {
  const adminUrl = () => withDatabase(process.env.DATABASE_URL!, "postgres");
  const secondName = `continuity_it_fuzz_${randomBytes(4).toString("hex")}`;
  let second: PrismaClient;
  let exported = "";

  beforeAll(async () => {
    await createDatabaseIfMissing(adminUrl(), secondName);
    await migrate(withDatabase(process.env.DATABASE_URL!, secondName));
    second = scriptClient(withDatabase(process.env.DATABASE_URL!, secondName));
    exported = await exportText(org.actors.admin);
  }, 120_000);

  afterAll(async () => {
    await second?.$disconnect();
    await dropDatabase(adminUrl(), secondName);
  });

  /** Rows per table of the second instance, which only this file uses. */
  async function counts(): Promise<Record<string, number>> {
    const tables = await orgTables(second as unknown as Tx);
    const [row] = await second.$queryRawUnsafe<Record<string, bigint>[]>(`SELECT ${tables.map((t) => `(SELECT count(*) FROM ${quote(t.name)}) AS ${quote(t.name)}`).join(", ")}`);
    return Object.fromEntries(Object.entries(row).map(([table, n]) => [table, Number(n)]));
  }

  async function importText(text: string) {
    const empty = await counts();
    try {
      await second.$transaction((tx) => importExport(tx, text), { timeout: 60_000 });
      const after = await counts();
      for (const table of parseOrgExport(text).tables) expect(after[table.name]).toBe(table.rows.length);
      // Empty the instance again so the next run imports into an empty one: this file's own
      // database, so the audit log's refusal of TRUNCATE is set aside for the statement.
      await second.$transaction([
        second.$executeRawUnsafe(`ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_no_truncate"`),
        second.$executeRawUnsafe(`TRUNCATE ${Object.keys(after).map(quote).join(", ")} CASCADE`),
        second.$executeRawUnsafe(`ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_no_truncate"`),
      ]);
    } catch (error) {
      if (!(error instanceof AppError)) throw new Error(`not an AppError (a 500): ${String(error)}`, { cause: error });
      expect(["VALIDATION", "CONFLICT"]).toContain(error.code);
      expect(error.message.length).toBeGreaterThan(10);
      expect(await counts()).toEqual(empty);
    }
  }

  it("imports the export whole into an empty instance (the file the corruptions start from)", async () => {
    await importText(exported);
    const data = parseOrgExport(exported);
    expect(data.tables.some((t) => t.name === "InventoryItem" && t.rows.length > 0)).toBe(true);
  });

  it("a truncated or spliced export: a clear error and nothing written", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: exported.length }), nastyString, fc.boolean(), (at, junk, splice) =>
        importText(splice ? exported.slice(0, at) + junk + exported.slice(at) : exported.slice(0, at)),
      ),
      { numRuns: RUNS },
    );
  }, 120_000);

  it("valid JSON with one value of one row malformed: a clear error naming the table and nothing written, or imported whole", async () => {
    const data = JSON.parse(exported) as { tables: { name: string; rows: Record<string, unknown>[] }[] };
    const cells = data.tables.flatMap((table, t) => table.rows.flatMap((row, r) => Object.keys(row).map((column) => ({ t, r, column }))));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...cells), nastyValue, async ({ t, r, column }, value) => {
        const copy = structuredClone(data);
        copy.tables[t].rows[r][column] = typeof value === "bigint" ? String(value) : value;
        await importText(JSON.stringify(copy));
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it("random bytes", async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), (bytes) => importText(new TextDecoder().decode(bytes))), { numRuns: RUNS });
  }, 120_000);
});

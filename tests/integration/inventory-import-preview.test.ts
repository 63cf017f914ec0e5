import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { createItem } from "@/lib/inventories/create-item";
import { updateItem } from "@/lib/inventories/update-item";
import { exportItems } from "@/lib/inventories/export-items";
import { importItems } from "@/lib/inventories/import-items";
import { previewItemImport } from "@/lib/inventories/preview-item-import";
import { failure, makeOrg } from "./factories";

const HEADER = "Insurer,Policy number,Policy type,Expiry date,Limit of indemnity";
const POLICIES = [HEADER, "Aviva,BI-100,Business interruption,2028-04-30,750000", "Zurich,PR-2,Property,2027-12-31,", "Hiscox,CY-3,Cyber,2027-06-30,250000"].join("\r\n");

async function setup() {
  const org = await makeOrg("Preview");
  const plan = await createPlan({ actor: org.actors.committee, input: { name: "Bristol" } });
  const planId = plan.id;
  const input = { planId, kind: "insurance" };
  const file = (text: string, name = "policies.csv") => new File([text], name, { type: "text/csv" });
  const preview = (text: string) => previewItemImport({ actor: org.actors.committee, input, file: file(text) });
  const confirm = (text: string, fingerprint?: string) => importItems({ actor: org.actors.committee, input: { ...input, fingerprint }, file: file(text) });
  /** Everything of the organisation an import could write, read back from Postgres. */
  const written = async () => ({
    items: await db.inventoryItem.findMany({ where: { orgId: org.orgId }, orderBy: { id: "asc" } }),
    audit: await db.auditLog.findMany({ where: { orgId: org.orgId }, orderBy: { id: "asc" } }),
  });
  const stored = async () =>
    (await db.inventoryItem.findMany({ where: { planId, kind: "insurance" }, orderBy: { label: "asc" } })).map((item) => ({ label: item.label, version: item.version, data: item.data }));
  return { ...org, planId, input, preview, confirm, written, stored };
}

describe("previewing an inventory import", () => {
  it("says what the file would add, update, leave and skip, and writes nothing", async () => {
    const { actors, planId, preview, written } = await setup();
    await createItem({ actor: actors.committee, input: { planId, kind: "insurance", insurer: "Hiscox", policyNumber: "CY-3", policyType: "Cyber", expiresOn: "2027-06-30", limit: "250000" } });
    const before = await written();

    const shown = await preview(`${POLICIES}\r\nAviva,BI-100,Business interruption,2028-04-30,750000\r\n`);
    expect(shown).toMatchObject({ fileName: "policies.csv", rows: 4, added: 2, updated: 0, unchanged: 0, skipped: 2 });
    expect(shown.summary).toBe("4 rows: 2 to add, 0 to update, 0 unchanged, 2 skipped.");
    expect(shown.skips).toEqual(["Row 4 is already in the register as “Hiscox — CY-3” and is skipped.", "Row 5 repeats row 2 and is skipped."]);
    expect(shown.changes).toEqual([
      {
        row: 2,
        action: "add",
        label: "Aviva — BI-100",
        fields: [
          { label: "Insurer", from: null, to: "Aviva" },
          { label: "Policy number", from: null, to: "BI-100" },
          { label: "Policy type", from: null, to: "Business interruption" },
          { label: "Limit of indemnity", from: null, to: "£750,000" },
          { label: "Expiry date", from: null, to: "30 Apr 2028" },
        ],
      },
      expect.objectContaining({ row: 3, action: "add", label: "Zurich — PR-2" }),
    ]);
    expect(shown.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    // Nothing at all: no item, no audit row.
    expect(await written()).toEqual(before);
  });

  it("lists every problem of the file, as the import does, and writes nothing", async () => {
    const { preview, written } = await setup();
    const before = await written();
    const error = await failure(preview([HEADER, "Aviva,BI-1,Flood,2028-04-30,", ",BI-2,Cyber,2028-04-30,"].join("\r\n")));
    expect(error).toMatchObject({ code: "VALIDATION", message: "Nothing was imported: the file has 2 problems." });
    expect(Object.values(error.fieldErrors ?? {})).toEqual([expect.stringMatching(/^Row 2, column “Policy type”: choose one of:/), "Row 3, column “Insurer”: fill this in"]);
    expect(await written()).toEqual(before);
  });

  it("is refused to auditors and on archived plans, like the import", async () => {
    const { actors, planId, preview } = await setup();
    expect((await failure(previewItemImport({ actor: actors.auditor, input: { planId, kind: "insurance" }, file: new File([POLICIES], "p.csv", { type: "text/csv" }) }))).code).toBe("FORBIDDEN");
    await db.plan.update({ where: { id: planId }, data: { status: "archived" } });
    expect((await failure(preview(POLICIES))).code).toBe("CONFLICT");
  });
});

describe("a spreadsheet's leftovers", () => {
  it("leaves out blank rows and unnamed empty columns, and finds a person written with extra spaces", async () => {
    const { orgId, actors, planId } = await setup();
    await db.person.create({ data: { orgId, name: "Tom Reed" } });
    const file = new File(["Position,Post holder,Backup,,\r\nWarehouse manager,Tom  Reed,Priya Shah,,\r\n,,,,\r\n , ,,,\r\n"], "positions.csv", { type: "text/csv" });
    await db.person.create({ data: { orgId, name: "Priya Shah" } });
    const input = { planId, kind: "backup_positions" };
    const shown = await previewItemImport({ actor: actors.committee, input, file });
    expect(shown).toMatchObject({ rows: 1, added: 1, notes: ["2 blank rows were left out.", "2 columns with no name and no values were left out."] });
    expect(shown.changes[0].fields).toContainEqual({ label: "Post holder", from: null, to: "Tom Reed" });
    await importItems({ actor: actors.committee, input: { ...input, fingerprint: shown.fingerprint }, file });
    const [item] = await db.inventoryItem.findMany({ where: { planId, kind: "backup_positions" } });
    expect(item.label).toBe("Warehouse manager");
  });
});

describe("an export re-saved by a spreadsheet", () => {
  it("reads days a UK spreadsheet rewrote as day/month/year back to the same items: nothing to change", async () => {
    const { actors, planId, preview, confirm } = await setup();
    await confirm(POLICIES);
    const { csv } = await exportItems({ actor: actors.committee, input: { planId, kind: "insurance" } });
    const resaved = csv.replace(/(\d{4})-(\d{2})-(\d{2})/g, (_, y: string, m: string, d: string) => `${d}/${m}/${y}`);
    expect(resaved).toContain(",30/04/2028,");
    expect(await preview(resaved)).toMatchObject({ rows: 3, added: 0, updated: 0, unchanged: 3, skipped: 0 });
  });
});

describe("a file from a spreadsheet in another locale", () => {
  it("stores a semicolon file's decimal commas as decimals and a blank yes/no as not known", async () => {
    const { actors, planId } = await setup();
    const file = new File(["Vendor;Service;Contractual recovery time (hours);Critical to recovery\r\nSage UK;ERP;1,5;\r\nDHL;Parcels;24;no\r\n"], "vendors.csv", { type: "text/csv" });
    const input = { planId, kind: "vendors" };
    const shown = await previewItemImport({ actor: actors.committee, input, file });
    expect(shown.changes[0].fields).toContainEqual({ label: "Contractual recovery time", from: null, to: "1.5 hours" });
    await importItems({ actor: actors.committee, input: { ...input, fingerprint: shown.fingerprint }, file });
    const items = await db.inventoryItem.findMany({ where: { planId, kind: "vendors" }, orderBy: { label: "asc" } });
    expect(items.map((item) => [item.label, (item.data as { recoveryHours: number }).recoveryHours, (item.data as { critical: boolean | null }).critical])).toEqual([
      ["DHL", 24, false],
      ["Sage UK", 1.5, null],
    ]);
  });
});

describe("confirming a previewed import", () => {
  it("writes exactly what the preview showed, and audits it", async () => {
    const { orgId, actors, planId, preview, confirm, stored } = await setup();
    await createItem({ actor: actors.committee, input: { planId, kind: "insurance", insurer: "Hiscox", policyNumber: "CY-3", policyType: "Cyber", expiresOn: "2027-06-30", limit: "250000" } });
    const { csv } = await exportItems({ actor: actors.committee, input: { planId, kind: "insurance" } });
    // The export's row edited (a limit), two rows added, one of them twice.
    const file = `${csv.replace("\uFEFF", "").replace(",250000,", ",300000,")}Aviva,BI-100,Business interruption,,,,2028-04-30,,,,,\r\nAviva,BI-100,Business interruption,,,,2028-04-30,,,,,\r\nZurich,PR-2,Property,,,,2027-12-31,,,,,\r\n`;

    const shown = await preview(file);
    expect(shown).toMatchObject({ rows: 4, added: 2, updated: 1, unchanged: 0, skipped: 1, skips: ["Row 4 repeats row 3 and is skipped."] });
    const result = await confirm(file, shown.fingerprint);
    expect(result).toEqual(shown);

    expect(await stored()).toEqual([
      { label: "Aviva — BI-100", version: 1, data: expect.objectContaining({ insurer: "Aviva", policyNumber: "BI-100", expiresOn: "2028-04-30" }) },
      { label: "Hiscox — CY-3", version: 2, data: expect.objectContaining({ limit: 300000 }) },
      { label: "Zurich — PR-2", version: 1, data: expect.objectContaining({ insurer: "Zurich", expiresOn: "2027-12-31" }) },
    ]);
    const audit = await db.auditLog.findMany({ where: { orgId, action: { in: ["inventory.imported", "inventory.item_imported"] } }, orderBy: { action: "asc" } });
    expect(audit.map((a) => [a.action, a.after])).toEqual([
      ["inventory.imported", { kind: "insurance", rows: 4, added: 2, updated: 1, unchanged: 0, skipped: 1 }],
      ["inventory.item_imported", expect.objectContaining({ label: "Hiscox — CY-3" })],
    ]);
  });

  it("adds nothing when the same file is imported again, and says so", async () => {
    const { orgId, preview, confirm, stored, written } = await setup();
    const first = await preview(POLICIES);
    expect(await confirm(POLICIES, first.fingerprint)).toMatchObject({ added: 3, skipped: 0 });
    const once = await stored();
    expect(once.map((item) => item.label)).toEqual(["Aviva — BI-100", "Hiscox — CY-3", "Zurich — PR-2"]);
    const before = await written();

    const again = await preview(POLICIES);
    expect(again).toMatchObject({ rows: 3, added: 0, updated: 0, unchanged: 0, skipped: 3, changes: [] });
    expect(again.skips).toEqual([
      "Row 2 is already in the register as “Aviva — BI-100” and is skipped.",
      "Row 3 is already in the register as “Zurich — PR-2” and is skipped.",
      "Row 4 is already in the register as “Hiscox — CY-3” and is skipped.",
    ]);
    // Confirmed anyway (or sent by a script without a preview): nothing is written, not even an audit row.
    expect(await confirm(POLICIES, again.fingerprint)).toMatchObject({ added: 0, skipped: 3 });
    expect(await confirm(POLICIES)).toMatchObject({ added: 0, skipped: 3 });
    expect(await written()).toEqual(before);
    expect(await stored()).toEqual(once);
    expect(await db.auditLog.count({ where: { orgId, action: "inventory.imported" } })).toBe(1);
  });

  it("refuses, writing nothing, when the register changed between the preview and the confirmation so that the file would do something else", async () => {
    const { actors, planId, preview, confirm, written } = await setup();
    const shown = await preview(POLICIES);
    expect(shown.added).toBe(3);
    // Someone adds one of the file's policies by hand in the meantime: the file would now add two.
    await createItem({ actor: actors.admin, input: { planId, kind: "insurance", insurer: "Zurich", policyNumber: "PR-2", policyType: "Property", expiresOn: "2027-12-31" } });
    const before = await written();

    const error = await failure(confirm(POLICIES, shown.fingerprint));
    expect(error).toMatchObject({
      code: "CONFLICT",
      message: "The Insurance policy inventory changed since the preview, and the file would now do something else. Nothing was imported: preview the file again to see what it would do now.",
    });
    expect(await written()).toEqual(before);
    // Previewed again, it is imported as that preview says.
    const now = await preview(POLICIES);
    expect(now).toMatchObject({ added: 2, skipped: 1 });
    expect(await confirm(POLICIES, now.fingerprint)).toMatchObject({ added: 2, skipped: 1 });
    expect(await db.inventoryItem.count({ where: { planId, kind: "insurance" } })).toBe(3);
  });

  it("refuses a row whose item was edited between the preview and the confirmation, writing nothing", async () => {
    const { actors, planId, preview, confirm, written } = await setup();
    const item = await createItem({ actor: actors.committee, input: { planId, kind: "insurance", insurer: "Aviva", policyNumber: "BI-100", policyType: "Property", expiresOn: "2028-04-30" } });
    const { csv } = await exportItems({ actor: actors.committee, input: { planId, kind: "insurance" } });
    const file = csv.replace(",Property,", ",Business interruption,");
    const shown = await preview(file);
    expect(shown).toMatchObject({ updated: 1 });
    await updateItem({ actor: actors.admin, input: { planId, kind: "insurance", itemId: item.id, version: "1", insurer: "Aviva", policyNumber: "BI-100", policyType: "Property", expiresOn: "2028-05-31" } });
    const before = await written();

    const error = await failure(confirm(file, shown.fingerprint));
    expect(error.code).toBe("VALIDATION");
    expect(Object.values(error.fieldErrors ?? {})).toEqual([expect.stringMatching(/^Row 2 \(“Aviva — BI-100”\): admin \w+ changed this policy on .+, after you exported it\./)]);
    expect(await written()).toEqual(before);
  });

  it("adds a file's rows once when it is confirmed twice at the same moment", async () => {
    const { planId, preview, confirm } = await setup();
    const shown = await preview(POLICIES);
    const outcomes = await Promise.allSettled([confirm(POLICIES, shown.fingerprint), confirm(POLICIES, shown.fingerprint)]);
    // The second waits for the first's lock on the register, then finds its rows there: refused, as its preview no longer holds.
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.inventoryItem.count({ where: { planId, kind: "insurance" } })).toBe(3);
  });
});

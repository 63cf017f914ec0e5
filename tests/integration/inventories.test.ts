import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { archivePlan } from "@/lib/plans/archive-plan";
import { getPlanOverview } from "@/lib/plans/get-plan-overview";
import { createItem } from "@/lib/inventories/create-item";
import { updateItem } from "@/lib/inventories/update-item";
import { deleteItem } from "@/lib/inventories/delete-item";
import { createFunction } from "@/lib/bia/create-function";
import { updateFunctionDependencies } from "@/lib/bia/update-function-dependencies";
import { listItems } from "@/lib/inventories/list-items";
import { displayCell } from "@/lib/inventories/fields";
import { registerOf } from "@/lib/inventories/registers";
import { listRegisters } from "@/lib/inventories/list-registers";
import { exportItems } from "@/lib/inventories/export-items";
import { importItems } from "@/lib/inventories/import-items";
import { setRegisterOwner } from "@/lib/inventories/set-register-owner";
import { markRegisterReviewed } from "@/lib/inventories/mark-register-reviewed";
import { getInventoryAlerts } from "@/lib/inventories/get-inventory-alerts";
import { setApprovers } from "@/lib/versions/set-approvers";
import { submitPlan } from "@/lib/versions/submit-plan";
import type { AppError } from "@/lib/errors";
import { failure, makeOrg, refused, type TestOrg } from "./factories";

const NOW = new Date("2026-11-25T12:00:00Z");

async function setup(label = "Inv"): Promise<TestOrg & { planId: string; personId: string }> {
  const org = await makeOrg(label);
  const plan = await createPlan({ actor: org.actors.committee, input: { name: "Bristol" } });
  const person = await db.person.create({ data: { orgId: org.orgId, name: "Priya Shah" } });
  return { ...org, planId: plan.id, personId: person.id };
}

function policy(overrides: Record<string, string> = {}) {
  return {
    insurer: "Aviva",
    policyNumber: "BI-100",
    policyType: "Business interruption",
    coverage: "Loss of gross profit, 24 months",
    limit: "2500000",
    excess: "",
    expiresOn: "2027-01-10",
    contactName: "Claims line",
    contactPhone: "+44 345 030 6255",
    contactEmail: "",
    ...overrides,
  };
}

function csvFile(text: string, name = "insurance.csv") {
  return new File([text], name, { type: "text/csv" });
}

/** An export as one written before it carried the items' IDs: the last two columns dropped. */
function withoutIdColumns(csv: string) {
  return csv.replace(/,[^,\r\n]*,[^,\r\n]*\r\n/g, "\r\n");
}

describe("inventory items", () => {
  it("creates an item with typed data, its label and expiry, and an audit row", async () => {
    const { orgId, planId, actors } = await setup();
    const item = await createItem({ actor: actors.committee, input: { planId, kind: "insurance", ...policy() } });
    const row = await db.inventoryItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(row).toMatchObject({ orgId, planId, kind: "insurance", label: "Aviva — BI-100", version: 1 });
    expect(row.expiresOn?.toISOString().slice(0, 10)).toBe("2027-01-10");
    expect(row.data).toEqual({
      insurer: "Aviva",
      policyNumber: "BI-100",
      policyType: "Business interruption",
      coverage: "Loss of gross profit, 24 months",
      limit: 2500000,
      excess: null,
      expiresOn: "2027-01-10",
      contactName: "Claims line",
      contactPhone: "+44 345 030 6255",
      contactEmail: null,
    });
    const audit = await db.auditLog.findMany({ where: { orgId, entityId: item.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "inventory.item_created", after: { kind: "insurance", label: "Aviva — BI-100" } });
  });

  it("refuses invalid fields with messages keyed by field, and writes nothing", async () => {
    const { orgId, planId, actors } = await setup();
    const error = await failure(
      createItem({
        actor: actors.committee,
        input: { planId, kind: "insurance", ...policy({ insurer: " ", expiresOn: "10/01/2027", limit: "£2m", policyType: "Flood", contactEmail: "claims" }) },
      }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({
      insurer: "Insurer: fill this in.",
      expiresOn: "Expiry date: 10/01/2027 could be 10 January or 1 October 2027: write it as 2027-01-10 or 10 Jan 2027.",
      limit: "Limit of indemnity: enter an amount of 0 or more in pounds, like 750000, 750,000 or £750,000.",
      policyType: expect.stringContaining("Policy type: choose one of: Business interruption, Property"),
      contactEmail: "Claims e-mail: enter an e-mail address like name@example.com.",
    });
    expect(await db.inventoryItem.count({ where: { orgId } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId, action: { startsWith: "inventory." } } })).toBe(0);
  });

  it("refuses a person of another organisation in a person field", async () => {
    const mine = await setup();
    const other = await setup("Other");
    const error = await failure(
      createItem({
        actor: mine.actors.committee,
        input: { planId: mine.planId, kind: "call_list", order: "1", person: other.personId, primaryPhone: "0117 496 0101" },
      }),
    );
    expect(error.fieldErrors).toEqual({ person: "Person: choose someone from the list." });
    expect(await db.inventoryItem.count({ where: { orgId: mine.orgId } })).toBe(0);
  });

  it("labels items that name a person with the person's name", async () => {
    const { planId, personId, actors } = await setup();
    const item = await createItem({
      actor: actors.admin,
      input: { planId, kind: "call_list", order: "1", person: personId, primaryPhone: "07700 900102" },
    });
    expect(item.label).toBe("1 — Priya Shah");
  });

  it("updates with optimistic concurrency and deletes with audit rows", async () => {
    const { orgId, planId, actors } = await setup();
    const item = await createItem({ actor: actors.committee, input: { planId, kind: "vendors", name: "Sage UK", service: "ERP support" } });
    await updateItem({
      actor: actors.admin,
      input: { planId, kind: "vendors", itemId: item.id, version: "1", name: "Sage UK Ltd", service: "ERP support", contractEnd: "2027-03-31" },
    });
    const stale = await failure(
      updateItem({ actor: actors.committee, input: { planId, kind: "vendors", itemId: item.id, version: "1", name: "Lost", service: "x" } }),
    );
    expect(stale.code).toBe("CONFLICT");
    const row = await db.inventoryItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(row).toMatchObject({ label: "Sage UK Ltd", version: 2 });
    expect(row.expiresOn?.toISOString().slice(0, 10)).toBe("2027-03-31");

    await deleteItem({ actor: actors.committee, input: { planId, kind: "vendors", itemId: item.id, version: "2" } });
    expect(await db.inventoryItem.count({ where: { orgId } })).toBe(0);
    const actions = await db.auditLog.findMany({ where: { orgId, entityId: item.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["inventory.item_created", "inventory.item_updated", "inventory.item_deleted"]);
  });

  it("refuses a delete at a version someone saved since, saying who changed what, and deletes at the current version", async () => {
    const { orgId, planId, actors } = await setup();
    const item = await createItem({ actor: actors.committee, input: { planId, kind: "vendors", name: "Sage UK", service: "ERP support" } });
    await updateItem({ actor: actors.admin, input: { planId, kind: "vendors", itemId: item.id, version: "1", name: "Sage UK", service: "Payroll support" } });
    const stored = await db.inventoryItem.findUniqueOrThrow({ where: { id: item.id } });

    const stale = (await failure(deleteItem({ actor: actors.committee, input: { planId, kind: "vendors", itemId: item.id, version: "1" } }))) as AppError;
    expect(stale).toMatchObject({ code: "CONFLICT", message: "The vendor was changed after this page was loaded, so it was not deleted." });
    expect(stale.conflict).toMatchObject({
      version: 2,
      by: actors.admin.name,
      refused: "delete",
      changes: [{ field: "service", label: "Service", from: "ERP support", to: "Payroll support" }],
    });
    expect(await db.inventoryItem.findUniqueOrThrow({ where: { id: item.id } })).toEqual(stored);
    expect(await db.auditLog.count({ where: { orgId, action: "inventory.item_deleted" } })).toBe(0);

    await deleteItem({ actor: actors.committee, input: { planId, kind: "vendors", itemId: item.id, version: "2" } });
    expect(await db.inventoryItem.count({ where: { orgId } })).toBe(0);
    const gone = await failure(deleteItem({ actor: actors.committee, input: { planId, kind: "vendors", itemId: item.id, version: "2" } }));
    expect(gone).toMatchObject({ code: "NOT_FOUND", message: "The vendor was not found: it has probably been deleted already." });
  });

  it("refuses to delete a vendor that business functions depend on, naming them, and keeps their dependencies", async () => {
    const { orgId, planId, actors } = await setup();
    const actor = actors.committee;
    const vendor = await createItem({ actor, input: { planId, kind: "vendors", name: "Sage UK", service: "Accounts software", recoveryHours: "4" } });
    for (const name of ["Order taking", "Invoicing"]) {
      const fn = await createFunction({ actor, input: { planId, name } });
      await updateFunctionDependencies({ actor, input: { planId, functionId: fn.id, version: "1", vendorIds: [vendor.id] } });
    }
    // Before, the vendor went and both functions lost it, with nothing in their audit trail.
    const refused = await failure(deleteItem({ actor, input: { planId, kind: "vendors", itemId: vendor.id, version: "1" } }));
    expect(refused).toMatchObject({
      code: "CONFLICT",
      message: "Sage UK is a dependency of Invoicing and Order taking. Take it out of those functions' dependencies (Business impact analysis) first.",
    });
    const functions = await db.businessFunction.findMany({ where: { orgId, planId }, select: { vendors: { select: { id: true } } } });
    expect(functions.map((f) => f.vendors)).toEqual([[{ id: vendor.id }], [{ id: vendor.id }]]);
    expect(await db.auditLog.count({ where: { orgId, action: "inventory.item_deleted" } })).toBe(0);
    // Once no function depends on it, it can go.
    const fns = await db.businessFunction.findMany({ where: { orgId, planId }, select: { id: true, dependenciesVersion: true } });
    for (const fn of fns) await updateFunctionDependencies({ actor, input: { planId, functionId: fn.id, version: String(fn.dependenciesVersion), vendorIds: [] } });
    await deleteItem({ actor, input: { planId, kind: "vendors", itemId: vendor.id, version: "1" } });
    expect(await db.inventoryItem.count({ where: { orgId } })).toBe(0);
  });

  it("lets executives and auditors read but not write", async () => {
    const { orgId, planId, actors } = await setup();
    for (const role of ["executive", "auditor"] as const) {
      const error = await failure(createItem({ actor: actors[role], input: { planId, kind: "forms", name: "Delivery note" } }));
      expect(error.code).toBe("FORBIDDEN");
    }
    const list = await listItems({ actor: actors.auditor, input: { planId, kind: "forms" }, query: {} });
    expect(list.items.total).toBe(0);
    expect(await db.inventoryItem.count({ where: { orgId } })).toBe(0);
  });

  it("refuses edits to an archived plan", async () => {
    const { orgId, planId, actors } = await setup();
    await archivePlan({ actor: actors.committee, input: { planId } });
    const error = await failure(createItem({ actor: actors.committee, input: { planId, kind: "forms", name: "Delivery note" } }));
    expect(error.code).toBe("CONFLICT");
    expect(await db.inventoryItem.count({ where: { orgId } })).toBe(0);
  });

  it("answers not-found for another organisation's plan or item and changes nothing", async () => {
    const mine = await setup();
    const theirs = await setup("Theirs");
    const item = await createItem({ actor: theirs.actors.committee, input: { planId: theirs.planId, kind: "forms", name: "Picking list" } });
    const attempts = [
      () => createItem({ actor: mine.actors.committee, input: { planId: theirs.planId, kind: "forms", name: "Sneaky" } }),
      () => updateItem({ actor: mine.actors.committee, input: { planId: theirs.planId, kind: "forms", itemId: item.id, version: "1", name: "Sneaky" } }),
      () => updateItem({ actor: mine.actors.committee, input: { planId: mine.planId, kind: "forms", itemId: item.id, version: "1", name: "Sneaky" } }),
      () => deleteItem({ actor: mine.actors.committee, input: { planId: mine.planId, kind: "forms", itemId: item.id, version: "1" } }),
      () => listItems({ actor: mine.actors.auditor, input: { planId: theirs.planId, kind: "forms" }, query: {} }),
      () => exportItems({ actor: mine.actors.auditor, input: { planId: theirs.planId, kind: "forms" } }),
      () => importItems({ actor: mine.actors.committee, input: { planId: theirs.planId, kind: "forms" }, file: csvFile("Name\r\nSneaky\r\n", "forms.csv") }),
      () => setRegisterOwner({ actor: mine.actors.committee, input: { planId: theirs.planId, kind: "forms", ownerId: "" } }),
      () => markRegisterReviewed({ actor: mine.actors.committee, input: { planId: theirs.planId, kind: "forms" } }),
    ];
    for (const attempt of attempts) expect((await failure(attempt())).code).toBe("NOT_FOUND");
    const row = await db.inventoryItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(row).toMatchObject({ label: "Picking list", version: 1 });
    expect(await db.inventoryItem.count({ where: { orgId: mine.orgId } })).toBe(0);
    expect(await db.inventoryRegister.count({ where: { planId: theirs.planId } })).toBe(0);
  });

  it("refuses an owner from another organisation", async () => {
    const mine = await setup();
    const theirs = await setup("Theirs");
    const error = await failure(
      setRegisterOwner({ actor: mine.actors.committee, input: { planId: mine.planId, kind: "vendors", ownerId: theirs.personId } }),
    );
    expect(error.fieldErrors).toEqual({ ownerId: "Choose someone from the list." });
    await setRegisterOwner({ actor: mine.actors.committee, input: { planId: mine.planId, kind: "vendors", ownerId: mine.personId } });
    const register = await db.inventoryRegister.findFirstOrThrow({ where: { planId: mine.planId, kind: "vendors" } });
    expect(register.ownerId).toBe(mine.personId);
  });
});

describe("the distribution register", () => {
  const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const copy = (personId: string, fields: Record<string, string> = {}) => ({ kind: "distribution", copyNumber: "1", holder: personId, format: "Printed", issuedOn: day(-10), ...fields });

  it("refuses copies issued or acknowledged in the future, and versions the plan does not have, changing nothing", async () => {
    const { orgId, planId, personId, actors } = await setup();
    const actor = actors.committee;
    const future = await failure(createItem({ actor, input: { planId, ...copy(personId, { issuedOn: day(2), acknowledgedOn: day(200), planVersion: "v7 (does not exist)" }) } }));
    expect(future.fieldErrors).toEqual({
      issuedOn: "Issued on: enter a date that is not in the future.",
      acknowledgedOn: "Acknowledged on: enter a date that is not in the future.",
      planVersion: "Plan version: give the number of one of the plan's versions, like 3.",
    });
    const none = await failure(createItem({ actor, input: { planId, ...copy(personId, { planVersion: "1" }) } }));
    expect(none.fieldErrors).toEqual({ planVersion: "Plan version: this plan has no versions yet; leave it blank until the plan is submitted for approval." });

    await setApprovers({ actor, input: { planId, approverIds: [actors.executive.userId] } });
    await submitPlan({ actor, input: { planId } });
    const seventh = await failure(createItem({ actor, input: { planId, ...copy(personId, { planVersion: "v7" }) } }));
    expect(seventh.fieldErrors).toEqual({ planVersion: "Plan version: this plan has no version 7; its latest is version 1." });
    expect(await db.inventoryItem.count({ where: { orgId } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId, action: { startsWith: "inventory." } } })).toBe(0);

    // Today and the plan's own version are taken; the version is stored as its number.
    const item = await createItem({ actor, input: { planId, ...copy(personId, { issuedOn: day(0), planVersion: "1" }) } });
    expect((await db.inventoryItem.findUniqueOrThrow({ where: { id: item.id } })).data).toMatchObject({ planVersion: 1, issuedOn: day(0) });
    // Text kept from before the field held a number sorts after the numbers.
    await db.inventoryItem.create({ data: { orgId, planId, kind: "distribution", label: "2 — Priya Shah", data: { ...copy(personId), copyNumber: 2, planVersion: "2026.2" } } });
    const { versions, items } = await listItems({ actor, input: { planId, kind: "distribution" }, query: { sort: "planVersion" } });
    expect(versions).toEqual([{ number: 1, status: "submitted" }]);
    expect(items.rows.map((r) => r.data.planVersion)).toEqual([1, "2026.2"]);
    const stale = await failure(updateItem({ actor, input: { planId, itemId: item.id, version: "1", ...copy(personId, { acknowledgedOn: day(3), planVersion: "1" }) } }));
    expect(stale.fieldErrors).toEqual({ acknowledgedOn: "Acknowledged on: enter a date that is not in the future." });

    const csv = ["Copy number,Holder,Format,Plan version,Issued on", `2,Priya Shah,Printed,1,${day(-1)}`, `3,Priya Shah,Printed,4,${day(-1)}`, `4,Priya Shah,Printed,,${day(5)}`].join("\r\n");
    const imported = await failure(importItems({ actor, input: { planId, kind: "distribution" }, file: csvFile(csv, "copies.csv") }));
    expect(Object.values(imported.fieldErrors ?? {})).toEqual(["Row 4, column “Issued on”: enter a date that is not in the future"]);
    const unknown = await failure(importItems({ actor, input: { planId, kind: "distribution" }, file: csvFile(csv.split("\r\n").slice(0, 3).join("\r\n"), "copies.csv") }));
    expect(Object.values(unknown.fieldErrors ?? {})).toEqual(["Row 3, column “Plan version”: this plan has no version 4; its latest is version 1"]);
    expect(await db.inventoryItem.count({ where: { orgId } })).toBe(2);
  });
});

describe("searching and sorting a register", () => {
  it("searches any field and a named person, sorts by numeric fields, and pages in the database", async () => {
    const { planId, personId, actors } = await setup();
    const vendors = [
      { name: "Sage UK", service: "ERP support", recoveryHours: "4" },
      { name: "Daikin", service: "Refrigeration maintenance", recoveryHours: "12" },
      { name: "BT Business", service: "Lines and broadband", recoveryHours: "48" },
      { name: "DHL", service: "Parcel collections", recoveryHours: "" },
    ];
    for (const vendor of vendors) await createItem({ actor: actors.committee, input: { planId, kind: "vendors", ...vendor } });
    await createItem({ actor: actors.committee, input: { planId, kind: "call_list", order: "1", person: personId, primaryPhone: "0117 496 0102" } });

    const byService = await listItems({ actor: actors.auditor, input: { planId, kind: "vendors" }, query: { q: "refriger" } });
    expect(byService.items.rows.map((r) => r.label)).toEqual(["Daikin"]);

    const byHours = await listItems({ actor: actors.auditor, input: { planId, kind: "vendors" }, query: { sort: "recoveryHours", dir: "desc" } });
    expect(byHours.items.rows.map((r) => r.label)).toEqual(["BT Business", "Daikin", "Sage UK", "DHL"]);

    const paged = await listItems({ actor: actors.auditor, input: { planId, kind: "vendors" }, query: { pageSize: "10", page: "1", sort: "label" } });
    expect(paged.items).toMatchObject({ total: 4, pageCount: 1 });

    const byPerson = await listItems({ actor: actors.auditor, input: { planId, kind: "call_list" }, query: { q: "priya" } });
    expect(byPerson.items.total).toBe(1);
    // The person field stores the person's id: a search for some of its characters finds nothing (it found the row before).
    const byIdCharacters = await listItems({ actor: actors.auditor, input: { planId, kind: "call_list" }, query: { q: personId.slice(2, 10) } });
    expect(byIdCharacters.items.total).toBe(0);

    const literal = await listItems({ actor: actors.auditor, input: { planId, kind: "vendors" }, query: { q: "%" } });
    expect(literal.items.total).toBe(0);
  });

  it("searches dates and yes/no fields as the list shows them, ISO dates too, in this organisation's plan only", async () => {
    const { orgId, planId, actors } = await setup();
    const other = await setup("Other");
    const vendors = [
      { name: "Sage UK", service: "ERP support", contractEnd: "2028-04-30", critical: "yes" },
      { name: "Daikin", service: "Refrigeration maintenance", contractEnd: "2027-09-05", critical: "no" },
      { name: "DHL", service: "Parcel collections", contractEnd: "", critical: "" },
    ];
    for (const vendor of vendors) await createItem({ actor: actors.committee, input: { planId, kind: "vendors", ...vendor } });
    await createItem({ actor: other.actors.committee, input: { planId: other.planId, kind: "vendors", name: "Sage UK", service: "Payroll", contractEnd: "2028-04-30", critical: "yes" } });
    const found = async (q: string) => (await listItems({ actor: actors.auditor, input: { planId, kind: "vendors" }, query: { q } })).items.rows.map((r) => r.label);

    expect(await found("30 Apr 2028")).toEqual(["Sage UK"]);
    expect(await found("apr 2028")).toEqual(["Sage UK"]);
    // September as the list writes it ("5 Sept 2027"), the day without its leading zero.
    expect(await found("5 Sept 2027")).toEqual(["Daikin"]);
    expect(await found("2028-04-30")).toEqual(["Sage UK"]);
    expect(await found("Yes")).toEqual(["Sage UK"]);
    expect(await found("no")).toEqual(["Daikin"]);
    // The stored forms the list never shows find nothing.
    expect(await found("true")).toEqual([]);
    expect(await found("false")).toEqual([]);
    // A malformed date kept from elsewhere is shown as typed: it is searched so, and fails nothing.
    await db.inventoryItem.create({ data: { orgId, planId, kind: "vendors", label: "Legacy", data: { name: "Legacy", service: "Old", contractEnd: "2028-13-45" } } });
    expect(await found("2028-13")).toEqual(["Legacy"]);
    expect(await found("Apr 2028")).toEqual(["Sage UK"]);
  });

  it("searches numbers as the list shows them, grouped and with their unit or £, and as stored, in this organisation's plan only", async () => {
    const { orgId, planId, actors } = await setup();
    const other = await setup("Other");
    await createItem({ actor: actors.committee, input: { planId, kind: "insurance", ...policy({ insurer: "Aviva", limit: "750000", excess: "2500" }) } });
    await createItem({ actor: actors.committee, input: { planId, kind: "insurance", ...policy({ insurer: "Hiscox", policyNumber: "CY-7", limit: "1250.5", excess: "" }) } });
    await createItem({ actor: other.actors.committee, input: { planId: other.planId, kind: "insurance", ...policy({ insurer: "Zurich", limit: "750000" }) } });
    const found = async (q: string) => (await listItems({ actor: actors.auditor, input: { planId, kind: "insurance" }, query: { q } })).items.rows.map((r) => r.label);

    expect(await found("750,000")).toEqual(["Aviva — BI-100"]);
    expect(await found("£750,000")).toEqual(["Aviva — BI-100"]);
    expect(await found("750000")).toEqual(["Aviva — BI-100"]);
    expect(await found("£2,500")).toEqual(["Aviva — BI-100"]);
    expect(await found("£1,250.5")).toEqual(["Hiscox — CY-7"]);
    expect(await found("850,000")).toEqual([]);
    expect(await found("£75,000")).toEqual([]);
    // Text kept in a number field is shown as typed: it is searched so, and fails nothing.
    await db.inventoryItem.create({ data: { orgId, planId, kind: "insurance", label: "Legacy", data: { insurer: "Legacy", limit: "about 5m" } } });
    expect(await found("about 5m")).toEqual(["Legacy"]);
    expect(await found("750,000")).toEqual(["Aviva — BI-100"]);
  });

  it("searches a copy's plan version as the list shows it, \"Version 2\"", async () => {
    const { orgId, planId, personId, actors } = await setup();
    await db.inventoryItem.createMany({
      data: [
        { orgId, planId, kind: "distribution", label: "1 — Priya Shah", data: { copyNumber: 1, holder: personId, planVersion: 2, issuedOn: "2026-01-05" } },
        { orgId, planId, kind: "distribution", label: "2 — Priya Shah", data: { copyNumber: 2, holder: personId, planVersion: 3, issuedOn: "2026-01-05" } },
        { orgId, planId, kind: "distribution", label: "3 — Priya Shah", data: { copyNumber: 3, holder: personId, planVersion: "2026.2", issuedOn: "2026-01-05" } },
      ],
    });
    const found = async (q: string) => (await listItems({ actor: actors.auditor, input: { planId, kind: "distribution" }, query: { q } })).items.rows.map((r) => r.data.copyNumber);

    expect(await found("Version 2")).toEqual([1]);
    expect(await found("version 3")).toEqual([2]);
    // Text kept from before the field held a version's number is shown, and searched, as typed.
    expect(await found("2026.2")).toEqual([3]);
    expect(await found("Version 2026")).toEqual([]);
  });

  it("finds every number by the text the list shows for it, rounded and grouped alike", async () => {
    const { orgId, planId, actors } = await setup();
    const storage = registerOf("main_hardware").fields.find((f) => f.key === "storageTB")!;
    const values = [0, 7.5, 1000, 1234.5678, 1.0005, 999.9995, 0.0004, 2500000.25, 1e12, 123456789.9999];
    await db.inventoryItem.createMany({
      data: values.map((storageTB, n) => ({ orgId, planId, kind: "main_hardware", label: `Server ${n}`, data: { name: `Server ${n}`, storageTB } })),
    });
    for (const [n, value] of values.entries()) {
      const shown = displayCell(storage, value, () => "");
      const { items } = await listItems({ actor: actors.auditor, input: { planId, kind: "main_hardware" }, query: { q: shown, pageSize: "100" } });
      expect(items.rows.map((r) => r.label), shown).toContain(`Server ${n}`);
    }
  });

  it("lists a call tree in its order by default, 2 before 10, both ways, and pages it so", async () => {
    const { orgId, planId, personId, actors } = await setup();
    await db.inventoryItem.createMany({
      data: [3, 10, 1, 12, 2, 11, 9].map((order) => ({ orgId, planId, kind: "call_list", label: `${order} — Priya Shah`, data: { order, person: personId, primaryPhone: "0117 496 0102" } })),
    });
    const orders = async (query: Record<string, string>) =>
      (await listItems({ actor: actors.auditor, input: { planId, kind: "call_list" }, query })).items.rows.map((r) => r.data.order);

    expect(await orders({})).toEqual([1, 2, 3, 9, 10, 11, 12]);
    expect(await orders({ sort: "label", dir: "desc" })).toEqual([12, 11, 10, 9, 3, 2, 1]);
    expect(await orders({ pageSize: "10", page: "1", q: "Priya" })).toEqual([1, 2, 3, 9, 10, 11, 12]);
    // Text kept in the order field sorts after the numbers instead of failing the list.
    await db.inventoryItem.create({ data: { orgId, planId, kind: "call_list", label: "first — Priya Shah", data: { order: "first", person: personId } } });
    expect(await orders({})).toEqual([1, 2, 3, 9, 10, 11, 12, "first"]);
    expect(await orders({ sort: "order", dir: "desc" })).toEqual([12, 11, 10, 9, 3, 2, 1, "first"]);
  });

  it("pages hundreds of rows in the database, sorted by a date field and by a person's name", async () => {
    const { orgId, planId, personId, actors } = await setup();
    const other = await db.person.create({ data: { orgId, name: "Aisha Khan" } });
    await db.inventoryItem.createMany({
      data: Array.from({ length: 230 }, (_, n) => ({
        orgId,
        planId,
        kind: "distribution",
        label: `Copy ${n + 1}`,
        data: { copyNumber: n + 1, holder: n % 2 ? personId : other.id, format: "Printed", issuedOn: `2026-01-${String((n % 28) + 1).padStart(2, "0")}` },
      })),
    });
    const page5 = await listItems({ actor: actors.auditor, input: { planId, kind: "distribution" }, query: { sort: "copyNumber", page: "5" } });
    expect(page5.items).toMatchObject({ total: 230, page: 5, pageCount: 5 });
    expect(page5.items.rows.map((r) => r.data.copyNumber)).toEqual(Array.from({ length: 30 }, (_, i) => 201 + i));

    const byDate = await listItems({ actor: actors.auditor, input: { planId, kind: "distribution" }, query: { sort: "issuedOn", dir: "desc", pageSize: "10" } });
    expect(byDate.items.rows.map((r) => r.data.issuedOn)).toEqual([...Array(8).fill("2026-01-28"), "2026-01-27", "2026-01-27"]);

    const byHolder = await listItems({ actor: actors.auditor, input: { planId, kind: "distribution" }, query: { sort: "holder", dir: "desc", pageSize: "200" } });
    expect(byHolder.items.rows.slice(0, 115).every((r) => r.data.holder === personId)).toBe(true);
    expect(byHolder.items.rows.slice(115).every((r) => r.data.holder === other.id)).toBe(true);
  });
});

describe("CSV export and import", () => {
  it("copies a register into another plan: an old export without the ID columns adds every row", async () => {
    const source = await setup();
    const { planId, personId, actors } = source;
    await createItem({ actor: actors.committee, input: { planId, kind: "insurance", ...policy() } });
    await createItem({
      actor: actors.committee,
      input: {
        planId,
        kind: "insurance",
        ...policy({ insurer: "Hiscox", policyNumber: "=CYB-7", policyType: "Cyber", coverage: 'Ransomware, "incident response"\nand forensics', limit: "500000.5" }),
      },
    });
    await createItem({
      actor: actors.committee,
      input: { planId, kind: "backup_schedules", dataSet: "SQL01", frequency: "hourly", retentionDays: "35", offsiteCopy: "on", responsible: personId },
    });

    const exported = await exportItems({ actor: actors.auditor, input: { planId, kind: "insurance" }, now: NOW });
    expect(exported.filename).toBe("bristol-insurance-2026-11-25.csv");
    expect(exported.csv.startsWith("\uFEFFInsurer,Policy number,Policy type,")).toBe(true);
    expect(exported.csv.split("\r\n")[0].endsWith(",Claims e-mail,Continuity ID,Continuity version")).toBe(true);
    expect(exported.csv).toContain("'=CYB-7");
    expect(exported.csv).toContain("'+44 345 030 6255");

    const target = await createPlan({ actor: actors.committee, input: { name: "Copy" } });
    for (const kind of ["insurance", "backup_schedules"] as const) {
      const { csv } = await exportItems({ actor: actors.auditor, input: { planId, kind } });
      // Another plan's IDs are refused: copying means deleting the two ID columns, as an export written before them.
      expect((await failure(importItems({ actor: actors.committee, input: { planId: target.id, kind }, file: csvFile(csv, `${kind}.csv`) }))).code).toBe("VALIDATION");
      const withoutIds = withoutIdColumns(csv);
      expect(await importItems({ actor: actors.committee, input: { planId: target.id, kind }, file: csvFile(withoutIds, `${kind}.csv`) })).toMatchObject({
        added: kind === "insurance" ? 2 : 1,
        updated: 0,
        unchanged: 0,
      });
      const rows = async (id: string) =>
        (await db.inventoryItem.findMany({ where: { planId: id, kind }, orderBy: { label: "asc" } })).map((r) => ({
          data: r.data,
          label: r.label,
          expiresOn: r.expiresOn,
        }));
      expect(await rows(target.id)).toEqual(await rows(planId));
    }
    const audit = await db.auditLog.findMany({ where: { orgId: source.orgId, action: { in: ["inventory.exported", "inventory.imported"] } } });
    expect(audit.filter((a) => a.action === "inventory.imported").map((a) => a.after)).toEqual(
      expect.arrayContaining([
        { kind: "insurance", rows: 2, added: 2, updated: 0, unchanged: 0 },
        { kind: "backup_schedules", rows: 1, added: 1, updated: 0, unchanged: 0 },
      ]),
    );
    expect(audit.filter((a) => a.action === "inventory.exported")).toHaveLength(3);
  });

  it("imports nothing when any row is invalid, naming each row and column", async () => {
    const { orgId, planId, actors } = await setup();
    const csv = [
      "Insurer,Policy number,Policy type,Expiry date,Limit of indemnity",
      "Aviva,BI-1,Business interruption,2027-01-10,100000",
      "Zurich,PR-2,Property,12/31/2027,250000",
      ",PL-3,Flood,2027-05-01,1m",
    ].join("\r\n");
    const error = await failure(importItems({ actor: actors.committee, input: { planId, kind: "insurance" }, file: csvFile(csv) }));
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toBe("Nothing was imported: the file has 4 problems.");
    expect(Object.values(error.fieldErrors ?? {})).toEqual([
      "Row 3, column “Expiry date”: 12/31/2027 has no month 31: if it means 31 December 2027, write it as 2027-12-31 or 31 Dec 2027",
      "Row 4, column “Insurer”: fill this in",
      expect.stringContaining("Row 4, column “Policy type”: choose one of:"),
      "Row 4, column “Limit of indemnity”: enter an amount of 0 or more in pounds, like 750000, 750,000 or £750,000",
    ]);
    expect(await db.inventoryItem.count({ where: { orgId } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId, action: "inventory.imported" } })).toBe(0);
  });

  it("checks the header, the people named, and the file itself", async () => {
    const { orgId, planId, actors } = await setup();
    const attempt = (text: string, name = "x.csv", type = "text/csv") =>
      failure(importItems({ actor: actors.committee, input: { planId, kind: "call_list" }, file: new File([text], name, { type }) }));

    const header = await attempt("Call-tree order,Person,Colour\r\n1,Priya Shah,red\r\n");
    expect(Object.values(header.fieldErrors ?? {})).toEqual([
      "Column “Colour” is not a field of the Master call list.",
      "Column “Primary number” is missing: it is required.",
    ]);
    const person = await attempt("Call-tree order,Person,Primary number\r\n1,Nobody Here,0117 496 0101\r\n");
    expect(Object.values(person.fieldErrors ?? {})).toEqual([
      "Row 2, column “Person”: no one called “Nobody Here” is recorded in the organisation",
    ]);
    expect((await attempt("Call-tree order\r\n1\r\n", "list.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).fieldErrors).toEqual({
      file: "Choose a CSV file (.csv), for example one exported from this register.",
    });
    const large = await attempt("x".repeat(2 * 1024 * 1024 + 1));
    expect(large.fieldErrors).toEqual({ file: "The file is larger than 2 MB. Split it and import the parts one at a time." });
    // A problem with the whole file is shown at the file field; the message says what it means, not "Some fields need attention".
    expect(large.message).toBe("Nothing was imported.");
    expect((await attempt("")).fieldErrors).toEqual({ file: "The file is empty." });
    // A form sent with no file chosen carries an empty, unnamed file.
    expect((await attempt("", "")).fieldErrors).toEqual({ file: "Choose a CSV file to import." });
    expect((await attempt("Call-tree order,Person,Primary number\r\n")).fieldErrors).toEqual({ file: "The file has a header row but no items." });
    expect((await attempt('Call-tree order\r\n"1\r\n')).message).toBe("Line 2 of the file: a quoted field is not closed.");
    expect(await db.inventoryItem.count({ where: { orgId } })).toBe(0);

    await importItems({
      actor: actors.committee,
      input: { planId, kind: "call_list" },
      file: csvFile("\uFEFFcall-tree ORDER,person,Primary number\r\n2,priya shah,07700 900102\r\n", "list.csv"),
    });
    const [row] = await db.inventoryItem.findMany({ where: { orgId } });
    expect(row).toMatchObject({ label: "2 — Priya Shah" });
  });

  it("lets auditors export but not import", async () => {
    const { planId, actors } = await setup();
    const exported = await exportItems({ actor: actors.auditor, input: { planId, kind: "forms" } });
    expect(exported.csv).toBe("\uFEFFName,Form reference,Used by,Purpose,Stock kept at,Minimum stock,Electronic master available,Continuity ID,Continuity version\r\n");
    const error = await failure(importItems({ actor: actors.auditor, input: { planId, kind: "forms" }, file: csvFile("Name\r\nX\r\n", "f.csv") }));
    expect(error.code).toBe("FORBIDDEN");
  });
});

describe("importing an edited export back", () => {
  async function withPolicies() {
    const org = await setup();
    const add = (overrides: Record<string, string>) => createItem({ actor: org.actors.committee, input: { planId: org.planId, kind: "insurance", ...policy(overrides) } });
    const items = [await add({}), await add({ insurer: "Zurich", policyNumber: "PR-2", policyType: "Property" }), await add({ insurer: "Hiscox", policyNumber: "CY-3", policyType: "Cyber" })];
    const { csv } = await exportItems({ actor: org.actors.committee, input: { planId: org.planId, kind: "insurance" } });
    const importFile = (text: string, actor = org.actors.committee) => importItems({ actor, input: { planId: org.planId, kind: "insurance" }, file: csvFile(text) });
    const stored = () => db.inventoryItem.findMany({ where: { planId: org.planId, kind: "insurance" }, orderBy: { label: "asc" } });
    return { ...org, items, csv, importFile, stored };
  }

  /** The export with one cell edited, as in a spreadsheet: the insurer's coverage. */
  const newCoverage = (csv: string, insurer: string) => {
    const cell = `,"${policy().coverage}",`;
    const at = csv.indexOf(cell, csv.indexOf(`\r\n${insurer},`));
    return `${csv.slice(0, at)},Fire and flood,${csv.slice(at + cell.length)}`;
  };

  /** Everything of the organisation an import could write, to show that a refused one wrote nothing. */
  const writes = async (orgId: string) => ({
    items: await db.inventoryItem.findMany({ where: { orgId }, orderBy: { id: "asc" } }),
    audit: await db.auditLog.count({ where: { orgId, action: { in: ["inventory.imported", "inventory.item_imported"] } } }),
  });

  it("updates the edited row in place, adds the new one, leaves the rest, and audits the counts", async () => {
    const { orgId, planId, items, csv, importFile, stored, actors } = await withPolicies();
    expect(csv).toContain(`,${items[1].id},1\r\n`);
    const edited = newCoverage(csv, "Zurich") + "Allianz,EN-4,Property,,,,2027-06-30,,,,,\r\n";

    expect(await importFile(edited)).toMatchObject({ added: 1, updated: 1, unchanged: 2, skipped: 0 });
    const rows = await stored();
    expect(rows.map((r) => [r.label, r.version])).toEqual([
      ["Allianz — EN-4", 1],
      ["Aviva — BI-100", 1],
      ["Hiscox — CY-3", 1],
      ["Zurich — PR-2", 2],
    ]);
    const zurich = rows.find((r) => r.id === items[1].id);
    expect(zurich?.data).toMatchObject({ insurer: "Zurich", coverage: "Fire and flood" });

    const summary = await db.auditLog.findMany({ where: { orgId, action: "inventory.imported" } });
    expect(summary.map((a) => [a.entityType, a.after])).toEqual([["inventory_register", { kind: "insurance", rows: 4, added: 1, updated: 1, unchanged: 2 }]]);
    const perItem = await db.auditLog.findMany({ where: { orgId, action: "inventory.item_imported" } });
    expect(perItem).toHaveLength(1);
    expect(perItem[0]).toMatchObject({
      entityType: "inventory_item",
      entityId: items[1].id,
      actorId: actors.committee.userId,
      before: { label: "Zurich — PR-2", data: { coverage: "Loss of gross profit, 24 months" } },
      after: { label: "Zurich — PR-2", data: { coverage: "Fire and flood" } },
    });

    // The same file again: its row for Zurich is now stale; a fresh export imported as it is changes nothing.
    const again = await failure(importFile(edited));
    expect(Object.values(again.fieldErrors ?? {})).toEqual([expect.stringMatching(/^Row 4 \(“Zurich — PR-2”\): committee \w+ changed this policy on \d+ \w+ \d{4} at \d\d:\d\d UTC, after you exported it\. Export the register again/)]);
    const { csv: fresh } = await exportItems({ actor: actors.committee, input: { planId, kind: "insurance" } });
    const before = await writes(orgId);
    expect(await importFile(fresh)).toMatchObject({ added: 0, updated: 0, unchanged: 4, skipped: 0 });
    expect(await writes(orgId)).toEqual(before);
  });

  it("tells a later form save what the import changed, and who", async () => {
    const { items, csv, importFile, planId, actors } = await withPolicies();
    await importFile(newCoverage(csv, "Zurich"));
    const stale = await refused(
      updateItem({ actor: actors.admin, input: { planId, kind: "insurance", itemId: items[1].id, version: "1", ...policy({ insurer: "Zurich", policyNumber: "PR-2", policyType: "Property" }) } }),
    );
    expect(stale).toMatchObject({
      code: "CONFLICT",
      conflict: { version: 2, by: actors.committee.name, changes: [{ field: "coverage", label: "Coverage", from: "Loss of gross profit, 24 months", to: "Fire and flood" }] },
    });
  });

  it("refuses a row whose item changed since the export, saying who and when, and writes nothing", async () => {
    const { orgId, items, csv, importFile, planId, actors } = await withPolicies();
    await updateItem({ actor: actors.admin, input: { planId, kind: "insurance", itemId: items[0].id, version: "1", ...policy({ excess: "1000" }) } });
    const edited = newCoverage(csv, "Zurich").replace("Aviva,BI-100,", "Aviva,BI-100-A,") + "Allianz,EN-4,Property,,,,2027-06-30,,,,,\r\n";
    const before = await writes(orgId);
    const error = await failure(importFile(edited));
    expect(error).toMatchObject({ code: "VALIDATION", message: "Nothing was imported: the file has 1 problem." });
    expect(Object.values(error.fieldErrors ?? {})).toEqual([
      expect.stringMatching(
        new RegExp(`^Row 2 \\(“Aviva — BI-100”\\): ${actors.admin.name} changed this policy on \\d+ \\w+ \\d{4} at \\d\\d:\\d\\d UTC, after you exported it\\. Export the register again and make your change in the new file\\.$`),
      ),
    ]);
    expect(await writes(orgId)).toEqual(before);
    const aviva = await db.inventoryItem.findUniqueOrThrow({ where: { id: items[0].id } });
    expect(aviva).toMatchObject({ version: 2, label: "Aviva — BI-100", data: expect.objectContaining({ excess: 1000 }) });
  });

  it("refuses IDs of no item of this register: unknown, deleted, another register's or plan's, and another organisation's", async () => {
    const mine = await withPolicies();
    const theirs = await withPolicies();
    const vendor = await createItem({ actor: mine.actors.committee, input: { planId: mine.planId, kind: "vendors", name: "Sage UK", service: "ERP support" } });
    const otherPlan = await createPlan({ actor: mine.actors.committee, input: { name: "Avonmouth" } });
    const elsewhere = await createItem({ actor: mine.actors.committee, input: { planId: otherPlan.id, kind: "insurance", ...policy({ policyNumber: "AV-9" }) } });
    await deleteItem({ actor: mine.actors.committee, input: { planId: mine.planId, kind: "insurance", itemId: mine.items[2].id, version: "1" } });
    const row = (id: string, number: string) => `Aviva,${number},Property,,,,2027-06-30,,,,${id},1\r\n`;
    const file =
      newCoverage(mine.csv, "Zurich") +
      row("cmunknownid0000000000000", "U-1") +
      row(vendor.id, "V-1") +
      row(elsewhere.id, "P-1") +
      row(theirs.items[0].id, "O-1");

    const before = [await writes(mine.orgId), await writes(theirs.orgId)];
    const error = await failure(mine.importFile(file));
    const noSuchItem = "column “Continuity ID”: the Insurance policy inventory has no item with this ID. It may have been deleted since the export, or the row comes from another register or plan; clear the ID to add the row as a new policy.";
    // Rows 2 to 4 are the export (Hiscox, row 3, was deleted since); a foreign ID reads exactly like an unknown one.
    expect(Object.values(error.fieldErrors ?? {})).toEqual([3, 5, 6, 7, 8].map((n) => `Row ${n}, ${noSuchItem}`));
    expect([await writes(mine.orgId), await writes(theirs.orgId)]).toEqual(before);
  });

  it("refuses an ID given twice, and nothing is written", async () => {
    const { orgId, csv, importFile } = await withPolicies();
    const [header, first] = csv.split("\r\n");
    const before = await writes(orgId);
    const error = await failure(importFile([header, first, first.replace("Aviva,", "Aviva UK,")].join("\r\n")));
    expect(Object.values(error.fieldErrors ?? {})).toEqual(["Row 3, column “Continuity ID”: row 2 has the same ID; each item can be updated by one row only"]);
    expect(await writes(orgId)).toEqual(before);
  });
});

describe("staleness and expiry", () => {
  it("flags registers never reviewed or reviewed before the period, and items not updated within it", async () => {
    const { orgId, planId, actors } = await setup();
    await db.organization.update({ where: { id: orgId }, data: { reviewPeriodDays: 180 } });
    const fresh = await createItem({ actor: actors.committee, input: { planId, kind: "forms", name: "Goods-in sheet" } });
    const old = await createItem({ actor: actors.committee, input: { planId, kind: "forms", name: "Returns form" } });
    await db.$executeRaw`UPDATE "InventoryItem" SET "updatedAt" = ${new Date("2026-05-01T00:00:00Z")} WHERE id = ${old.id}`;

    // Reviewed 179 days before NOW: within the period.
    await markRegisterReviewed({ actor: actors.committee, input: { planId, kind: "forms" }, now: new Date("2026-05-30T12:00:00Z") });
    await markRegisterReviewed({ actor: actors.committee, input: { planId, kind: "vendors" }, now: new Date("2026-05-01T12:00:00Z") });

    const { registers } = await listRegisters({ actor: actors.auditor, planId, now: NOW });
    const byKind = Object.fromEntries(registers.map((r) => [r.kind, r]));
    expect(registers).toHaveLength(18);
    expect(byKind.forms).toMatchObject({ stale: false, itemCount: 2, itemsNotUpdated: 1 });
    expect(byKind.vendors).toMatchObject({ stale: true, itemCount: 0 });
    // Nothing recorded and never reviewed: not started, not "needs a review".
    expect(byKind.insurance).toMatchObject({ stale: false, notStarted: true, lastReviewedAt: null, itemCount: 0 });
    expect(byKind.vendors).toMatchObject({ notStarted: false });

    const forms = await listItems({ actor: actors.auditor, input: { planId, kind: "forms" }, query: {}, now: NOW });
    expect(forms.stale).toBe(false);
    expect(Object.fromEntries(forms.items.rows.map((r) => [r.id, r.stale]))).toEqual({ [fresh.id]: false, [old.id]: true });

    // Once the register's review is past the period, the register says so in its header; its rows
    // are judged by their own last change still.
    const later = await listItems({ actor: actors.auditor, input: { planId, kind: "forms" }, query: {}, now: new Date("2026-11-27T12:00:00Z") });
    expect(later.stale).toBe(true);
    expect(Object.fromEntries(later.items.rows.map((r) => [r.id, r.stale]))).toEqual({ [fresh.id]: false, [old.id]: true });
  });

  it("does not flag items just added to a register never reviewed, before or after its review", async () => {
    const { planId, actors } = await setup();
    const added = await createItem({ actor: actors.committee, input: { planId, kind: "forms", name: "Goods-in sheet" } });
    const never = await listItems({ actor: actors.auditor, input: { planId, kind: "forms" }, query: {} });
    expect(never.lastReviewedAt).toBeNull();
    expect(never.stale).toBe(true);
    expect(never.items.rows.map((r) => [r.id, r.stale])).toEqual([[added.id, false]]);

    await markRegisterReviewed({ actor: actors.committee, input: { planId, kind: "forms" } });
    const reviewed = await listItems({ actor: actors.auditor, input: { planId, kind: "forms" }, query: {} });
    expect(reviewed.stale).toBe(false);
    expect(reviewed.items.rows.map((r) => [r.id, r.stale])).toEqual([[added.id, false]]);
  });

  it("says a register not started yet needs no review on its own page, as the list of registers does", async () => {
    const { planId, actors } = await setup();
    const { registers } = await listRegisters({ actor: actors.auditor, planId, now: NOW });
    expect(registers.find((r) => r.kind === "insurance")).toMatchObject({ notStarted: true, stale: false });
    const empty = await listItems({ actor: actors.auditor, input: { planId, kind: "insurance" }, query: {}, now: NOW });
    expect(empty).toMatchObject({ lastReviewedAt: null, stale: false });

    // Once it holds an item it is started, and unreviewed: a search that finds nothing does not hide that.
    await createItem({ actor: actors.committee, input: { planId, kind: "insurance", ...policy() } });
    const searched = await listItems({ actor: actors.auditor, input: { planId, kind: "insurance" }, query: { q: "no such policy" }, now: NOW });
    expect(searched.items.total).toBe(0);
    expect(searched.stale).toBe(true);
  });

  it("lists items expiring within 90 days or already expired, soonest first, and counts stale registers", async () => {
    const { planId, actors } = await setup();
    const add = (kind: "insurance" | "vendors", input: Record<string, string>) =>
      createItem({ actor: actors.committee, input: { planId, kind, ...input } });
    await add("insurance", policy({ policyNumber: "EXPIRED", expiresOn: "2026-11-01" }));
    await add("insurance", policy({ policyNumber: "SOON", expiresOn: "2027-01-10" }));
    await add("insurance", policy({ policyNumber: "EDGE", expiresOn: "2027-02-23" }));
    await add("insurance", policy({ policyNumber: "LATER", expiresOn: "2027-02-24" }));
    await add("vendors", { name: "Sage UK", service: "ERP support", contractEnd: "2026-12-31" });
    await add("vendors", { name: "DHL", service: "Parcels" });
    await markRegisterReviewed({ actor: actors.committee, input: { planId, kind: "insurance" }, now: NOW });

    const alerts = await getInventoryAlerts({ actor: actors.executive, planId, now: NOW });
    expect(alerts.expiring.map((e) => [e.label, e.register, e.daysLeft])).toEqual([
      ["Aviva — EXPIRED", "Insurance policy inventory", -24],
      ["Sage UK", "Master vendor list", 36],
      ["Aviva — SOON", "Insurance policy inventory", 46],
      ["Aviva — EDGE", "Insurance policy inventory", 90],
    ]);
    expect(alerts.expiringCount).toBe(4);
    // Vendors has items nobody reviewed; the sixteen registers with neither items nor a review are not started.
    expect(alerts).toMatchObject({ staleRegisters: 1, notStartedRegisters: 16 });
  });

  it("reports the inventories stage as the share of registers filled and not stale", async () => {
    const { planId, actors } = await setup();
    await createItem({ actor: actors.committee, input: { planId, kind: "forms", name: "Goods-in sheet" } });
    await createItem({ actor: actors.committee, input: { planId, kind: "vendors", name: "DHL", service: "Parcels" } });
    await markRegisterReviewed({ actor: actors.committee, input: { planId, kind: "forms" } });
    await markRegisterReviewed({ actor: actors.committee, input: { planId, kind: "insurance" } });
    const plan = await db.plan.findUniqueOrThrow({ where: { id: planId } });
    const { stages } = await getPlanOverview({ actor: actors.auditor, plan });
    // Only "forms" has items and a current review: 1 of 18.
    expect(stages.find((s) => s.key === "inventories")?.completeness).toBe(6);
  });

  it("lists what the inventories lack at 0% when registers are filled in but none reviewed in time, and nothing when none is filled in", async () => {
    const { planId, actors } = await setup();
    const plan = await db.plan.findUniqueOrThrow({ where: { id: planId } });
    const stage = async () => (await getPlanOverview({ actor: actors.auditor, plan })).stages.find((s) => s.key === "inventories")!;
    expect(await stage()).toMatchObject({ completeness: 0, todo: [], emptyState: "No inventory registers filled in yet." });
    await createItem({ actor: actors.committee, input: { planId, kind: "forms", name: "Goods-in sheet" } });
    await createItem({ actor: actors.committee, input: { planId, kind: "vendors", name: "DHL", service: "Parcels" } });
    expect(await stage()).toMatchObject({
      completeness: 0,
      todo: ["Fill in 16 empty registers.", "Review 2 registers not reviewed within the review period."],
    });
  });
});

describe("an inventory save that changes nothing", () => {
  it("writes no version and no audit row for an item re-saved as stored, and writes a one-field change", async () => {
    const { orgId, planId, actors } = await setup();
    const item = await createItem({ actor: actors.committee, input: { planId, kind: "insurance", ...policy() } });
    const audits = () => db.auditLog.count({ where: { orgId, entityId: item.id } });
    const form = { planId, kind: "insurance", itemId: item.id, version: "1", ...policy() };
    expect(await updateItem({ actor: actors.committee, input: form })).toMatchObject({ changed: false, version: 1 });
    const stored = await db.inventoryItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(stored).toMatchObject({ version: 1, updatedAt: item.updatedAt });
    expect(await audits()).toBe(1);
    await updateItem({ actor: actors.committee, input: { ...form, excess: "1000" } });
    expect(await db.inventoryItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ version: 2, data: expect.objectContaining({ insurer: "Aviva" }) });
    expect(await audits()).toBe(2);
    expect((await failure(updateItem({ actor: actors.committee, input: { ...form, excess: "1000" } }))).code).toBe("CONFLICT");
  });

  it("keeps an internal extension stored in a call tree: saved with another field edited, or re-imported, the item keeps it and nothing is refused", async () => {
    const { orgId, planId, personId, actors } = await setup();
    const actor = actors.committee;
    const entry = await createItem({ actor, input: { planId, kind: "call_list", order: "1", person: personId, role: "Reception", primaryPhone: "4021", alternatePhone: "07700 900101" } });
    const form = { planId, kind: "call_list", itemId: entry.id, version: "1", order: "1", person: personId, role: "Reception", primaryPhone: "4021", alternatePhone: "07700 900101" };
    expect(await updateItem({ actor, input: form })).toMatchObject({ changed: false, version: 1 });

    await updateItem({ actor, input: { ...form, role: "Reception and switchboard" } });
    expect(await db.inventoryItem.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({
      version: 2,
      data: expect.objectContaining({ role: "Reception and switchboard", primaryPhone: "4021", alternatePhone: "07700 900101" }),
    });

    const vendor = await createItem({ actor, input: { planId, kind: "vendors", name: "Facilities desk", service: "Building", phone24x7: "ext. 4021" } });
    const { csv } = await exportItems({ actor, input: { planId, kind: "call_list" }, now: NOW });
    const file = new File([csv], "call-list.csv", { type: "text/csv" });
    expect(await importItems({ actor, input: { planId, kind: "call_list" }, file })).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
    expect(await db.inventoryItem.findMany({ where: { orgId }, orderBy: { kind: "asc" }, select: { id: true, version: true, data: true } })).toEqual([
      { id: entry.id, version: 2, data: expect.objectContaining({ primaryPhone: "4021" }) },
      { id: vendor.id, version: 1, data: expect.objectContaining({ phone24x7: "ext. 4021" }) },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { createFunction } from "@/lib/bia/create-function";
import { updateFunction } from "@/lib/bia/update-function";
import { updateFunctionDependencies } from "@/lib/bia/update-function-dependencies";
import { getFunction } from "@/lib/bia/get-function";
import { functionListQuery, listFunctions } from "@/lib/bia/list-functions";
import { createItem } from "@/lib/inventories/create-item";
import { updateItem } from "@/lib/inventories/update-item";
import { getItem } from "@/lib/inventories/get-item";
import { failure, makeOrg } from "./factories";

async function setup() {
  const org = await makeOrg("VendorRto");
  const { actors } = org;
  const plan = await createPlan({ actor: actors.committee, input: { name: "Bristol" } });
  const vendor = (name: string, recoveryHours: string) =>
    createItem({ actor: actors.committee, input: { planId: plan.id, kind: "vendors", name, service: `${name} service`, recoveryHours } });
  const [acme, quick, silent] = [await vendor("Acme Hosting", "48"), await vendor("Quick Lines", "4"), await vendor("Silent Ltd", "")];
  const withRto = async (name: string, rtoMinutes: string, vendorIds: string[]) => {
    const fn = await createFunction({ actor: actors.committee, input: { planId: plan.id, name } });
    await updateFunction({ actor: actors.committee, input: { planId: plan.id, functionId: fn.id, version: 1, name, rtoMinutes } });
    await updateFunctionDependencies({ actor: actors.committee, input: { planId: plan.id, functionId: fn.id, version: 1, vendorIds } });
    return fn;
  };
  return { ...org, plan, acme, quick, silent, withRto };
}

describe("vendors' recovery times against the RTO", () => {
  it("shows each vendor of a function against its RTO, read back after the links are saved", async () => {
    const { actors, plan, acme, quick, silent, withRto } = await setup();
    const orders = await withRto("Order taking", "4h", [acme.id, quick.id, silent.id]);
    const read = await getFunction({ actor: actors.auditor, planId: plan.id, functionId: orders.id });
    expect(read.vendorChecks.map((v) => [v.name, v.recoveryMinutes, v.status, v.message])).toEqual([
      ["Acme Hosting", 2880, "longer", "Acme Hosting's contractual recovery time (2 days) is longer than the RTO (4 h)."],
      ["Quick Lines", 240, "within", null],
      ["Silent Ltd", null, "not_stated", "Silent Ltd: recovery time not stated."],
    ]);
  });

  it("puts the vendor checks in the function list, and clears them once the vendor's recovery time is fixed", async () => {
    const { actors, plan, acme, quick, withRto } = await setup();
    await withRto("Order taking", "4h", [acme.id]);
    await withRto("Payroll", "3d", [acme.id, quick.id]);
    const list = async () => {
      const page = await listFunctions({ actor: actors.executive, planId: plan.id, query: functionListQuery.parse({}) });
      return page.rows.map((row) => [row.name, row.vendorChecks]);
    };
    expect(await list()).toEqual([
      [
        "Order taking",
        {
          flags: ["Vendor slower than RTO"],
          gaps: [],
          messages: ["Acme Hosting's contractual recovery time (2 days) is longer than the RTO (4 h)."],
        },
      ],
      ["Payroll", { flags: [], gaps: [], messages: [] }],
    ]);

    await updateItem({
      actor: actors.committee,
      input: { planId: plan.id, kind: "vendors", itemId: acme.id, version: "1", name: "Acme Hosting", service: "Hosting", recoveryHours: "4" },
    });
    expect(await db.inventoryItem.findUniqueOrThrow({ where: { id: acme.id } })).toMatchObject({ data: expect.objectContaining({ recoveryHours: 4 }) });
    expect((await list())[0]).toEqual(["Order taking", { flags: [], gaps: [], messages: [] }]);
  });

  it("takes a vendor's recovery time as a duration in any unit, stored in hours", async () => {
    const { actors, plan, acme, withRto } = await setup();
    const days = await createItem({ actor: actors.committee, input: { planId: plan.id, kind: "vendors", name: "Days Ltd", service: "Couriers", recoveryHours: "2d" } });
    const [row] = await db.$queryRaw<{ hours: number }[]>`SELECT ("data"->>'recoveryHours')::float8 AS hours FROM "InventoryItem" WHERE id = ${days.id}`;
    expect(row.hours).toBe(48);
    await updateItem({
      actor: actors.committee,
      input: { planId: plan.id, kind: "vendors", itemId: acme.id, version: "1", name: "Acme Hosting", service: "Hosting", recoveryHours: "90min" },
    });
    expect(await db.inventoryItem.findUniqueOrThrow({ where: { id: acme.id } })).toMatchObject({ data: expect.objectContaining({ recoveryHours: 1.5 }) });
    const orders = await withRto("Order taking", "4h", [acme.id, days.id]);
    const read = await getFunction({ actor: actors.auditor, planId: plan.id, functionId: orders.id });
    expect(read.vendorChecks.map((v) => [v.name, v.recoveryMinutes, v.status])).toEqual([
      ["Acme Hosting", 90, "within"],
      ["Days Ltd", 2880, "longer"],
    ]);
    const refused = await failure(createItem({ actor: actors.committee, input: { planId: plan.id, kind: "vendors", name: "Typo Ltd", service: "Lines", recoveryHours: "2x" } }));
    expect(refused.fieldErrors).toEqual({ recoveryHours: "Contractual recovery time: enter hours, or a duration like 90min, 4h or 2d." });
  });

  it("lists on a vendor's page the functions that depend on it and those it falls short for", async () => {
    const { actors, plan, acme, quick, withRto } = await setup();
    const orders = await withRto("Order taking", "4h", [acme.id]);
    const payroll = await withRto("Payroll", "3d", [acme.id]);
    const loose = await createFunction({ actor: actors.committee, input: { planId: plan.id, name: "Archiving" } });
    await updateFunctionDependencies({ actor: actors.committee, input: { planId: plan.id, functionId: loose.id, version: 1, vendorIds: [acme.id] } });

    const read = await getItem({ actor: actors.auditor, input: { planId: plan.id, kind: "vendors", itemId: acme.id } });
    expect(read.dependentFunctions.map((fn) => [fn.id, fn.rtoMinutes, fn.check.status])).toEqual([
      [loose.id, null, "no_rto"],
      [orders.id, 240, "longer"],
      [payroll.id, 4320, "within"],
    ]);
    const unused = await getItem({ actor: actors.auditor, input: { planId: plan.id, kind: "vendors", itemId: quick.id } });
    expect(unused.dependentFunctions).toEqual([]);
  });

  it("reads a vendor's functions only inside its organisation", async () => {
    const theirs = await setup();
    await theirs.withRto("Order taking", "4h", [theirs.acme.id]);
    const mine = await makeOrg("Mine");
    const error = await failure(getItem({ actor: mine.actors.admin, input: { planId: theirs.plan.id, kind: "vendors", itemId: theirs.acme.id } }));
    expect(error.code).toBe("NOT_FOUND");
  });
});

describe("an expired vendor contract under a function", () => {
  // The day the reviewer saw "expired 57 days ago" in the register for a contract ending 1 Oct 2026.
  const NOW = new Date("2026-11-27T10:00:00Z");

  async function dental() {
    const org = await makeOrg("Riverside");
    const { actors } = org;
    const plan = await createPlan({ actor: actors.committee, input: { name: "Riverside Dental" } });
    const vendor = await createItem({
      actor: actors.committee,
      input: { planId: plan.id, kind: "vendors", name: "Software of Excellence", service: "Practice management", contractEnd: "2026-10-01", recoveryHours: "4" },
    });
    const fn = await createFunction({ actor: actors.committee, input: { planId: plan.id, name: "Patient appointments" } });
    await updateFunction({ actor: actors.committee, input: { planId: plan.id, functionId: fn.id, version: 1, name: "Patient appointments", rtoMinutes: "4h" } });
    await updateFunctionDependencies({ actor: actors.committee, input: { planId: plan.id, functionId: fn.id, version: 1, vendorIds: [vendor.id] } });
    return { ...org, plan, vendor, fn };
  }

  const WARNING = "Software of Excellence's contract has expired (contract end 1 Oct 2026, expired 57 days ago): its recovery within 4 h may no longer be owed.";

  it("warns on the function's page, though the recovery time is within the RTO", async () => {
    const { actors, plan, fn } = await dental();
    const read = await getFunction({ actor: actors.auditor, planId: plan.id, functionId: fn.id, now: NOW });
    expect(read.vendorChecks.map((v) => [v.name, v.status, v.message, v.contractExpired, v.contractWarning])).toEqual([
      ["Software of Excellence", "within", null, true, WARNING],
    ]);
  });

  it("counts it in the function list's checks and on the vendor's page, and clears it once the contract is renewed", async () => {
    const { actors, plan, vendor, fn } = await dental();
    const row = async () => (await listFunctions({ actor: actors.executive, planId: plan.id, query: functionListQuery.parse({}), now: NOW })).rows[0].vendorChecks;
    expect(await row()).toEqual({ flags: ["Vendor contract expired"], gaps: [], messages: [WARNING] });
    const page = await getItem({ actor: actors.auditor, input: { planId: plan.id, kind: "vendors", itemId: vendor.id }, now: NOW });
    expect(page.dependentFunctions.map((f) => [f.id, f.check.contractWarning])).toEqual([[fn.id, WARNING]]);

    await updateItem({
      actor: actors.committee,
      input: { planId: plan.id, kind: "vendors", itemId: vendor.id, version: "1", name: "Software of Excellence", service: "Practice management", contractEnd: "2027-09-30", recoveryHours: "4" },
    });
    expect((await db.inventoryItem.findUniqueOrThrow({ where: { id: vendor.id } })).expiresOn?.toISOString().slice(0, 10)).toBe("2027-09-30");
    expect(await row()).toEqual({ flags: [], gaps: [], messages: [] });
    const renewed = await getFunction({ actor: actors.auditor, planId: plan.id, functionId: fn.id, now: NOW });
    expect(renewed.vendorChecks.map((v) => [v.status, v.contractExpired, v.contractWarning])).toEqual([["within", false, null]]);
  });
});

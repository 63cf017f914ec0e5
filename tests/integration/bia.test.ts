import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { archivePlan } from "@/lib/plans/archive-plan";
import { getPlan } from "@/lib/plans/get-plan";
import { getPlanOverview } from "@/lib/plans/get-plan-overview";
import { planGaps } from "@/lib/plans/plan-gaps";
import { createProduct } from "@/lib/bia/create-product";
import { deleteProduct } from "@/lib/bia/delete-product";
import { updateProduct } from "@/lib/bia/update-product";
import { createFunction } from "@/lib/bia/create-function";
import { updateFunction } from "@/lib/bia/update-function";
import { updateFunctionDependencies } from "@/lib/bia/update-function-dependencies";
import { deleteFunction } from "@/lib/bia/delete-function";
import { getFunction } from "@/lib/bia/get-function";
import { getProduct } from "@/lib/bia/get-product";
import { functionListQuery, listFunctions } from "@/lib/bia/list-functions";
import { updateBiaSettings } from "@/lib/settings/update-bia-settings";
import type { AppError } from "@/lib/errors";
import { failure, makeOrg, type TestOrg } from "./factories";
import { DEFAULT_IMPACT_CATEGORIES } from "@/lib/bia/impact";

async function setup(org?: TestOrg) {
  const o = org ?? (await makeOrg("Bia"));
  const plan = await createPlan({ actor: o.actors.committee, input: { name: "Bristol" } });
  const fn = await createFunction({ actor: o.actors.committee, input: { planId: plan.id, name: "Order taking" } });
  return { ...o, plan, fn };
}

const GRID = {
  financial: { "60": "minor", "240": "moderate", "1440": "major" },
  customer: { "60": "minor", "240": "major" },
};

describe("business impact analysis", () => {
  it("creates products and functions with audit rows; a blank name changes nothing", async () => {
    const { orgId, actors, plan, fn } = await setup();
    const product = await createProduct({ actor: actors.committee, input: { planId: plan.id, name: "Trade wholesale" } });
    const error = await failure(createFunction({ actor: actors.committee, input: { planId: plan.id, name: " ", productId: product.id } }));
    expect(error.fieldErrors).toEqual({ name: "Give the function a name." });
    const duplicate = await failure(createFunction({ actor: actors.committee, input: { planId: plan.id, name: "Order taking" } }));
    expect(duplicate.fieldErrors).toEqual({ name: "This plan already has a function with this name." });
    // Another letter case is the same function.
    const otherCase = await failure(createFunction({ actor: actors.committee, input: { planId: plan.id, name: "ORDER TAKING" } }));
    expect(otherCase.fieldErrors).toEqual({ name: "This plan already has a function with this name." });
    const product2 = await failure(createProduct({ actor: actors.committee, input: { planId: plan.id, name: "trade wholesale" } }));
    expect(product2.fieldErrors).toEqual({ name: "This plan already has a product or service with this name." });
    expect(await db.businessFunction.count({ where: { orgId } })).toBe(1);
    const actions = await db.auditLog.findMany({ where: { orgId, entityType: { in: ["function", "product"] } }, select: { action: true, entityId: true } });
    expect(actions).toEqual(expect.arrayContaining([{ action: "function.created", entityId: fn.id }, { action: "product.created", entityId: product.id }]));
    const edit = { planId: plan.id, productId: product.id, name: "Trade wholesale distribution", version: product.version };
    await updateProduct({ actor: actors.committee, input: edit });
    expect((await failure(updateProduct({ actor: actors.admin, input: { ...edit, name: "Stale" } }))).code).toBe("CONFLICT");
    expect(await db.product.findUniqueOrThrow({ where: { id: product.id } })).toMatchObject({ name: "Trade wholesale distribution" });
    // A delete from a page loaded before that edit is refused, saying who changed what, and nothing is deleted.
    const stored = await db.product.findUniqueOrThrow({ where: { id: product.id } });
    const stale = (await failure(deleteProduct({ actor: actors.admin, input: { planId: plan.id, productId: product.id, version: 1 } }))) as AppError;
    expect(stale).toMatchObject({ code: "CONFLICT", message: "The product was changed after this page was loaded, so it was not deleted." });
    expect(stale.conflict).toMatchObject({ version: 2, by: actors.committee.name, refused: "delete", changes: [expect.objectContaining({ field: "name", from: "Trade wholesale", to: "Trade wholesale distribution" })] });
    expect(await db.product.findUniqueOrThrow({ where: { id: product.id } })).toEqual(stored);
    expect(await db.auditLog.count({ where: { orgId, action: "product.deleted" } })).toBe(0);
    await deleteProduct({ actor: actors.admin, input: { planId: plan.id, productId: product.id, version: 2 } });
    expect(await db.product.count({ where: { orgId } })).toBe(0);
    expect((await failure(deleteProduct({ actor: actors.admin, input: { planId: plan.id, productId: product.id, version: 2 } }))).message).toBe("The product was not found: it has probably been deleted already.");
  });

  it("refuses to delete a function whose impact analysis or dependencies were saved after its page was loaded, saying who changed what", async () => {
    const { orgId, actors, plan, fn } = await setup();
    const input = { planId: plan.id, functionId: fn.id };
    await updateFunction({ actor: actors.committee, input: { ...input, version: 1, name: "Order intake" } });
    const stored = async () => db.businessFunction.findUniqueOrThrow({ where: { id: fn.id } });
    const before = await stored();
    const impact = (await failure(deleteFunction({ actor: actors.admin, input: { ...input, version: 1, dependenciesVersion: 1 } }))) as AppError;
    expect(impact).toMatchObject({ code: "CONFLICT", message: "The function was changed after this page was loaded, so it was not deleted." });
    expect(impact.conflict).toMatchObject({ version: 2, by: actors.committee.name, refused: "delete", changes: [expect.objectContaining({ field: "name", from: "Order taking", to: "Order intake" })] });
    expect(await stored()).toEqual(before);
    // The dependencies have their own version; the conflict names the impact analysis's, which the confirmation sends as `version`.
    await updateFunctionDependencies({ actor: actors.committee, input: { ...input, version: 1, vitalRecords: "Price lists" } });
    const dependencies = (await failure(deleteFunction({ actor: actors.admin, input: { ...input, version: 2, dependenciesVersion: 1 } }))) as AppError;
    expect(dependencies).toMatchObject({ code: "CONFLICT", message: "The function was changed after this page was loaded, so it was not deleted." });
    expect(dependencies.conflict).toMatchObject({ version: 2, by: actors.committee.name, refused: "delete", changes: [expect.objectContaining({ field: "vitalRecords", from: "none", to: "Price lists" })] });
    expect(await db.businessFunction.count({ where: { id: fn.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { orgId, action: "function.deleted" } })).toBe(0);
    await deleteFunction({ actor: actors.admin, input: { ...input, version: 2, dependenciesVersion: 2 } });
    expect(await db.businessFunction.count({ where: { id: fn.id } })).toBe(0);
    expect((await failure(deleteFunction({ actor: actors.admin, input: { ...input, version: 2, dependenciesVersion: 2 } }))).message).toBe("The function was not found: it has probably been deleted already.");
  });

  it("reads one product with its functions, only inside its organisation and plan", async () => {
    const { actors, plan, fn } = await setup();
    const product = await createProduct({ actor: actors.committee, input: { planId: plan.id, name: "Trade wholesale", description: "Pallets to shops" } });
    await updateFunction({ actor: actors.committee, input: { planId: plan.id, functionId: fn.id, version: 1, name: "Order taking", productId: product.id } });
    expect(await getProduct({ actor: actors.auditor, planId: plan.id, productId: product.id })).toEqual({
      id: product.id,
      name: "Trade wholesale",
      description: "Pallets to shops",
      version: 1,
      department: null,
      functions: [{ id: fn.id, name: "Order taking" }],
    });
    const other = await makeOrg("Other");
    const otherPlan = await createPlan({ actor: actors.committee, input: { name: "Cardiff" } });
    expect((await failure(getProduct({ actor: other.actors.admin, planId: plan.id, productId: product.id }))).code).toBe("NOT_FOUND");
    expect((await failure(getProduct({ actor: actors.admin, planId: otherPlan.id, productId: product.id }))).code).toBe("NOT_FOUND");
  });

  it("suggests the MTD from the grid, requires a reason to differ, and flags RTO + WRT > MTD", async () => {
    const { orgId, actors, plan, fn } = await setup();
    const base = { planId: plan.id, functionId: fn.id, name: "Order taking", impactGrid: GRID, costPerHour: "£1,250" };

    // customer is "major" (the default intolerable rating) at 4 h: MTD 4 h; no WRT → RTO 1 h.
    const differs = await failure(updateFunction({ actor: actors.committee, input: { ...base, version: 1, mtdMinutes: "1d", rtoMinutes: "1h" } }));
    expect(differs.fieldErrors).toEqual({ mtdOverrideReason: "Say why the MTD differs from the suggested 4 h." });
    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: fn.id } })).toMatchObject({ version: 1, mtdMinutes: null });

    const saved = await updateFunction({
      actor: actors.committee,
      input: { ...base, version: 1, mtdMinutes: "4h", rtoMinutes: "3h", rpoMinutes: "15min", wrtMinutes: "2h", mtdOverrideReason: "ignored", rtoOverrideReason: "Scanners reboot slowly" },
    });
    // WRT 2 h: MTD − WRT is 2 h, but the last tolerable length (1 h) is tighter and stays.
    expect(saved.suggestion).toEqual({ mtdMinutes: 240, rtoMinutes: 60 });
    const row = await db.businessFunction.findUniqueOrThrow({ where: { id: fn.id } });
    expect(row).toMatchObject({
      version: 2,
      costPerHour: 1250,
      mtdMinutes: 240,
      rtoMinutes: 180,
      rpoMinutes: 15,
      wrtMinutes: 120,
      mtdOverrideReason: "",
      rtoOverrideReason: "Scanners reboot slowly",
      impactGrid: GRID,
    });
    const read = await getFunction({ actor: actors.auditor, planId: plan.id, functionId: fn.id });
    expect(read.flags.map((f) => f.code)).toEqual(["rto_wrt_exceed_mtd"]);
    expect(read.suggestion).toEqual({ mtdMinutes: 240, rtoMinutes: 60 });
    const listed = await listFunctions({ actor: actors.auditor, planId: plan.id, query: functionListQuery.parse({}) });
    expect(listed.rows[0].flags.map((f) => f.code)).toEqual(["rto_wrt_exceed_mtd"]);
    expect(listed.rows[0].gaps).toEqual([]);

    const stale = await failure(updateFunction({ actor: actors.admin, input: { ...base, version: 1 } }));
    expect(stale.code).toBe("CONFLICT");
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId, action: "function.updated" } });
    expect(audit.before).toMatchObject({ mtdMinutes: null });
    expect(audit.after).toMatchObject({ mtdMinutes: 240, rtoOverrideReason: "Scanners reboot slowly" });
  });

  it("saves a grid whose ratings fall as the outage gets longer, and warns of it on the function and in the list", async () => {
    const { actors, plan, fn } = await setup();
    const falling = { ...GRID, customer: { "240": "severe", "10080": "minor" } };
    await updateFunction({ actor: actors.committee, input: { planId: plan.id, functionId: fn.id, name: "Order taking", version: 1, impactGrid: falling } });
    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: fn.id } })).toMatchObject({ version: 2, impactGrid: falling });
    const warning = ["Customer: Severe at 4 h falls to Minor at 1 week."];
    expect((await getFunction({ actor: actors.auditor, planId: plan.id, functionId: fn.id })).impactFlags).toEqual(warning);
    const listed = await listFunctions({ actor: actors.auditor, planId: plan.id, query: functionListQuery.parse({}) });
    expect(listed.rows[0].impactFlags).toEqual(warning);
  });

  it("asks for a reason only for an RTO longer than the suggestion, and drops one a tighter RTO no longer needs", async () => {
    const { actors, plan, fn } = await setup();
    // MTD 4 h, last tolerable 1 h; WRT 1 min leaves MTD − WRT = 3 h 59 min, so the suggestion stays 1 h.
    const base = { planId: plan.id, functionId: fn.id, name: "Order taking", impactGrid: GRID, mtdMinutes: "4h", wrtMinutes: "1min" };
    const looser = await failure(updateFunction({ actor: actors.committee, input: { ...base, version: 1, rtoMinutes: "2h" } }));
    expect(looser.fieldErrors).toEqual({ rtoOverrideReason: "Say why the RTO is longer than the suggested 1 h." });
    // With other fields wrong too, every error in one pass: the missing reason is not kept for a second save.
    const all = await failure(updateFunction({ actor: actors.committee, input: { ...base, version: 1, costPerHour: "-50", rtoMinutes: "2h", wrtMinutes: "abc" } }));
    expect(all.fieldErrors).toEqual({
      costPerHour: "Cost per hour must be between 0 and 1,000,000,000.",
      wrtMinutes: "WRT: write a duration like 90min, 4h, 1d or 2w.",
      rtoOverrideReason: "Say why the RTO is longer than the suggested 1 h.",
    });
    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: fn.id } })).toMatchObject({ version: 1, rtoMinutes: null });

    const explained = await updateFunction({
      actor: actors.committee,
      input: { ...base, version: 1, rtoMinutes: "2h", rtoOverrideReason: "The couriers come at noon" },
    });
    expect(explained.suggestion).toEqual({ mtdMinutes: 240, rtoMinutes: 60 });
    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: fn.id } })).toMatchObject({ rtoMinutes: 120, rtoOverrideReason: "The couriers come at noon" });

    // Tighter than suggested: saved with no reason asked, and the old reason is not kept.
    await updateFunction({ actor: actors.committee, input: { ...base, version: 2, rtoMinutes: "30min", rtoOverrideReason: "The couriers come at noon" } });
    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: fn.id } })).toMatchObject({ version: 3, rtoMinutes: 30, rtoOverrideReason: "" });
    // MTD, RTO and WRT set and sound, but no RPO: the list says so rather than OK.
    const listed = await listFunctions({ actor: actors.auditor, planId: plan.id, query: functionListQuery.parse({}) });
    expect(listed.rows[0]).toMatchObject({ flags: [], gaps: ["RPO not set"] });
  });

  it("refuses ratings at outage lengths the organisation does not use and malformed durations", async () => {
    const { actors, plan, fn } = await setup();
    const input = { planId: plan.id, functionId: fn.id, name: "Order taking", version: 1 };
    const horizon = await failure(updateFunction({ actor: actors.committee, input: { ...input, impactGrid: { financial: { "30": "minor" } } } }));
    expect(horizon.fieldErrors).toEqual({ "impact.financial.30": "This outage length is not one of the organisation's." });
    const duration = await failure(updateFunction({ actor: actors.committee, input: { ...input, rtoMinutes: "4" } }));
    expect(duration.fieldErrors).toEqual({ rtoMinutes: "RTO: write a duration like 90min, 4h, 1d or 2w." });
    const hex = await failure(updateFunction({ actor: actors.committee, input: { ...input, costPerHour: "0x10" } }));
    expect(hex.fieldErrors).toEqual({ costPerHour: "Cost per hour must be a number." });
    const huge = await failure(updateFunction({ actor: actors.committee, input: { ...input, costPerHour: "£2,000,000,000" } }));
    expect(huge.fieldErrors).toEqual({ costPerHour: "Cost per hour must be between 0 and 1,000,000,000." });
    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: fn.id } })).toMatchObject({ version: 1, costPerHour: null });
  });

  it("uses the organisation's own outage lengths and intolerable rating once an admin changes them", async () => {
    const { orgId, actors, plan, fn } = await setup();
    const forbidden = await failure(updateBiaSettings({ actor: actors.committee, input: { horizons: "1h, 8h", categories: DEFAULT_IMPACT_CATEGORIES, intolerableRating: "minor", version: 1 } }));
    expect(forbidden.code).toBe("FORBIDDEN");
    const expected = { version: 1 };
    await updateBiaSettings({ actor: actors.admin, input: { horizons: "8h, 1h, 2d", categories: DEFAULT_IMPACT_CATEGORIES, intolerableRating: "moderate", ...expected } });
    const stale = await failure(updateBiaSettings({ actor: actors.admin, input: { horizons: "1h, 2h", categories: DEFAULT_IMPACT_CATEGORIES, intolerableRating: "major", ...expected } }));
    expect(stale.code).toBe("CONFLICT");
    expect(await db.organization.findUniqueOrThrow({ where: { id: orgId } })).toMatchObject({ impactHorizonsMinutes: [60, 480, 2880], intolerableRating: "moderate" });
    const saved = await updateFunction({
      actor: actors.committee,
      input: { planId: plan.id, functionId: fn.id, name: "Order taking", version: 1, impactGrid: { operational: { "60": "minor", "480": "moderate" } } },
    });
    expect(saved.suggestion).toEqual({ mtdMinutes: 480, rtoMinutes: 60 });
    expect(await db.auditLog.count({ where: { orgId, action: "org.bia_settings_updated" } })).toBe(1);
  });

  it("links dependencies only from the same plan and organisation", async () => {
    const { orgId, actors, plan, fn } = await setup();
    const other = await createPlan({ actor: actors.committee, input: { name: "Avonmouth" } });
    const [mine, theirs] = await Promise.all([
      db.system.create({ data: { orgId, planId: plan.id, name: "ERP-APP" } }),
      db.system.create({ data: { orgId, planId: other.id, name: "COLD-MON" } }),
    ]);
    const person = await db.person.create({ data: { orgId, name: "Tom Reed" } });
    const site = await db.site.create({ data: { orgId, name: "Bristol warehouse" } });
    const vendor = await db.inventoryItem.create({ data: { orgId, planId: plan.id, kind: "vendors", label: "Sage", data: {} } });
    const notVendor = await db.inventoryItem.create({ data: { orgId, planId: plan.id, kind: "insurance", label: "Policy", data: {} } });
    const input = { planId: plan.id, functionId: fn.id, version: 1 };
    for (const [field, value] of [["systemIds", [mine.id, theirs.id]], ["vendorIds", [notVendor.id]]] as const) {
      const error = await failure(updateFunctionDependencies({ actor: actors.committee, input: { ...input, [field]: value } }));
      expect(Object.keys(error.fieldErrors ?? {})).toEqual([field]);
    }
    await updateFunctionDependencies({
      actor: actors.committee,
      input: { ...input, systemIds: [mine.id], keyPersonIds: [person.id], vendorIds: [vendor.id], facilityIds: [site.id], vitalRecords: "Customer price lists\n\nStanding orders\n" },
    });
    const read = await getFunction({ actor: actors.executive, planId: plan.id, functionId: fn.id });
    expect(read.fn.systems.map((s) => s.name)).toEqual(["ERP-APP"]);
    expect(read.fn.keyPeople.map((p) => p.name)).toEqual(["Tom Reed"]);
    expect(read.fn.vendors.map((v) => v.label)).toEqual(["Sage"]);
    expect(read.fn.facilities.map((s) => s.name)).toEqual(["Bristol warehouse"]);
    expect(read.fn.vitalRecords).toEqual(["Customer price lists", "Standing orders"]);
    expect(read.fn).toMatchObject({ dependenciesVersion: 2, version: 1 });
  });

  it("scopes everything to the organisation and refuses read-only roles and archived plans", async () => {
    const theirs = await setup();
    const mine = await makeOrg("Mine");
    const input = { planId: theirs.plan.id, functionId: theirs.fn.id, name: "Hijacked", version: 1 };
    for (const attempt of [
      () => getFunction({ actor: mine.actors.admin, planId: theirs.plan.id, functionId: theirs.fn.id }),
      () => updateFunction({ actor: mine.actors.admin, input }),
      () => deleteFunction({ actor: mine.actors.admin, input: { ...input, dependenciesVersion: 1 } }),
      () => createFunction({ actor: mine.actors.admin, input: { planId: theirs.plan.id, name: "Sneaky" } }),
    ]) {
      expect((await failure(attempt())).code).toBe("NOT_FOUND");
    }
    expect((await failure(updateFunction({ actor: theirs.actors.auditor, input: { ...input, planId: theirs.plan.id } }))).code).toBe("FORBIDDEN");
    await archivePlan({ actor: theirs.actors.committee, input: { planId: theirs.plan.id } });
    expect((await failure(updateFunction({ actor: theirs.actors.committee, input }))).code).toBe("CONFLICT");
    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: theirs.fn.id } })).toMatchObject({ name: "Order taking", version: 1 });
    expect(await db.auditLog.count({ where: { orgId: mine.orgId } })).toBe(0);
  });

  it("reports BIA completeness as the share of functions with targets and a system", async () => {
    const { orgId, actors, plan, fn } = await setup();
    await createFunction({ actor: actors.committee, input: { planId: plan.id, name: "Payroll" } });
    const system = await db.system.create({ data: { orgId, planId: plan.id, name: "ERP-APP" } });
    await db.businessFunction.update({
      where: { id: fn.id },
      data: { mtdMinutes: 240, rtoMinutes: 60, rpoMinutes: 15, systems: { connect: [{ id: system.id }] } },
    });
    const overview = await getPlanOverview({ actor: actors.auditor, plan: await getPlan({ actor: actors.auditor, planId: plan.id }) });
    expect(overview.stages.find((s) => s.key === "bia")?.completeness).toBe(50);
  });

  it("counts a function saved with RTO + WRT over its MTD against the stage, naming it among the approver's gaps", async () => {
    const { orgId, actors, plan, fn } = await setup();
    const monitoring = await createFunction({ actor: actors.committee, input: { planId: plan.id, name: "Temperature monitoring" } });
    const system = await db.system.create({ data: { orgId, planId: plan.id, name: "COLD-MON" } });
    for (const { id } of [fn, monitoring]) await db.businessFunction.update({ where: { id }, data: { systems: { connect: [{ id: system.id }] } } });
    const targets = { planId: plan.id, impactGrid: GRID, rpoMinutes: "15min", wrtMinutes: "30min" };
    await updateFunction({ actor: actors.committee, input: { ...targets, functionId: fn.id, version: 1, name: "Order taking", mtdMinutes: "4h", rtoMinutes: "1h" } });
    // MTD 1 h, RTO 45 min, WRT 30 min, with a reason for the MTD: saved, and flagged.
    const monitored = { ...targets, functionId: monitoring.id, name: "Temperature monitoring", mtdMinutes: "1h", rtoMinutes: "45min", mtdOverrideReason: "Stock spoils within the hour" };
    await updateFunction({ actor: actors.committee, input: { ...monitored, version: 1 } });
    expect((await getFunction({ actor: actors.auditor, planId: plan.id, functionId: monitoring.id })).flags.map((f) => f.code)).toEqual(["rto_wrt_exceed_mtd"]);

    const biaOf = async () => (await getPlanOverview({ actor: actors.executive, plan: await getPlan({ actor: actors.executive, planId: plan.id }) })).stages;
    const why = "Make 1 function's RTO + WRT fit in its MTD: Temperature monitoring.";
    const stages = await biaOf();
    expect(stages.find((s) => s.key === "bia")).toMatchObject({ completeness: 75, todo: [why] });
    // Every gap, not the three weakest: the other stages of this plan are empty.
    expect(planGaps(stages, stages.length).gaps).toContainEqual({ title: "Business impact analysis", completeness: 75, why });

    await updateFunction({ actor: actors.committee, input: { ...monitored, version: 2, wrtMinutes: "15min" } });
    expect((await biaOf()).find((s) => s.key === "bia")).toMatchObject({ completeness: 100, todo: [] });
  });
});

describe("a BIA save that changes nothing", () => {
  const auditRows = (orgId: string, entityId: string) => db.auditLog.count({ where: { orgId, entityId } });

  it("writes no version and no audit row for a product, an impact analysis or dependencies re-saved as stored, and writes a one-field change", async () => {
    const { orgId, actors, plan, fn } = await setup();
    const product = await createProduct({ actor: actors.committee, input: { planId: plan.id, name: "Trade wholesale", description: "Pallets to shops" } });
    const productForm = { planId: plan.id, productId: product.id, name: "Trade wholesale", description: "Pallets to shops", version: 1 };
    expect(await updateProduct({ actor: actors.committee, input: productForm })).toMatchObject({ changed: false, version: 1 });
    expect(await db.product.findUniqueOrThrow({ where: { id: product.id } })).toMatchObject({ version: 1 });
    expect(await auditRows(orgId, product.id)).toBe(1);
    await updateProduct({ actor: actors.committee, input: { ...productForm, description: "Pallets to shops and pubs" } });
    expect(await db.product.findUniqueOrThrow({ where: { id: product.id } })).toMatchObject({ version: 2, description: "Pallets to shops and pubs" });
    expect(await auditRows(orgId, product.id)).toBe(2);
    expect((await failure(updateProduct({ actor: actors.committee, input: { ...productForm, description: "Pallets to shops and pubs" } }))).code).toBe("CONFLICT");

    const impact = { planId: plan.id, functionId: fn.id, name: "Order taking", impactGrid: GRID, costPerHour: "£1,250", mtdMinutes: "4h", rtoMinutes: "1h", rpoMinutes: "15min" };
    await updateFunction({ actor: actors.committee, input: { ...impact, version: 1 } });
    const audits = await auditRows(orgId, fn.id);
    expect(await updateFunction({ actor: actors.committee, input: { ...impact, version: 2 } })).toMatchObject({ changed: false, function: { version: 2 } });
    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: fn.id } })).toMatchObject({ version: 2 });
    expect(await auditRows(orgId, fn.id)).toBe(audits);
    await updateFunction({ actor: actors.committee, input: { ...impact, version: 2, rpoMinutes: "30min" } });
    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: fn.id } })).toMatchObject({ version: 3, rpoMinutes: 30 });
    expect(await auditRows(orgId, fn.id)).toBe(audits + 1);

    const [erp, crm] = await Promise.all([
      db.system.create({ data: { orgId, planId: plan.id, name: "ERP" } }),
      db.system.create({ data: { orgId, planId: plan.id, name: "CRM" } }),
    ]);
    const deps = { planId: plan.id, functionId: fn.id, systemIds: [erp.id, crm.id], vitalRecords: "Price lists" };
    await updateFunctionDependencies({ actor: actors.committee, input: { ...deps, version: 1 } });
    // The same systems ticked in another order are the same set.
    expect(await updateFunctionDependencies({ actor: actors.committee, input: { ...deps, systemIds: [crm.id, erp.id], version: 2 } })).toMatchObject({ changed: false, dependenciesVersion: 2 });
    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: fn.id } })).toMatchObject({ dependenciesVersion: 2, version: 3 });
    expect(await auditRows(orgId, fn.id)).toBe(audits + 2);
    await updateFunctionDependencies({ actor: actors.committee, input: { ...deps, systemIds: [erp.id], version: 2 } });
    const read = await getFunction({ actor: actors.auditor, planId: plan.id, functionId: fn.id });
    expect(read.fn.systems.map((s) => s.name)).toEqual(["ERP"]);
    expect(read.fn).toMatchObject({ dependenciesVersion: 3 });
    expect(await auditRows(orgId, fn.id)).toBe(audits + 3);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { getPlan } from "@/lib/plans/get-plan";
import { getPlanOverview } from "@/lib/plans/get-plan-overview";
import { createTier } from "@/lib/priorities/create-tier";
import { updateTier } from "@/lib/priorities/update-tier";
import { deleteTier } from "@/lib/priorities/delete-tier";
import { setFunctionPriority } from "@/lib/priorities/set-function-priority";
import { listPriorities } from "@/lib/priorities/list-priorities";
import { createGroup } from "@/lib/priorities/create-group";
import { updateGroup } from "@/lib/priorities/update-group";
import { deleteGroup } from "@/lib/priorities/delete-group";
import { GROUP_TOO_SMALL } from "@/lib/priorities/schemas";
import { deleteSystem } from "@/lib/systems/delete-system";
import { listSystems, systemListQuery } from "@/lib/systems/list-systems";
import { getSystem } from "@/lib/systems/get-system";
import { getFunction } from "@/lib/bia/get-function";
import { updateFunction } from "@/lib/bia/update-function";
import { updateFunctionDependencies } from "@/lib/bia/update-function-dependencies";
import { deleteFunction } from "@/lib/bia/delete-function";
import { exportFunctions } from "@/lib/bia/export-functions";
import { importFunctions, previewFunctionImport } from "@/lib/bia/import-functions";
import { readCsvTable } from "@/lib/csv/read-csv";
import { writeCsv } from "@/lib/csv/write-csv";
import type { Actor } from "@/lib/auth/context";
import type { AppError } from "@/lib/errors";
import { failure, makeOrg } from "./factories";
import { untilBlockedBy } from "./interleave";

const settled = async (promise: Promise<unknown>) => (await Promise.allSettled([promise]))[0];

async function setup() {
  const org = await makeOrg("Prio");
  const { orgId } = org;
  const plan = await createPlan({ actor: org.actors.committee, input: { name: "Bristol" } });
  const sql = await db.system.create({ data: { orgId, planId: plan.id, name: "SQL01" } });
  const erp = await db.system.create({ data: { orgId, planId: plan.id, name: "ERP-APP" } });
  const make = (name: string, mtd: number | null, rto: number | null, rpo: number | null, cost: number | null, systems: string[]) =>
    db.businessFunction.create({
      data: { orgId, planId: plan.id, name, mtdMinutes: mtd, rtoMinutes: rto, rpoMinutes: rpo, costPerHour: cost, systems: { connect: systems.map((id) => ({ id })) } },
    });
  const orders = await make("Order taking", 240, 120, 15, 4000, [sql.id, erp.id]);
  const invoicing = await make("Invoicing", 4320, 1440, 60, 500, [sql.id]);
  const dispatch = await make("Picking and dispatch", 240, 180, 60, 6000, [erp.id]);
  const payroll = await make("Payroll", 10080, 4320, 1440, 300, []);
  return { ...org, plan, sql, erp, orders, invoicing, dispatch, payroll };
}

describe("priorities", () => {
  it("ranks by MTD then cost per hour and places functions in tiers by RTO", async () => {
    const { actors, plan } = await setup();
    await createTier({ actor: actors.committee, input: { planId: plan.id, name: "Tier 0", maxRtoMinutes: "4h" } });
    await createTier({ actor: actors.committee, input: { planId: plan.id, name: "Tier 1", maxRtoMinutes: "1d" } });
    const { ranked } = await listPriorities({ actor: actors.auditor, planId: plan.id });
    expect(ranked.map((f) => [f.rank, f.name, f.tier?.name ?? null])).toEqual([
      [1, "Picking and dispatch", "Tier 0"],
      [2, "Order taking", "Tier 0"],
      [3, "Invoicing", "Tier 1"],
      [4, "Payroll", null],
    ]);
  });

  it("overrides a rank and tier only with a reason, audited; clearing restores the computed order", async () => {
    const { orgId, actors, plan, payroll } = await setup();
    const tier = await createTier({ actor: actors.committee, input: { planId: plan.id, name: "Tier 0", maxRtoMinutes: "4h" } });
    const noReason = await failure(setFunctionPriority({ actor: actors.committee, input: { planId: plan.id, functionId: payroll.id, version: 1, manualRank: "1" } }));
    expect(noReason.fieldErrors).toEqual({ manualRankReason: "Say why this function's rank or tier is set by hand." });
    await setFunctionPriority({
      actor: actors.committee,
      input: { planId: plan.id, functionId: payroll.id, version: 1, manualRank: "1", tierId: tier.id, manualRankReason: "Pay day is on Friday" },
    });
    const { ranked } = await listPriorities({ actor: actors.auditor, planId: plan.id });
    expect(ranked[0]).toMatchObject({ name: "Payroll", rank: 1, computedRank: 4, overridden: true, tierByHand: true, manualRankReason: "Pay day is on Friday" });
    expect(ranked[0].tier?.name).toBe("Tier 0");
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId, action: "function.priority_overridden" } });
    expect(audit.after).toEqual({ manualRank: 1, tierId: tier.id, manualRankReason: "Pay day is on Friday" });

    // A new reason alone is refused, not read as a clear: the rank and tier stay.
    const reasonOnly = await failure(
      setFunctionPriority({ actor: actors.committee, input: { planId: plan.id, functionId: payroll.id, version: 2, manualRank: "", tierId: "", manualRankReason: "Pay day moved" } }),
    );
    expect(reasonOnly.fieldErrors).toEqual({ manualRank: "Give a rank or a tier for this reason, or use Clear in the list to go back to the computed priority." });
    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: payroll.id } })).toMatchObject({ version: 2, manualRank: 1, tierId: tier.id, manualRankReason: "Pay day is on Friday" });

    await setFunctionPriority({ actor: actors.committee, input: { planId: plan.id, functionId: payroll.id, version: 2, manualRank: "", tierId: "", manualRankReason: "" } });
    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: payroll.id } })).toMatchObject({ manualRank: null, tierId: null, manualRankReason: "" });
    const stale = await failure(setFunctionPriority({ actor: actors.committee, input: { planId: plan.id, functionId: payroll.id, version: 2, manualRank: "2", manualRankReason: "x" } }));
    expect(stale.code).toBe("CONFLICT");
  });

  it("refuses a rank past the last function or one another function holds by hand, naming it, and changes nothing", async () => {
    const { actors, plan, payroll, invoicing } = await setup();
    const set = (fn: { id: string }, version: number, manualRank: string) =>
      setFunctionPriority({ actor: actors.committee, input: { planId: plan.id, functionId: fn.id, version, manualRank, manualRankReason: "Contract" } });
    const tooFar = await failure(set(payroll, 1, "5"));
    expect(tooFar.fieldErrors).toEqual({ manualRank: "This plan has 4 functions: choose a rank from 1 to 4." });
    await set(payroll, 1, "1");
    const taken = await failure(set(invoicing, 1, "1"));
    expect(taken.fieldErrors).toEqual({ manualRank: "Payroll already holds rank 1 by hand: choose another rank, or clear theirs first." });
    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: invoicing.id } })).toMatchObject({ version: 1, manualRank: null });
    // Its own rank again is no clash: accepted, and as it changes nothing, not written.
    expect(await set(payroll, 2, "1")).toMatchObject({ changed: false });
    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: payroll.id } })).toMatchObject({ version: 2, manualRank: 1 });
  });

  it("gives a rank to only one of two functions set to it by hand at the same moment, refusing the other at the rank", async () => {
    const { actors, plan, payroll, invoicing } = await setup();
    const set = (fn: { id: string }) =>
      setFunctionPriority({ actor: actors.committee, input: { planId: plan.id, functionId: fn.id, version: 1, manualRank: "2", manualRankReason: "Contract" } });
    // Each save's write bumps the plan's revision (decision 5), so holding the plan row here keeps
    // both open until both have got as far as they can: without a lock of their own they have both
    // read rank 2 free by then.
    let saves: Promise<PromiseSettledResult<unknown>[]> = Promise.resolve([]);
    await db.$transaction(async (tx) => {
      const [{ pid }] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
      await tx.$queryRaw`SELECT id FROM "Plan" WHERE id = ${plan.id} FOR UPDATE`;
      saves = Promise.allSettled([set(payroll), set(invoicing)]);
      await untilBlockedBy({ pid, count: 2, what: "rank saves" });
    });
    const outcomes = await saves;
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    const ranked = await db.businessFunction.findMany({ where: { planId: plan.id, manualRank: 2 }, select: { name: true } });
    expect(ranked).toHaveLength(1);
    const refusal = outcomes.find((o) => o.status === "rejected")!.reason as { fieldErrors?: Record<string, string> };
    expect(refusal.fieldErrors).toEqual({ manualRank: `${ranked[0].name} already holds rank 2 by hand: choose another rank, or clear theirs first.` });
  });

  it("flags a tier set by hand that is looser than the RTO's, and notes one tighter than the RTO, on both pages' reads", async () => {
    const { actors, plan, orders, payroll } = await setup();
    const tier0 = await createTier({ actor: actors.committee, input: { planId: plan.id, name: "Tier 0", maxRtoMinutes: "4h" } });
    const tier2 = await createTier({ actor: actors.committee, input: { planId: plan.id, name: "Tier 2", maxRtoMinutes: "3d" } });
    // Order taking (RTO 2 h, Tier 0 by its RTO) put in Tier 2; Payroll (RTO 3 days) put in Tier 0.
    await setFunctionPriority({ actor: actors.committee, input: { planId: plan.id, functionId: orders.id, version: 1, tierId: tier2.id, manualRankReason: "Phones first" } });
    await setFunctionPriority({ actor: actors.committee, input: { planId: plan.id, functionId: payroll.id, version: 1, tierId: tier0.id, manualRankReason: "Staff must be paid" } });
    const looser = "Tier 2 allows up to 3 days, but the RTO is 2 h (Tier 0, up to 4 h): recovered with Tier 2, it may miss its RTO.";
    const tighter = "RTO 3 days is longer than Tier 0's limit of 4 h: the tier recovers it sooner than its RTO needs.";
    const { ranked } = await listPriorities({ actor: actors.auditor, planId: plan.id });
    const note = (name: string) => ranked.find((f) => f.name === name)?.tierNote ?? null;
    expect(note("Order taking")).toMatchObject({ level: "warning", message: looser });
    expect(note("Payroll")).toMatchObject({ level: "info", message: tighter });
    expect(note("Invoicing")).toBeNull();
    expect((await getFunction({ actor: actors.auditor, planId: plan.id, functionId: orders.id })).tierNote).toMatchObject({ level: "warning", message: looser });
    expect((await getFunction({ actor: actors.auditor, planId: plan.id, functionId: payroll.id })).tierNote).toMatchObject({ level: "info", message: tighter });
  });

  it("refuses a tier from another plan", async () => {
    const { actors, plan, payroll } = await setup();
    const other = await createPlan({ actor: actors.committee, input: { name: "Other" } });
    const foreign = await createTier({ actor: actors.committee, input: { planId: other.id, name: "Tier 0", maxRtoMinutes: "4h" } });
    const error = await failure(setFunctionPriority({ actor: actors.committee, input: { planId: plan.id, functionId: payroll.id, version: 1, tierId: foreign.id, manualRankReason: "x" } }));
    expect(error.fieldErrors).toEqual({ tierId: "Choose one of this plan's tiers." });
  });

  it("edits and deletes tiers with a conditional write on their version", async () => {
    const { orgId, actors, plan } = await setup();
    const tier = await createTier({ actor: actors.committee, input: { planId: plan.id, name: "Tier 0", maxRtoMinutes: "4h" } });
    const missing = await failure(createTier({ actor: actors.committee, input: { planId: plan.id, name: "Tier 9", maxRtoMinutes: "" } }));
    expect(Object.keys(missing.fieldErrors ?? {})).toEqual(["maxRtoMinutes"]);
    const edit = { planId: plan.id, tierId: tier.id, name: "Tier 0", maxRtoMinutes: "2h", version: tier.version };
    await updateTier({ actor: actors.committee, input: edit });
    expect((await failure(updateTier({ actor: actors.committee, input: { ...edit, maxRtoMinutes: "8h" } }))).code).toBe("CONFLICT");
    expect(await db.recoveryTier.findUniqueOrThrow({ where: { id: tier.id } })).toMatchObject({ maxRtoMinutes: 120 });
    // A delete from a page loaded before that edit is refused, saying who changed what, and nothing is deleted.
    const stored = await db.recoveryTier.findUniqueOrThrow({ where: { id: tier.id } });
    const stale = (await failure(deleteTier({ actor: actors.admin, input: { planId: plan.id, tierId: tier.id, version: 1 } }))) as AppError;
    expect(stale).toMatchObject({ code: "CONFLICT", message: "The tier was changed after this page was loaded, so it was not deleted." });
    expect(stale.conflict).toMatchObject({ version: 2, by: actors.committee.name, refused: "delete", changes: [expect.objectContaining({ field: "maxRtoMinutes", from: "4 h", to: "2 h" })] });
    expect(await db.recoveryTier.findUniqueOrThrow({ where: { id: tier.id } })).toEqual(stored);
    expect(await db.auditLog.count({ where: { orgId, action: "tier.deleted" } })).toBe(0);
    await deleteTier({ actor: actors.admin, input: { planId: plan.id, tierId: tier.id, version: 2 } });
    expect(await db.auditLog.count({ where: { orgId, entityType: "tier" } })).toBe(3);
    expect((await failure(deleteTier({ actor: actors.admin, input: { planId: plan.id, tierId: tier.id, version: 2 } }))).message).toBe("The tier was not found: it has probably been deleted already.");
  });

  it("refuses a tier at the limit another tier of the plan has, naming it, on create and on update, and writes nothing", async () => {
    const { orgId, actors, plan } = await setup();
    const actor = actors.committee;
    const tier0 = await createTier({ actor, input: { planId: plan.id, name: "Tier 0", maxRtoMinutes: "4h" } });
    const message = "Tier 0 already allows up to 4 h: functions would fall into only one of two tiers with one limit. Give this tier another limit, or change Tier 0.";
    // "240min" is the same limit in other words.
    expect((await failure(createTier({ actor, input: { planId: plan.id, name: "Gold", maxRtoMinutes: "240min" } }))).fieldErrors).toEqual({ maxRtoMinutes: message });
    const tier1 = await createTier({ actor, input: { planId: plan.id, name: "Tier 1", maxRtoMinutes: "1d" } });
    const moved = await failure(updateTier({ actor, input: { planId: plan.id, tierId: tier1.id, version: 1, name: "Tier 1", maxRtoMinutes: "4h" } }));
    expect(moved.fieldErrors).toEqual({ maxRtoMinutes: message });
    expect(await db.recoveryTier.findMany({ where: { planId: plan.id }, orderBy: { name: "asc" }, select: { name: true, maxRtoMinutes: true, version: true } })).toEqual([
      { name: "Tier 0", maxRtoMinutes: 240, version: 1 },
      { name: "Tier 1", maxRtoMinutes: 1440, version: 1 },
    ]);
    expect(await db.auditLog.count({ where: { orgId, entityType: "tier" } })).toBe(2);
    // A tier keeps its own limit when saved again, and another plan may use the same limit.
    await updateTier({ actor, input: { planId: plan.id, tierId: tier0.id, version: 1, name: "Tier 0", maxRtoMinutes: "4h", description: "Order to delivery" } });
    const other = await createPlan({ actor, input: { name: "Avonmouth" } });
    await createTier({ actor, input: { planId: other.id, name: "Tier 0", maxRtoMinutes: "4h" } });
  });

  it("refuses a second tier whose name differs only in letter case, on create and on rename, as functions are refused", async () => {
    const { actors, plan } = await setup();
    const actor = actors.committee;
    const gold = await createTier({ actor, input: { planId: plan.id, name: "Gold", maxRtoMinutes: "4h" } });
    const message = "This plan already has a tier with this name.";
    expect((await failure(createTier({ actor, input: { planId: plan.id, name: "GOLD", maxRtoMinutes: "1d" } }))).fieldErrors).toEqual({ name: message });
    const silver = await createTier({ actor, input: { planId: plan.id, name: "Silver", maxRtoMinutes: "1d" } });
    expect((await failure(updateTier({ actor, input: { planId: plan.id, tierId: silver.id, version: 1, name: "gold", maxRtoMinutes: "1d" } }))).fieldErrors).toEqual({ name: message });
    // A tier may change the case of its own name; a name alike only as a pattern is another tier.
    await updateTier({ actor, input: { planId: plan.id, tierId: gold.id, version: 1, name: "GOLD", maxRtoMinutes: "4h" } });
    await createTier({ actor, input: { planId: plan.id, name: "G_LD", maxRtoMinutes: "3d" } });
    expect((await listPriorities({ actor: actors.auditor, planId: plan.id })).tiers.map((t) => t.name)).toEqual(["GOLD", "Silver", "G_LD"]);
  });

  it("takes the functions placed in a deleted tier by hand out of it as a priority change: version, audit row, and no reason left without a rank", async () => {
    const { orgId, actors, plan, payroll, invoicing, orders } = await setup();
    const actor = actors.committee;
    const tier0 = await createTier({ actor, input: { planId: plan.id, name: "Tier 0", maxRtoMinutes: "4h" } });
    await setFunctionPriority({ actor, input: { planId: plan.id, functionId: payroll.id, version: 1, tierId: tier0.id, manualRankReason: "Staff must be paid" } });
    await setFunctionPriority({ actor, input: { planId: plan.id, functionId: invoicing.id, version: 1, manualRank: "1", tierId: tier0.id, manualRankReason: "Cash flow" } });
    await deleteTier({ actor, input: { planId: plan.id, tierId: tier0.id, version: 1 } });

    // Payroll had only the tier: its override is gone, reason and all, as Clear would leave it.
    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: payroll.id } })).toMatchObject({ version: 3, manualRank: null, tierId: null, manualRankReason: "" });
    // Invoicing keeps its rank set by hand, and the reason for it.
    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: invoicing.id } })).toMatchObject({ version: 3, manualRank: 1, tierId: null, manualRankReason: "Cash flow" });
    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: orders.id } })).toMatchObject({ version: 1 });
    const rows = await db.auditLog.findMany({ where: { orgId, entityId: { in: [payroll.id, invoicing.id] } }, orderBy: { createdAt: "asc" } });
    expect(rows.filter((r) => r.entityId === payroll.id).at(-1)).toMatchObject({
      action: "function.priority_cleared",
      before: { manualRank: null, tierId: tier0.id, manualRankReason: "Staff must be paid" },
      after: { manualRank: null, tierId: null, manualRankReason: "" },
    });
    expect(rows.filter((r) => r.entityId === invoicing.id).at(-1)).toMatchObject({
      action: "function.priority_overridden",
      after: { manualRank: 1, tierId: null, manualRankReason: "Cash flow" },
    });
    // A priority form opened before the deletion is told what changed rather than saving over it.
    const stale = await failure(setFunctionPriority({ actor, input: { planId: plan.id, functionId: payroll.id, version: 2, manualRank: "2", manualRankReason: "Pay day" } }));
    expect(stale.code).toBe("CONFLICT");
    const { ranked } = await listPriorities({ actor: actors.auditor, planId: plan.id });
    expect(ranked.find((f) => f.name === "Payroll")).toMatchObject({ overridden: false, tierByHand: false, manualRankReason: "" });
  });

  it("leaves out of a tier's deletion a function taken out of the tier by a save that commits while the deletion waits", async () => {
    const { orgId, actors, plan, payroll, invoicing } = await setup();
    const actor = actors.committee;
    const tier0 = await createTier({ actor, input: { planId: plan.id, name: "Tier 0", maxRtoMinutes: "4h" } });
    await setFunctionPriority({ actor, input: { planId: plan.id, functionId: payroll.id, version: 1, tierId: tier0.id, manualRankReason: "Staff must be paid" } });
    await setFunctionPriority({ actor, input: { planId: plan.id, functionId: invoicing.id, version: 1, manualRank: "1", tierId: tier0.id, manualRankReason: "Cash flow" } });
    // Payroll's override is cleared while the plan row is held, so the save waits to commit (its
    // write bumps the plan's revision); the deletion then starts and waits behind it.
    let saving: Promise<unknown> = Promise.resolve();
    let deleting: Promise<unknown> = Promise.resolve();
    await db.$transaction(async (tx) => {
      const [{ pid }] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
      await tx.$queryRaw`SELECT id FROM "Plan" WHERE id = ${plan.id} FOR UPDATE`;
      saving = setFunctionPriority({ actor, input: { planId: plan.id, functionId: payroll.id, version: 2, manualRank: "", tierId: "", manualRankReason: "" } });
      await untilBlockedBy({ pid, count: 1, what: "priority saves" });
      deleting = deleteTier({ actor, input: { planId: plan.id, tierId: tier0.id, version: 1 } });
      await untilBlockedBy({ pid, count: 2, what: "priority saves and tier deletions" });
    });
    await saving;
    await deleting;

    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: payroll.id } })).toMatchObject({ version: 3, tierId: null, manualRankReason: "" });
    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: invoicing.id } })).toMatchObject({ version: 3, manualRank: 1, tierId: null, manualRankReason: "Cash flow" });
    const actions = async (entityId: string) => (await db.auditLog.findMany({ where: { orgId, entityId }, orderBy: { seq: "asc" } })).map((r) => r.action);
    // Payroll's history has the save's clearing only: the deletion found it no longer in the tier.
    expect(await actions(payroll.id)).toEqual(["function.priority_overridden", "function.priority_cleared"]);
    expect(await actions(invoicing.id)).toEqual(["function.priority_overridden", "function.priority_overridden"]);
  });

  // The exported file with one function's cost per hour changed, previewed and then imported.
  async function importCostPerHour(actor: Actor, planId: string, functionId: string, cost: string) {
    const { csv } = await exportFunctions({ actor, input: { planId } });
    const { header, records } = readCsvTable(csv);
    const rows = records.map((r) => r.cells);
    const { name } = await db.businessFunction.findUniqueOrThrow({ where: { id: functionId } });
    rows.find((r) => r[header.indexOf("Function")] === name)![header.indexOf("Cost per hour")] = cost;
    const file = () => new File([writeCsv([header, ...rows])], "bia.csv", { type: "text/csv" });
    const { fingerprint } = await previewFunctionImport({ actor, input: { planId }, file: file() });
    return importFunctions({ actor, input: { planId, fingerprint }, file: file() });
  }

  // Each of these writes the function, and the plan row through its revision (decision 5): without
  // the plan's lock first it would hold the function while it waits for the plan, and a rank save
  // holds the plan while it waits for the function.
  const otherWrites = [
    { what: "an impact analysis save", outcome: "CONFLICT", run: (actor: Actor, planId: string, functionId: string) => updateFunction({ actor, input: { planId, functionId, version: 1, name: "Order taking", costPerHour: "£5,000" } }) },
    { what: "a dependencies save", outcome: "saved", run: (actor: Actor, planId: string, functionId: string) => updateFunctionDependencies({ actor, input: { planId, functionId, version: 1, vitalRecords: "Order book" } }) },
    { what: "a deletion", outcome: "CONFLICT", run: (actor: Actor, planId: string, functionId: string) => deleteFunction({ actor, input: { planId, functionId, version: 1, dependenciesVersion: 1 } }) },
    { what: "an import of the BIA file", outcome: "VALIDATION", run: (actor: Actor, planId: string, functionId: string) => importCostPerHour(actor, planId, functionId, "£5,000") },
    { what: "a tier set by hand", outcome: "CONFLICT", run: (actor: Actor, planId: string, functionId: string, tierId: string) => setFunctionPriority({ actor, input: { planId, functionId, version: 1, tierId, manualRankReason: "Phones first" } }) },
  ];

  it.each(otherWrites)("serialises a rank set by hand and $what of one function at the same moment, rather than failing one as a deadlock", async ({ outcome, run }) => {
    const { actors, plan, orders } = await setup();
    const actor = actors.committee;
    const tier = await createTier({ actor, input: { planId: plan.id, name: "Tier 0", maxRtoMinutes: "4h" } });
    // The plan row is held while the rank save queues for it, then the other write starts: each
    // has read the function by then. Released, the rank save takes the plan row first.
    const [ranking, writing] = await db.$transaction(async (tx) => {
      const [{ pid }] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
      await tx.$queryRaw`SELECT id FROM "Plan" WHERE id = ${plan.id} FOR UPDATE`;
      const rank = settled(setFunctionPriority({ actor, input: { planId: plan.id, functionId: orders.id, version: 1, manualRank: "1", manualRankReason: "Contract" } }));
      await untilBlockedBy({ pid, count: 1, what: "rank saves" });
      const write = settled(run(actor, plan.id, orders.id, tier.id));
      await untilBlockedBy({ pid, count: 2, what: "rank saves and function writes" });
      return [rank, write];
    });
    // Refused, the other is told what changed: a stale save (CONFLICT), a file's row (VALIDATION).
    const said = (o: PromiseSettledResult<unknown>) => (o.status === "fulfilled" ? "saved" : ((o.reason as { code?: string }).code ?? String(o.reason)));
    expect([said(await ranking), said(await writing)]).toEqual(["saved", outcome]);
  });

  it("lets each system inherit the tightest RTO and RPO of the functions that need it, with the source", async () => {
    const { actors, plan } = await setup();
    const page = await listSystems({ actor: actors.auditor, planId: plan.id, query: systemListQuery.parse({}) });
    const byName = Object.fromEntries(page.rows.map((r) => [r.name, r]));
    expect(byName["SQL01"].rto).toMatchObject({ minutes: 120, functionName: "Order taking" });
    expect(byName["SQL01"].rpo).toMatchObject({ minutes: 15, functionName: "Order taking" });
    expect(byName["ERP-APP"].rto).toMatchObject({ minutes: 120, functionName: "Order taking" });
    expect(byName["ERP-APP"].rpo).toMatchObject({ minutes: 15, functionName: "Order taking" });
  });

  it("passes a system's RTO down to what it depends on, saying through which systems, but not its RPO", async () => {
    const { orgId, actors, plan, erp, sql } = await setup();
    // ERP-APP (RTO 2 h from Order taking) depends on MIDDLEWARE, which depends on DB; nothing uses
    // either directly. SQL01 depends on DB too, with the same RTO: the shorter chain is named.
    const db1 = await db.system.create({ data: { orgId, planId: plan.id, name: "DB", dependents: { connect: [{ id: sql.id }] } } });
    const middleware = await db.system.create({ data: { orgId, planId: plan.id, name: "MIDDLEWARE", dependsOn: { connect: { id: db1.id } }, dependents: { connect: { id: erp.id } } } });
    const page = await listSystems({ actor: actors.auditor, planId: plan.id, query: systemListQuery.parse({ q: "d" }) });
    const byName = Object.fromEntries(page.rows.map((r) => [r.name, r]));
    expect(Object.keys(byName).sort()).toEqual(["DB", "MIDDLEWARE"]);
    expect(byName["MIDDLEWARE"].rto).toMatchObject({ minutes: 120, functionName: "Order taking", through: [{ id: erp.id, name: "ERP-APP" }] });
    expect(byName["DB"].rto).toMatchObject({ minutes: 120, functionName: "Order taking", through: [{ id: sql.id, name: "SQL01" }] });
    expect(byName["DB"].rpo).toBeNull();
    expect(byName["DB"].functionCount).toBe(0);
    const { inherited } = await getSystem({ actor: actors.auditor, planId: plan.id, systemId: middleware.id });
    expect(inherited).toEqual({ rto: { minutes: 120, functionId: expect.any(String), functionName: "Order taking", through: [{ id: erp.id, name: "ERP-APP" }] }, rpo: null });
    // A looser own function does not loosen it; the function's own RTO keeps its plain source.
    await db.businessFunction.create({ data: { orgId, planId: plan.id, name: "Reporting", rtoMinutes: 2880, rpoMinutes: 240, systems: { connect: { id: db1.id } } } });
    const dbSystem = await getSystem({ actor: actors.auditor, planId: plan.id, systemId: db1.id });
    expect(dbSystem.inherited).toEqual({
      rto: expect.objectContaining({ minutes: 120, functionName: "Order taking", through: [{ id: sql.id, name: "SQL01" }] }),
      rpo: expect.objectContaining({ minutes: 240, functionName: "Reporting" }),
    });
    expect((await getSystem({ actor: actors.auditor, planId: plan.id, systemId: sql.id })).inherited.rto).toMatchObject({ minutes: 120, through: [] });
  });

  it("groups systems of the same plan under a lower-case key", async () => {
    const { orgId, actors, plan, sql, erp } = await setup();
    const wms = await db.system.create({ data: { orgId, planId: plan.id, name: "WMS" } });
    const other = await createPlan({ actor: actors.committee, input: { name: "Other" } });
    const foreign = await db.system.create({ data: { orgId, planId: other.id, name: "COLD-MON" } });
    const base = { planId: plan.id, name: "ERP and database", maxSkewMinutes: "15", systemIds: [sql.id, erp.id] };
    expect((await failure(createGroup({ actor: actors.committee, input: { ...base, key: "ERP" } }))).fieldErrors).toEqual({
      key: "Use lower-case letters, digits and hyphens, starting with a letter or digit (e.g. erp).",
    });
    expect((await failure(createGroup({ actor: actors.committee, input: { ...base, key: "erp", systemIds: [sql.id, foreign.id] } }))).fieldErrors).toEqual({
      systemIds: "Choose systems of this plan.",
    });
    const group = await createGroup({ actor: actors.committee, input: { ...base, key: "erp" } });
    expect((await failure(createGroup({ actor: actors.committee, input: { ...base, key: "erp" } }))).fieldErrors).toEqual({
      key: "This plan already has a consistency group with this key.",
    });
    await updateGroup({
      actor: actors.committee,
      input: { ...base, groupId: group.id, key: "erp-core", maxSkewMinutes: "5", systemIds: [sql.id, wms.id], version: group.version },
    });
    const { groups } = await listPriorities({ actor: actors.auditor, planId: plan.id });
    expect(groups.map((g) => [g.key, g.maxSkewMinutes, g.systems.map((s) => s.name), g.sizeNote])).toEqual([["erp-core", 5, ["SQL01", "WMS"], null]]);
    // A delete from a page loaded before that edit is refused, saying who changed what, and nothing is deleted.
    const stored = await db.consistencyGroup.findUniqueOrThrow({ where: { id: group.id }, include: { systems: { select: { id: true } } } });
    const stale = (await failure(deleteGroup({ actor: actors.admin, input: { planId: plan.id, groupId: group.id, version: 1 } }))) as AppError;
    expect(stale).toMatchObject({ code: "CONFLICT", message: "The consistency group was changed after this page was loaded, so it was not deleted." });
    expect(stale.conflict).toMatchObject({
      version: 2,
      by: actors.committee.name,
      refused: "delete",
      changes: expect.arrayContaining([expect.objectContaining({ field: "systemIds", from: "ERP-APP, SQL01", to: "SQL01, WMS" })]),
    });
    expect(await db.consistencyGroup.findUniqueOrThrow({ where: { id: group.id }, include: { systems: { select: { id: true } } } })).toEqual(stored);
    expect(await db.auditLog.count({ where: { orgId, action: "consistency_group.deleted" } })).toBe(0);
    await deleteGroup({ actor: actors.committee, input: { planId: plan.id, groupId: group.id, version: 2 } });
    expect(await db.consistencyGroup.count({ where: { orgId } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId, entityType: "consistency_group" } })).toBe(3);
    expect((await failure(deleteGroup({ actor: actors.committee, input: { planId: plan.id, groupId: group.id, version: 2 } }))).message).toBe(
      "The consistency group was not found: it has probably been deleted already.",
    );
  });

  it("refuses a consistency group of fewer than two systems at its systems, on create and on update, and writes nothing", async () => {
    const { orgId, actors, plan, sql, erp } = await setup();
    const base = { planId: plan.id, key: "erp", name: "ERP and database", maxSkewMinutes: "15" };
    for (const systemIds of [[sql.id], [], undefined, [sql.id, sql.id], sql.id]) {
      expect((await failure(createGroup({ actor: actors.committee, input: { ...base, systemIds } }))).fieldErrors).toEqual({ systemIds: GROUP_TOO_SMALL });
    }
    expect(GROUP_TOO_SMALL).toBe("A consistency group needs at least two systems.");
    expect(await db.consistencyGroup.count({ where: { orgId } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId, entityType: "consistency_group" } })).toBe(0);

    const group = await createGroup({ actor: actors.committee, input: { ...base, systemIds: [sql.id, erp.id] } });
    const edit = { ...base, groupId: group.id, version: group.version, name: "ERP alone" };
    for (const systemIds of [[erp.id], []]) {
      expect((await failure(updateGroup({ actor: actors.committee, input: { ...edit, systemIds } }))).fieldErrors).toEqual({ systemIds: GROUP_TOO_SMALL });
    }
    const row = await db.consistencyGroup.findUniqueOrThrow({ where: { id: group.id }, include: { systems: { select: { name: true }, orderBy: { name: "asc" } } } });
    expect(row).toMatchObject({ name: "ERP and database", version: 1, systems: [{ name: "ERP-APP" }, { name: "SQL01" }] });
    expect(await db.auditLog.count({ where: { orgId, entityType: "consistency_group" } })).toBe(1);
  });

  it("lets a system of a group be deleted, and the group then says it has one system left", async () => {
    const { actors, plan, sql, erp } = await setup();
    const group = await createGroup({ actor: actors.committee, input: { planId: plan.id, key: "erp", name: "ERP", maxSkewMinutes: "15", systemIds: [sql.id, erp.id] } });
    await deleteSystem({ actor: actors.committee, input: { planId: plan.id, systemId: erp.id, version: 1 } });
    const [left] = (await listPriorities({ actor: actors.auditor, planId: plan.id })).groups;
    expect(left.systems.map((s) => s.name)).toEqual(["SQL01"]);
    expect(left.sizeNote).toBe(
      "Only SQL01 is left in this group, so there is nothing to keep consistent: a consistency group needs at least two systems. Add another system or delete the group.",
    );
    // Saving it as it is stays refused: add a system or delete the group.
    expect((await failure(updateGroup({ actor: actors.committee, input: { planId: plan.id, groupId: group.id, version: group.version, key: "erp", name: "ERP", systemIds: [sql.id] } }))).fieldErrors).toEqual({
      systemIds: GROUP_TOO_SMALL,
    });
    await deleteSystem({ actor: actors.committee, input: { planId: plan.id, systemId: sql.id, version: 1 } });
    expect((await listPriorities({ actor: actors.auditor, planId: plan.id })).groups[0].sizeNote).toMatch(/^No system is left in this group,/);
  });

  it("hides another organisation's priorities and reports completeness", async () => {
    const { actors, plan } = await setup();
    const mine = await makeOrg("Mine");
    expect((await listPriorities({ actor: mine.actors.admin, planId: plan.id })).ranked).toEqual([]);
    expect((await failure(createTier({ actor: mine.actors.admin, input: { planId: plan.id, name: "T", maxRtoMinutes: "1h" } }))).code).toBe("NOT_FOUND");
    const overview = async () =>
      (await getPlanOverview({ actor: actors.auditor, plan: await getPlan({ actor: actors.auditor, planId: plan.id }) })).stages.find((s) => s.key === "priorities")?.completeness;
    // Every function is ranked by its MTD: a third done, with no tiers yet.
    expect(await overview()).toBe(33);
    await createTier({ actor: actors.committee, input: { planId: plan.id, name: "Tier 1", maxRtoMinutes: "1d" } });
    // Ranked, tiers defined, and 3 of 4 functions with an RTO within a day: (1 + 1 + 3/4) ÷ 3.
    expect(await overview()).toBe(92);
  });
});

describe("a priorities save that changes nothing", () => {
  const auditRows = (orgId: string, entityId: string) => db.auditLog.count({ where: { orgId, entityId } });

  it("writes no version and no audit row for a tier or a consistency group re-saved as stored, and writes a one-field change", async () => {
    const { orgId, actors, plan, sql, erp } = await setup();
    const tier = await createTier({ actor: actors.committee, input: { planId: plan.id, name: "Tier 0", maxRtoMinutes: "4h" } });
    // "240min" is the 4 hours already stored.
    const tierForm = { planId: plan.id, tierId: tier.id, version: 1, name: "Tier 0", maxRtoMinutes: "240min" };
    expect(await updateTier({ actor: actors.committee, input: tierForm })).toMatchObject({ changed: false, version: 1 });
    expect(await auditRows(orgId, tier.id)).toBe(1);
    await updateTier({ actor: actors.committee, input: { ...tierForm, maxRtoMinutes: "8h" } });
    expect(await db.recoveryTier.findUniqueOrThrow({ where: { id: tier.id } })).toMatchObject({ version: 2, maxRtoMinutes: 480 });
    expect(await auditRows(orgId, tier.id)).toBe(2);

    const group = await createGroup({ actor: actors.committee, input: { planId: plan.id, key: "erp", name: "ERP", maxSkewMinutes: "5", systemIds: [sql.id, erp.id] } });
    const groupForm = { planId: plan.id, groupId: group.id, version: 1, key: "erp", name: "ERP", maxSkewMinutes: "5", systemIds: [erp.id, sql.id] };
    expect(await updateGroup({ actor: actors.committee, input: groupForm })).toMatchObject({ changed: false, version: 1 });
    expect(await auditRows(orgId, group.id)).toBe(1);
    await updateGroup({ actor: actors.committee, input: { ...groupForm, maxSkewMinutes: "10" } });
    expect(await db.consistencyGroup.findUniqueOrThrow({ where: { id: group.id } })).toMatchObject({ version: 2, maxSkewMinutes: 10 });
    expect(await auditRows(orgId, group.id)).toBe(2);
  });

  it("writes no version and no audit row for a function's priority re-saved as stored, and writes a one-field change", async () => {
    const { orgId, actors, plan, payroll } = await setup();
    const form = { planId: plan.id, functionId: payroll.id, version: 1, manualRank: "1", tierId: "", manualRankReason: "Pay day" };
    await setFunctionPriority({ actor: actors.committee, input: form });
    const audits = await auditRows(orgId, payroll.id);
    expect(await setFunctionPriority({ actor: actors.committee, input: { ...form, version: 2 } })).toMatchObject({ changed: false, version: 2 });
    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: payroll.id } })).toMatchObject({ version: 2 });
    expect(await auditRows(orgId, payroll.id)).toBe(audits);
    await setFunctionPriority({ actor: actors.committee, input: { ...form, version: 2, manualRankReason: "Pay day moved" } });
    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: payroll.id } })).toMatchObject({ version: 3, manualRankReason: "Pay day moved" });
    expect(await auditRows(orgId, payroll.id)).toBe(audits + 1);
  });
});

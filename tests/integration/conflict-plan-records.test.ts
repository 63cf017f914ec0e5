import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { createPlan } from "@/lib/plans/create-plan";
import { renamePlan } from "@/lib/plans/rename-plan";
import { archivePlan, restorePlan } from "@/lib/plans/archive-plan";
import { createProduct } from "@/lib/bia/create-product";
import { updateProduct } from "@/lib/bia/update-product";
import { createFunction } from "@/lib/bia/create-function";
import { updateFunction } from "@/lib/bia/update-function";
import { createThreat } from "@/lib/risks/create-threat";
import { createScenario } from "@/lib/risks/create-scenario";
import { updateScenario } from "@/lib/risks/update-scenario";
import { createTier } from "@/lib/priorities/create-tier";
import { updateTier } from "@/lib/priorities/update-tier";
import { createGroup } from "@/lib/priorities/create-group";
import { updateGroup } from "@/lib/priorities/update-group";
import { setFunctionPriority } from "@/lib/priorities/set-function-priority";
import { createPerson } from "@/lib/people/create-person";
import { updateCommitment } from "@/lib/committee/update-commitment";
import { setTestCadence } from "@/lib/exercises/set-test-cadence";
import { updateBiaSettings } from "@/lib/settings/update-bia-settings";
import { makeOrg, refused } from "./factories";
import { DEFAULT_IMPACT_CATEGORIES } from "@/lib/bia/impact";

/** Two committee members of one organisation, Alex (who saves first) and Priya, and their plan. */
async function setup() {
  const org = await makeOrg("PlanConflicts");
  const plan = await createPlan({ actor: org.actors.committee, input: { name: "Bristol" } });
  return { orgId: org.orgId, alex: org.actors.admin, priya: org.actors.committee, plan };
}

const changed = (what: string) => `Someone else changed ${what} while you were editing.`;

describe("refused stale saves of plan-level records say who changed what", () => {
  it("a product: name and department (by name), then an overwrite with the conflict's version", async () => {
    const { orgId, alex, priya, plan } = await setup();
    const warehouse = await db.department.create({ data: { orgId, name: "Warehouse" } });
    const product = await createProduct({ actor: priya, input: { planId: plan.id, name: "Spare parts" } });
    expect(product.version).toBe(1);
    const edit = { planId: plan.id, productId: product.id, version: 1, name: "Spare parts" };

    await updateProduct({ actor: alex, input: { ...edit, name: "Spare parts by post", departmentId: warehouse.id } });
    const stale = await refused(updateProduct({ actor: priya, input: { ...edit, description: "Next-day delivery" } }));

    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toBe(changed("this product"));
    expect(stale.conflict).toMatchObject({ version: 2, by: alex.name });
    expect(stale.conflict?.changes).toEqual([
      { field: "name", label: "Name", from: "Spare parts", to: "Spare parts by post" },
      { field: "departmentId", label: "Department", from: "—", to: "Warehouse" },
    ]);
    expect(await db.product.findUniqueOrThrow({ where: { id: product.id } })).toMatchObject({
      name: "Spare parts by post",
      description: "",
      departmentId: warehouse.id,
      version: 2,
    });

    await updateProduct({ actor: priya, input: { ...edit, version: stale.conflict?.version, description: "Next-day delivery" } });
    expect(await db.product.findUniqueOrThrow({ where: { id: product.id } })).toMatchObject({ name: "Spare parts", description: "Next-day delivery", departmentId: null, version: 3 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: product.id, action: "product.updated", actorId: priya.userId } });
    expect(audit.before).toEqual({ name: "Spare parts by post", description: "", departmentId: warehouse.id });
  });

  it("a scenario: its kind by label, instants as typed, lost sites and threats by name", async () => {
    const { orgId, alex, priya, plan } = await setup();
    const [depot, hq] = await Promise.all([db.site.create({ data: { orgId, name: "Depot" } }), db.site.create({ data: { orgId, name: "HQ" } })]);
    const flood = await createThreat({ actor: priya, input: { planId: plan.id, category: "natural", title: "Flood", likelihood: "2", impact: "4" } });
    await db.host.create({ data: { orgId, planId: plan.id, key: "hv01", name: "HV01", ramMiB: 65536 } });
    const scenario = await createScenario({ actor: priya, input: { planId: plan.id, key: "depot-loss", name: "Depot lost", kind: "site", lostSiteIds: [depot.id] } });
    const edit = { planId: plan.id, scenarioId: scenario.id, version: 1, key: "depot-loss", name: "Depot lost", kind: "site", lostSiteIds: [depot.id] };

    await updateScenario({
      actor: alex,
      input: { ...edit, kind: "host", lostHostKeys: "hv01", at: "2026-03-14T02:00:00Z", declareMinutes: "30", lostSiteIds: [hq.id, depot.id], threatIds: [flood.id] },
    });
    const stale = await refused(updateScenario({ actor: priya, input: { ...edit, description: "Both racks lost" } }));

    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toBe(changed("this scenario"));
    expect(stale.conflict).toMatchObject({ version: 2, by: alex.name });
    expect(stale.conflict?.changes).toEqual([
      { field: "kind", label: "Kind", from: "Sites lost", to: "Hosts lost" },
      { field: "at", label: "Disaster instant", from: "—", to: "2026-03-14T02:00:00Z" },
      { field: "declareMinutes", label: "Minutes to declare", from: "0", to: "30" },
      { field: "lostHostKeys", label: "Lost hosts", from: "none", to: "hv01" },
      { field: "lostSiteIds", label: "Lost sites", from: "Depot", to: "Depot, HQ" },
      { field: "threatIds", label: "Caused by threats", from: "none", to: "Flood" },
    ]);
    const row = await db.scenario.findUniqueOrThrow({ where: { id: scenario.id }, include: { lostSites: true, threats: true } });
    expect(row).toMatchObject({ kind: "host", description: "", declareMinutes: 30, version: 2 });
    expect(row.lostSites.map((s) => s.name).sort()).toEqual(["Depot", "HQ"]);

    await updateScenario({ actor: priya, input: { ...edit, version: stale.conflict?.version, description: "Both racks lost" } });
    const overwritten = await db.scenario.findUniqueOrThrow({ where: { id: scenario.id }, include: { lostSites: true, threats: true } });
    expect(overwritten).toMatchObject({ kind: "site", description: "Both racks lost", declareMinutes: 0, at: null, version: 3 });
    expect(overwritten.lostSites.map((s) => s.name)).toEqual(["Depot"]);
    expect(overwritten.threats).toEqual([]);
  });

  it("a tier, with its longest RTO as a duration", async () => {
    const { alex, priya, plan } = await setup();
    const tier = await createTier({ actor: priya, input: { planId: plan.id, name: "Tier 1", maxRtoMinutes: "4h" } });
    const edit = { planId: plan.id, tierId: tier.id, version: tier.version, name: "Tier 1", maxRtoMinutes: "4h" };

    await updateTier({ actor: alex, input: { ...edit, maxRtoMinutes: "8h", description: "Critical" } });
    const stale = await refused(updateTier({ actor: priya, input: { ...edit, name: "Gold" } }));

    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toBe(changed("this tier"));
    expect(stale.conflict).toMatchObject({ version: 2, by: alex.name });
    expect(stale.conflict?.changes).toEqual([
      { field: "maxRtoMinutes", label: "Longest RTO in this tier", from: "4 h", to: "8 h" },
      { field: "description", label: "Description", from: "—", to: "Critical" },
    ]);
    expect(await db.recoveryTier.findUniqueOrThrow({ where: { id: tier.id } })).toMatchObject({ name: "Tier 1", maxRtoMinutes: 480, description: "Critical", version: 2 });

    await updateTier({ actor: priya, input: { ...edit, version: stale.conflict?.version, name: "Gold" } });
    expect(await db.recoveryTier.findUniqueOrThrow({ where: { id: tier.id } })).toMatchObject({ name: "Gold", maxRtoMinutes: 240, description: "", version: 3 });
  });

  it("a consistency group, with its systems by name", async () => {
    const { orgId, alex, priya, plan } = await setup();
    const [erp, crm, sql] = await Promise.all([
      db.system.create({ data: { orgId, planId: plan.id, name: "ERP-APP" } }),
      db.system.create({ data: { orgId, planId: plan.id, name: "CRM-APP" } }),
      db.system.create({ data: { orgId, planId: plan.id, name: "SQL01" } }),
    ]);
    const group = await createGroup({ actor: priya, input: { planId: plan.id, key: "erp", name: "ERP", systemIds: [erp.id, sql.id] } });
    const edit = { planId: plan.id, groupId: group.id, version: group.version, key: "erp", name: "ERP", systemIds: [erp.id, sql.id] };

    await updateGroup({ actor: alex, input: { ...edit, maxSkewMinutes: "15", systemIds: [erp.id, crm.id, sql.id] } });
    const stale = await refused(updateGroup({ actor: priya, input: { ...edit, name: "ERP and stock" } }));

    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toBe(changed("this consistency group"));
    expect(stale.conflict).toMatchObject({ version: 2, by: alex.name });
    expect(stale.conflict?.changes).toEqual([
      { field: "maxSkewMinutes", label: "Maximum skew (minutes)", from: "0", to: "15" },
      { field: "systemIds", label: "Systems", from: "ERP-APP, SQL01", to: "CRM-APP, ERP-APP, SQL01" },
    ]);
    const row = await db.consistencyGroup.findUniqueOrThrow({ where: { id: group.id }, include: { systems: true } });
    expect(row).toMatchObject({ name: "ERP", maxSkewMinutes: 15, version: 2 });
    expect(row.systems).toHaveLength(3);

    await updateGroup({ actor: priya, input: { ...edit, version: stale.conflict?.version, name: "ERP and stock" } });
    const overwritten = await db.consistencyGroup.findUniqueOrThrow({ where: { id: group.id }, include: { systems: true } });
    expect(overwritten).toMatchObject({ name: "ERP and stock", maxSkewMinutes: 0, version: 3 });
    expect(overwritten.systems.map((s) => s.name).sort()).toEqual(["ERP-APP", "SQL01"]);
  });

  it("a function's priority override, which shares the function's version with its impact analysis", async () => {
    const { alex, priya, plan } = await setup();
    const fn = await createFunction({ actor: priya, input: { planId: plan.id, name: "Order taking" } });
    // A second function, so that rank 2 is a place in the order.
    await createFunction({ actor: priya, input: { planId: plan.id, name: "Picking and dispatch" } });
    const gold = await createTier({ actor: priya, input: { planId: plan.id, name: "Gold", maxRtoMinutes: "4h" } });
    const edit = { planId: plan.id, functionId: fn.id, version: fn.version };

    await setFunctionPriority({ actor: alex, input: { ...edit, manualRank: "1", tierId: gold.id, manualRankReason: "Most of the revenue" } });
    const stale = await refused(setFunctionPriority({ actor: priya, input: { ...edit, manualRank: "2", manualRankReason: "Second after dispatch" } }));

    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toBe(changed("this function"));
    expect(stale.conflict).toMatchObject({ version: fn.version + 1, by: alex.name });
    expect(stale.conflict?.changes).toEqual([
      { field: "manualRank", label: "Rank", from: "—", to: "1" },
      { field: "tierId", label: "Tier", from: "From its RTO", to: "Gold" },
      { field: "manualRankReason", label: "Reason", from: "—", to: "Most of the revenue" },
    ]);
    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: fn.id } })).toMatchObject({ manualRank: 1, tierId: gold.id, version: fn.version + 1 });

    await setFunctionPriority({ actor: priya, input: { ...edit, version: stale.conflict?.version, manualRank: "2", manualRankReason: "Second after dispatch" } });
    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: fn.id } })).toMatchObject({
      manualRank: 2,
      tierId: null,
      manualRankReason: "Second after dispatch",
      version: fn.version + 2,
    });

    // A save of the impact analysis also bumps the version: refused, but nothing this form shows changed.
    await updateFunction({ actor: alex, input: { planId: plan.id, functionId: fn.id, version: fn.version + 2, name: "Order taking", rtoMinutes: "2h" } });
    const unrelated = await refused(setFunctionPriority({ actor: priya, input: { ...edit, version: fn.version + 2 } }));
    expect(unrelated.conflict).toMatchObject({ version: fn.version + 3, by: alex.name, changes: [] });
  });

  it("the plan's name, commitment and test cadence share its version: each form shows its own fields", async () => {
    const { alex, priya, plan } = await setup();
    const ann = await createPerson({ actor: priya, input: { name: "Ann Lee" } });
    const started = plan.version;
    await renamePlan({ actor: alex, input: { planId: plan.id, version: started, name: "Bristol DC", description: "Both warehouses" } });
    await updateCommitment({ actor: alex, input: { planId: plan.id, version: started + 1, sponsorId: ann.id, endorsedOn: "2026-02-10" } });
    await setTestCadence({ actor: alex, input: { planId: plan.id, version: started + 2, testCadenceDays: "180" } });

    const rename = await refused(renamePlan({ actor: priya, input: { planId: plan.id, version: started, name: "Bristol", description: "Main site" } }));
    const commitment = await refused(updateCommitment({ actor: priya, input: { planId: plan.id, version: started, sponsorId: "", endorsedOn: "" } }));
    const cadence = await refused(setTestCadence({ actor: priya, input: { planId: plan.id, version: started, testCadenceDays: "90" } }));

    for (const stale of [rename, commitment, cadence]) {
      expect(stale.code).toBe("CONFLICT");
      expect(stale.message).toBe(changed("this plan"));
      expect(stale.conflict).toMatchObject({ version: started + 3, by: alex.name });
    }
    expect(rename.conflict?.changes).toEqual([
      { field: "name", label: "Name", from: "Bristol", to: "Bristol DC" },
      { field: "description", label: "Scope", from: "—", to: "Both warehouses" },
    ]);
    expect(commitment.conflict?.changes).toEqual([
      { field: "sponsorId", label: "Sponsor", from: "No sponsor yet", to: "Ann Lee" },
      { field: "endorsedOn", label: "Endorsed on", from: "—", to: "2026-02-10" },
    ]);
    expect(cadence.conflict?.changes).toEqual([{ field: "testCadenceDays", label: "Test at least every (days)", from: "365", to: "180" }]);
    expect(await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({
      name: "Bristol DC",
      description: "Both warehouses",
      sponsorId: ann.id,
      testCadenceDays: 180,
      version: started + 3,
    });

    // Archiving and restoring bump the version too, audited: the notice still starts from the right version.
    await archivePlan({ actor: alex, input: { planId: plan.id } });
    await restorePlan({ actor: alex, input: { planId: plan.id } });
    const afterRestore = await refused(setTestCadence({ actor: priya, input: { planId: plan.id, version: started + 2, testCadenceDays: "90" } }));
    expect(afterRestore.conflict).toMatchObject({
      version: started + 5,
      by: alex.name,
      changes: [{ field: "testCadenceDays", label: "Test at least every (days)", from: "365", to: "180" }],
    });

    await setTestCadence({ actor: priya, input: { planId: plan.id, version: afterRestore.conflict?.version, testCadenceDays: "90" } });
    await updateCommitment({ actor: priya, input: { planId: plan.id, version: started + 6, sponsorId: "", endorsedOn: "" } });
    await renamePlan({ actor: priya, input: { planId: plan.id, version: started + 7, name: "Bristol", description: "Main site" } });
    expect(await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({
      name: "Bristol",
      description: "Main site",
      sponsorId: null,
      testCadenceDays: 90,
      version: started + 8,
    });
  });

  it("the organisation's BIA settings, with outage lengths as durations and the rating by its label", async () => {
    const { orgId, alex } = await setup();
    const org = await db.organization.findUniqueOrThrow({ where: { id: orgId } });
    const user = await db.user.create({ data: { email: `sam-${orgId}@example.test`, name: "Sam Admin" } });
    await db.membership.create({ data: { orgId, userId: user.id, role: "admin" } });
    const sam: Actor = { userId: user.id, email: user.email, name: user.name, orgId, orgName: org.name, orgMarking: "", role: "admin" };
    const edit = { version: org.biaSettingsVersion, horizons: "1h, 4h, 1d, 3d, 1w, 2w", categories: DEFAULT_IMPACT_CATEGORIES, intolerableRating: "major" };

    await updateBiaSettings({ actor: alex, input: { ...edit, horizons: "1h, 8h, 1d", intolerableRating: "severe" } });
    const stale = await refused(updateBiaSettings({ actor: sam, input: { ...edit, intolerableRating: "moderate" } }));

    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toBe(changed("these settings"));
    expect(stale.conflict).toMatchObject({ version: org.biaSettingsVersion + 1, by: alex.name });
    expect(stale.conflict?.changes).toEqual([
      { field: "impactHorizonsMinutes", label: "Outage lengths of the impact grid", from: "1 h, 4 h, 1 day, 3 days, 1 week, 2 weeks", to: "1 h, 8 h, 1 day" },
      { field: "intolerableRating", label: "First intolerable rating", from: "Major", to: "Severe" },
    ]);
    expect(await db.organization.findUniqueOrThrow({ where: { id: orgId } })).toMatchObject({
      impactHorizonsMinutes: [60, 480, 1440],
      intolerableRating: "severe",
      biaSettingsVersion: org.biaSettingsVersion + 1,
    });

    await updateBiaSettings({ actor: sam, input: { ...edit, version: stale.conflict?.version, intolerableRating: "moderate" } });
    expect(await db.organization.findUniqueOrThrow({ where: { id: orgId } })).toMatchObject({
      impactHorizonsMinutes: [60, 240, 1440, 4320, 10080, 20160],
      intolerableRating: "moderate",
      biaSettingsVersion: org.biaSettingsVersion + 2,
    });
  });
});

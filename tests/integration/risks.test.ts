import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { saveHost } from "@/lib/recovery/setup/save-host";
import { createPlan } from "@/lib/plans/create-plan";
import { getPlan } from "@/lib/plans/get-plan";
import { getPlanOverview } from "@/lib/plans/get-plan-overview";
import { createPerson } from "@/lib/people/create-person";
import { createThreat } from "@/lib/risks/create-threat";
import { updateThreat } from "@/lib/risks/update-threat";
import { deleteThreat } from "@/lib/risks/delete-threat";
import { listThreats } from "@/lib/risks/list-threats";
import { getHeatMaps } from "@/lib/risks/get-heat-maps";
import { createScenario } from "@/lib/risks/create-scenario";
import { updateScenario } from "@/lib/risks/update-scenario";
import { deleteScenario } from "@/lib/risks/delete-scenario";
import { listScenarios } from "@/lib/risks/list-scenarios";
import type { AppError } from "@/lib/errors";
import { failure, makeOrg, type TestOrg } from "./factories";

async function setup(org: TestOrg) {
  const actor = org.actors.committee;
  const plan = await createPlan({ actor, input: { name: "Bristol" } });
  const owner = await createPerson({ actor, input: { name: "Owner" } });
  const site = await db.site.create({ data: { orgId: org.orgId, name: "Head office" } });
  const threat = (title: string, extra: Record<string, unknown> = {}) =>
    createThreat({ actor, input: { planId: plan.id, category: "technical", title, likelihood: "3", impact: "4", ...extra } });
  return { actor, plan, owner, site, threat };
}

async function risksStage(org: TestOrg, planId: string) {
  const overview = await getPlanOverview({ actor: org.actors.auditor, plan: await getPlan({ actor: org.actors.auditor, planId }) });
  return overview.stages.find((s) => s.key === "risks")!;
}

async function risksCompleteness(org: TestOrg, planId: string) {
  return (await risksStage(org, planId)).completeness;
}

describe("threat register", () => {
  it("stores a threat with its ratings and audit row; validation names the fields and writes nothing", async () => {
    const org = await makeOrg();
    const { actor, plan, owner, threat } = await setup(org);
    const invalid = await failure(
      createThreat({ actor, input: { planId: plan.id, category: "alien", title: "", likelihood: "6", impact: "0", residualLikelihood: "2" } }),
    );
    expect(invalid.fieldErrors).toMatchObject({
      category: "Choose natural, technical or human.",
      title: "Name the threat.",
      likelihood: "Rate the likelihood from 1 to 5.",
      impact: "Rate the impact from 1 to 5.",
    });
    const unpaired = await failure(threat("Flood", { residualLikelihood: "2", residualImpact: "" }));
    expect(unpaired.fieldErrors).toEqual({ residualImpact: "Rate both residual likelihood and residual impact, or neither." });
    expect(await db.threat.count({ where: { planId: plan.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, entityType: "threat" } })).toBe(0);

    const created = await threat("Power cut", { ownerId: owner.id, mitigation: "UPS and generator", residualLikelihood: "2", residualImpact: "2" });
    expect(await db.threat.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      likelihood: 3, impact: 4, residualLikelihood: 2, residualImpact: 2, ownerId: owner.id, version: 1,
    });
    expect(await db.auditLog.findFirst({ where: { entityId: created.id } })).toMatchObject({ action: "threat.created", after: { title: "Power cut" } });
    expect((await failure(threat("Power cut"))).fieldErrors).toEqual({ title: "The register already has a threat with this title." });
    expect((await failure(threat("POWER CUT"))).fieldErrors).toEqual({ title: "The register already has a threat with this title." });
  });

  it("refuses an owner or plan of another organisation and edits with optimistic concurrency", async () => {
    const mine = await makeOrg();
    const theirs = await makeOrg();
    const { actor, plan, threat } = await setup(mine);
    const stranger = await createPerson({ actor: theirs.actors.committee, input: { name: "Stranger" } });
    expect((await failure(threat("Fire", { ownerId: stranger.id }))).fieldErrors).toEqual({ ownerId: "Choose a person from the organisation's register." });
    const fire = await threat("Fire");
    const crossOrg = { planId: plan.id, threatId: fire.id, version: 1, category: "human", title: "Arson", likelihood: 1, impact: 1 };
    expect((await failure(updateThreat({ actor: theirs.actors.admin, input: crossOrg }))).code).toBe("NOT_FOUND");
    expect((await failure(deleteThreat({ actor: theirs.actors.admin, input: { planId: plan.id, threatId: fire.id, version: 1 } }))).code).toBe("NOT_FOUND");
    await updateThreat({ actor, input: { ...crossOrg, title: "Fire in warehouse", likelihood: 2, impact: 5 } });
    expect((await failure(updateThreat({ actor, input: { ...crossOrg, title: "Stale" } }))).code).toBe("CONFLICT");
    expect(await db.threat.findUniqueOrThrow({ where: { id: fire.id } })).toMatchObject({ title: "Fire in warehouse", likelihood: 2, impact: 5, version: 2 });
    for (const role of ["executive", "auditor"] as const) {
      expect((await failure(deleteThreat({ actor: mine.actors[role], input: { planId: plan.id, threatId: fire.id, version: 2 } }))).code).toBe("FORBIDDEN");
    }
    // A delete from a page loaded before that edit is refused, saying who changed what, and the threat stays as it is.
    const stored = await db.threat.findUniqueOrThrow({ where: { id: fire.id } });
    const stale = (await failure(deleteThreat({ actor: mine.actors.admin, input: { planId: plan.id, threatId: fire.id, version: 1 } }))) as AppError;
    expect(stale).toMatchObject({ code: "CONFLICT", message: "The threat was changed after this page was loaded, so it was not deleted." });
    expect(stale.conflict).toMatchObject({ version: 2, by: actor.name, refused: "delete", changes: expect.arrayContaining([expect.objectContaining({ field: "title", from: "Fire", to: "Fire in warehouse" })]) });
    expect(await db.threat.findUniqueOrThrow({ where: { id: fire.id } })).toEqual(stored);
    await deleteThreat({ actor, input: { planId: plan.id, threatId: fire.id, version: 2 } });
    expect((await failure(deleteThreat({ actor, input: { planId: plan.id, threatId: fire.id, version: 2 } }))).message).toBe("The threat was not found: it has probably been deleted already.");
    expect(await db.threat.count({ where: { planId: plan.id } })).toBe(0);
  });

  it("counts threats into inherent and residual heat-map cells and filters the register by a cell", async () => {
    const org = await makeOrg();
    const { plan, threat } = await setup(org);
    await threat("Ransomware", { likelihood: 3, impact: 5, residualLikelihood: 2, residualImpact: 3 });
    await threat("Flood", { category: "natural", likelihood: 3, impact: 5 });
    await threat("Supplier failure", { likelihood: 2, impact: 4, residualLikelihood: 2, residualImpact: 3 });
    const { inherent, residual, unratedResidual } = await getHeatMaps({ actor: org.actors.auditor, planId: plan.id });
    expect(unratedResidual).toBe(1);
    const cell = (grid: typeof inherent, l: number, i: number) => grid.flat().find((c) => c.likelihood === l && c.impact === i);
    expect(cell(inherent, 3, 5)).toEqual({ likelihood: 3, impact: 5, count: 2, band: "high" });
    expect(cell(inherent, 2, 4)?.count).toBe(1);
    expect(cell(residual, 2, 3)).toEqual({ likelihood: 2, impact: 3, count: 2, band: "medium" });
    expect(residual.flat().reduce((n, c) => n + c.count, 0)).toBe(2);

    const inherentCell = await listThreats({ actor: org.actors.auditor, planId: plan.id, query: { view: "inherent", l: "3", i: "5", sort: "title", dir: "asc" } });
    expect(inherentCell.rows.map((t) => t.title)).toEqual(["Flood", "Ransomware"]);
    const residualCell = await listThreats({ actor: org.actors.auditor, planId: plan.id, query: { view: "residual", l: "2", i: "3", sort: "title", dir: "asc" } });
    expect(residualCell.rows.map((t) => t.title)).toEqual(["Ransomware", "Supplier failure"]);
    // With no sort given, the highest score comes first; of equal scores, the higher residual score.
    const riskiestFirst = await listThreats({ actor: org.actors.auditor, planId: plan.id, query: {} });
    expect(riskiestFirst.rows.map((t) => t.title)).toEqual(["Ransomware", "Flood", "Supplier failure"]);
    const other = await makeOrg();
    expect((await listThreats({ actor: other.actors.admin, planId: plan.id, query: {} })).total).toBe(0);
  });
});

describe("threat register order and residual ratings", () => {
  it("lists the highest score (likelihood × impact) first, not the highest likelihood, and sorts by residual score", async () => {
    const org = await makeOrg();
    const { plan, threat } = await setup(org);
    await threat("Likely but mild", { likelihood: 3, impact: 2, residualLikelihood: 1, residualImpact: 2 });
    await threat("Rare but severe", { likelihood: 2, impact: 5, residualLikelihood: 1, residualImpact: 1 });
    await threat("Not yet mitigated", { likelihood: 1, impact: 3 });
    await threat("Same score, worse residual", { likelihood: 5, impact: 2, residualLikelihood: 2, residualImpact: 3 });
    const titles = async (query: Record<string, string>) =>
      (await listThreats({ actor: org.actors.auditor, planId: plan.id, query })).rows.map((t) => t.title);
    expect(await titles({})).toEqual(["Same score, worse residual", "Rare but severe", "Likely but mild", "Not yet mitigated"]);
    expect(await titles({ sort: "score", dir: "asc" })).toEqual(["Not yet mitigated", "Likely but mild", "Rare but severe", "Same score, worse residual"]);
    // A threat without a residual rating comes last in both directions.
    expect(await titles({ sort: "residualScore", dir: "desc" })).toEqual(["Same score, worse residual", "Likely but mild", "Rare but severe", "Not yet mitigated"]);
    expect(await titles({ sort: "residualScore", dir: "asc" })).toEqual(["Rare but severe", "Likely but mild", "Same score, worse residual", "Not yet mitigated"]);
    expect(await titles({ sort: "likelihood", dir: "desc" })).toEqual(["Same score, worse residual", "Likely but mild", "Rare but severe", "Not yet mitigated"]);
    expect(await titles({ q: "severe", sort: "residualScore" })).toEqual(["Rare but severe"]);
  });

  it("refuses a residual score above the inherent score, on create and on update, and writes nothing", async () => {
    const org = await makeOrg();
    const { actor, plan, threat } = await setup(org);
    const message =
      "The residual score (likelihood × impact) cannot be above the inherent score: controls cannot make a risk worse. Rate the inherent risk higher or the residual risk lower.";
    const worse = await failure(threat("Typo", { likelihood: "1", impact: "1", residualLikelihood: "5", residualImpact: "5" }));
    expect(worse.fieldErrors).toEqual({ residualImpact: message });
    expect(await db.threat.count({ where: { planId: plan.id } })).toBe(0);
    // Equal is allowed (controls that change nothing), and so is a lower score with a higher likelihood.
    const flood = await threat("Flood", { likelihood: "2", impact: "5", residualLikelihood: "3", residualImpact: "3" });
    const input = { planId: plan.id, threatId: flood.id, version: 1, category: "natural", title: "Flood", likelihood: 2, impact: 3, residualLikelihood: 3, residualImpact: 3 };
    expect((await failure(updateThreat({ actor, input }))).fieldErrors).toEqual({ residualImpact: message });
    expect(await db.threat.findUniqueOrThrow({ where: { id: flood.id } })).toMatchObject({ impact: 5, version: 1 });
    await updateThreat({ actor, input: { ...input, impact: 3, residualLikelihood: 3, residualImpact: 2 } });
    expect(await db.threat.findUniqueOrThrow({ where: { id: flood.id } })).toMatchObject({ impact: 3, residualImpact: 2, version: 2 });
  });
});

describe("disaster scenarios", () => {
  it("stores what the recovery engine needs, linked to threats and lost sites", async () => {
    const org = await makeOrg();
    const { actor, plan, site, threat } = await setup(org);
    const flood = await threat("Flood");
    const scenario = await createScenario({
      actor,
      input: {
        planId: plan.id, key: "site-loss", name: "Site lost", kind: "site", at: "2026-03-14T02:00:00Z", declareMinutes: "30",
        lostSiteIds: [site.id], threatIds: [flood.id], lostHostKeys: "",
      },
    });
    const [row] = await listScenarios({ actor: org.actors.auditor, planId: plan.id });
    expect(row).toMatchObject({ id: scenario.id, key: "site-loss", kind: "site", declareMinutes: 30, containmentMinutes: 0, cleanBefore: null });
    expect(row.at?.toISOString()).toBe("2026-03-14T02:00:00.000Z");
    expect(row.lostSites.map((s) => s.id)).toEqual([site.id]);
    expect(row.threats.map((t) => t.id)).toEqual([flood.id]);
    expect(await db.auditLog.findFirst({ where: { entityId: scenario.id } })).toMatchObject({
      action: "scenario.created",
      after: { key: "site-loss", at: "2026-03-14T02:00:00.000Z", lostSiteIds: [site.id], threatIds: [flood.id] },
    });
  });

  it("validates ids, instants and what each kind needs, writing nothing", async () => {
    const org = await makeOrg();
    const { actor, plan } = await setup(org);
    const base = { planId: plan.id, name: "Attack", kind: "ransomware", key: "ransomware" };
    const badKey = await failure(createScenario({ actor, input: { ...base, key: "Site Loss", at: "2026-06-10T03:00:00Z", cleanBefore: "2026-06-09T20:00:00Z" } }));
    expect(Object.keys(badKey.fieldErrors ?? {})).toEqual(["key"]);
    const missing = await failure(createScenario({ actor, input: base }));
    expect(missing.fieldErrors).toEqual({
      at: "A ransomware scenario needs the instant of the attack.",
      cleanBefore: "A ransomware scenario needs the last instant known clean.",
    });
    const local = await failure(createScenario({ actor, input: { ...base, at: "10/06/2026 03:00", cleanBefore: "2026-06-09T20:00:00Z" } }));
    expect(local.fieldErrors?.at).toBe("Enter the disaster instant as a date and time in UTC, like 2026-03-14 02:00, or with its offset, like 2026-06-10T04:00+01:00.");
    const reversed = await failure(createScenario({ actor, input: { ...base, at: "2026-06-10T03:00:00Z", cleanBefore: "2026-06-11T00:00:00+01:00" } }));
    expect(reversed.fieldErrors).toEqual({ cleanBefore: "The last clean instant must be before the attack." });
    // The engine builds every backup of the look-back: more than a year of it is refused, as the model is.
    const ancient = await failure(createScenario({ actor, input: { ...base, at: "2026-06-10T03:00:00Z", cleanBefore: "1926-06-10T03:00:00Z" } }));
    expect(ancient.fieldErrors).toEqual({ cleanBefore: "The last clean instant must be at most 366 days before the attack." });
    const host = await failure(createScenario({ actor, input: { ...base, key: "host-loss", kind: "host", lostHostKeys: " " } }));
    expect(host.fieldErrors).toEqual({ lostHostKeys: "Name at least one lost host." });
    const hostCase = await failure(createScenario({ actor, input: { ...base, key: "host-loss", kind: "host", lostHostKeys: "HV01" } }));
    expect(Object.keys(hostCase.fieldErrors ?? {})).toEqual(["lostHostKeys"]);
    const site = await failure(createScenario({ actor, input: { ...base, key: "site-loss", kind: "site" } }));
    expect(site.fieldErrors).toEqual({ lostSiteIds: "Choose at least one lost site." });
    expect(await db.scenario.count({ where: { planId: plan.id } })).toBe(0);

    // Without an offset an instant is read in UTC, as the form says.
    const utc = await createScenario({ actor, input: { ...base, at: "2026-06-10 03:00", cleanBefore: "2026-06-09T21:00+01:00" } });
    expect(await db.scenario.findUniqueOrThrow({ where: { id: utc.id } })).toMatchObject({ at: new Date("2026-06-10T03:00:00Z"), cleanBefore: new Date("2026-06-09T20:00:00Z") });
  });

  it("refuses links to another plan's threat or another organisation's site, and duplicate ids", async () => {
    const mine = await makeOrg();
    const theirs = await makeOrg();
    const { actor, plan, threat } = await setup(mine);
    const otherPlan = await createPlan({ actor, input: { name: "Other" } });
    const elsewhere = await createThreat({ actor, input: { planId: otherPlan.id, category: "human", title: "Strike", likelihood: 2, impact: 2 } });
    const foreignSite = await db.site.create({ data: { orgId: theirs.orgId, name: "Their office" } });
    const base = { planId: plan.id, key: "vm-loss", name: "One VM lost", kind: "system" };
    expect((await failure(createScenario({ actor, input: { ...base, threatIds: [elsewhere.id] } }))).fieldErrors).toEqual({
      threatIds: "Choose threats from this plan's register.",
    });
    expect((await failure(createScenario({ actor, input: { ...base, lostSiteIds: [foreignSite.id] } }))).fieldErrors).toEqual({
      lostSiteIds: "Choose sites of the organisation.",
    });
    const disk = await threat("Disk failure");
    const scenario = await createScenario({ actor, input: { ...base, threatIds: [disk.id] } });
    expect((await failure(createScenario({ actor, input: { ...base, name: "Another" } }))).fieldErrors).toEqual({ key: "The plan already has a scenario with this id." });
    expect((await failure(createScenario({ actor, input: { ...base, key: "vm-2" } }))).fieldErrors).toEqual({ name: "The plan already has a scenario with this name." });
    expect((await failure(deleteScenario({ actor: theirs.actors.admin, input: { planId: plan.id, scenarioId: scenario.id, version: 1 } }))).code).toBe("NOT_FOUND");
    expect(await db.scenario.count({ where: { planId: plan.id } })).toBe(1);
  });

  it("refuses a scenario name another scenario of the plan has in any letter case, on create and on rename", async () => {
    const org = await makeOrg();
    const { actor, plan } = await setup(org);
    const base = { planId: plan.id, kind: "system" };
    await createScenario({ actor, input: { ...base, key: "site-loss", name: "Site loss" } });
    const name = { name: "The plan already has a scenario with this name." };
    expect((await failure(createScenario({ actor, input: { ...base, key: "site-loss-2", name: "site LOSS" } }))).fieldErrors).toEqual(name);
    // A "_" is a letter of the name, not any character.
    const fire = await createScenario({ actor, input: { ...base, key: "fire", name: "Fire_A" } });
    await createScenario({ actor, input: { ...base, key: "fire-b", name: "FireXa" } });
    const rename = { ...base, scenarioId: fire.id, version: 1, key: "fire" };
    expect((await failure(updateScenario({ actor, input: { ...rename, name: "SITE LOSS" } }))).fieldErrors).toEqual(name);
    expect(await db.scenario.findMany({ where: { planId: plan.id }, select: { name: true }, orderBy: { key: "asc" } })).toEqual([
      { name: "Fire_A" },
      { name: "FireXa" },
      { name: "Site loss" },
    ]);
    // Its own name in another case is its own name.
    await updateScenario({ actor, input: { ...rename, name: "FIRE_A" } });
    expect(await db.scenario.findUniqueOrThrow({ where: { id: fire.id } })).toMatchObject({ name: "FIRE_A", version: 2 });
  });

  it("refuses lost hosts that are not hosts of the plan, naming them, and writes nothing", async () => {
    const org = await makeOrg();
    const { actor, plan } = await setup(org);
    await saveHost({ actor, input: { planId: plan.id, key: "hv01", name: "HV01", ramMiB: "65536", reservedMiB: "0", readyAfterMinutes: "0" } });
    const input = { planId: plan.id, key: "host-loss", name: "Host HV01 lost", kind: "host", lostHostKeys: "hv1" };
    const typo = await failure(createScenario({ actor, input }));
    expect(typo.fieldErrors).toEqual({ lostHostKeys: "Lost hosts: “hv1” is not a host of this plan; choose from its hosts." });
    const two = await failure(createScenario({ actor, input: { ...input, lostHostKeys: "hv01, hv1, hv9" } }));
    expect(two.fieldErrors).toEqual({ lostHostKeys: "Lost hosts: “hv1”, “hv9” are not hosts of this plan; choose from its hosts." });
    expect(await db.scenario.count({ where: { planId: plan.id } })).toBe(0);
    const scenario = await createScenario({ actor, input: { ...input, lostHostKeys: "hv01" } });
    const stale = await failure(updateScenario({ actor, input: { ...input, scenarioId: scenario.id, version: 1, lostHostKeys: "hv02" } }));
    expect(stale.fieldErrors).toEqual({ lostHostKeys: "Lost hosts: “hv02” is not a host of this plan; choose from its hosts." });
    expect(await db.scenario.findUniqueOrThrow({ where: { id: scenario.id } })).toMatchObject({ lostHostKeys: ["hv01"], version: 1 });
  });

  it("updates with optimistic concurrency, replacing its links", async () => {
    const org = await makeOrg();
    const { actor, plan, site, threat } = await setup(org);
    const [a, b] = [await threat("Host failure"), await threat("Firmware bug")];
    const host = { planId: plan.id, ramMiB: "65536", reservedMiB: "0", readyAfterMinutes: "0" };
    await saveHost({ actor, input: { ...host, key: "hv01", name: "HV01" } });
    await saveHost({ actor, input: { ...host, key: "hv02", name: "HV02" } });
    const scenario = await createScenario({ actor, input: { planId: plan.id, key: "host-loss", name: "Host lost", kind: "host", lostHostKeys: "hv01", threatIds: [a.id] } });
    const edit = { planId: plan.id, scenarioId: scenario.id, version: 1, key: "host-loss", name: "Host lost", kind: "host", lostHostKeys: "hv01, hv02,hv01", threatIds: [b.id], lostSiteIds: [site.id] };
    await updateScenario({ actor, input: edit });
    expect((await failure(updateScenario({ actor, input: { ...edit, name: "Stale" } }))).code).toBe("CONFLICT");
    const [row] = await listScenarios({ actor: org.actors.auditor, planId: plan.id });
    expect(row).toMatchObject({ name: "Host lost", lostHostKeys: ["hv01", "hv02"], version: 2 });
    expect(row.threats.map((t) => t.id)).toEqual([b.id]);
    expect(row.lostSites.map((s) => s.id)).toEqual([site.id]);
    // A delete from a page loaded before that edit is refused, saying who changed what, and the scenario stays as it is.
    const stored = await db.scenario.findUniqueOrThrow({ where: { id: scenario.id }, include: { threats: true, lostSites: true } });
    const stale = (await failure(deleteScenario({ actor: org.actors.admin, input: { planId: plan.id, scenarioId: scenario.id, version: 1 } }))) as AppError;
    expect(stale).toMatchObject({ code: "CONFLICT", message: "The scenario was changed after this page was loaded, so it was not deleted." });
    expect(stale.conflict).toMatchObject({ version: 2, by: actor.name, refused: "delete", changes: expect.arrayContaining([expect.objectContaining({ field: "threatIds", from: "Host failure", to: "Firmware bug" })]) });
    expect(await db.scenario.findUniqueOrThrow({ where: { id: scenario.id }, include: { threats: true, lostSites: true } })).toEqual(stored);
    await deleteScenario({ actor, input: { planId: plan.id, scenarioId: scenario.id, version: 2 } });
    expect(await db.scenario.count({ where: { planId: plan.id } })).toBe(0);
  });

  it("reports completeness: threats owned, mitigated and rated residually; scenarios linked to threats", async () => {
    const org = await makeOrg();
    const { actor, plan, owner, threat } = await setup(org);
    expect(await risksCompleteness(org, plan.id)).toBe(0);
    const flood = await threat("Flood");
    expect(await risksStage(org, plan.id)).toMatchObject({
      completeness: 20,
      todo: ["Give 1 threat an owner and a mitigation.", "Rate the residual risk of 1 threat.", "Add the disaster scenarios to plan for."],
    });
    await updateThreat({
      actor,
      input: { planId: plan.id, threatId: flood.id, version: 1, category: "natural", title: "Flood", likelihood: 2, impact: 5, ownerId: owner.id, mitigation: "Raised racking" },
    });
    expect(await risksCompleteness(org, plan.id)).toBe(40);
    await updateThreat({
      actor,
      input: { planId: plan.id, threatId: flood.id, version: 2, category: "natural", title: "Flood", likelihood: 2, impact: 5, ownerId: owner.id, mitigation: "Raised racking", residualLikelihood: 1, residualImpact: 4 },
    });
    expect(await risksCompleteness(org, plan.id)).toBe(60);
    const scenario = await createScenario({ actor, input: { planId: plan.id, key: "vm-loss", name: "One VM lost", kind: "system" } });
    expect(await risksStage(org, plan.id)).toMatchObject({ completeness: 80, todo: ["Link 1 scenario to the threats that could cause it."] });
    await updateScenario({ actor, input: { planId: plan.id, scenarioId: scenario.id, version: 1, key: "vm-loss", name: "One VM lost", kind: "system", threatIds: [flood.id] } });
    expect(await risksCompleteness(org, plan.id)).toBe(100);
  });
});

describe("a risk save that changes nothing", () => {
  const auditRows = (orgId: string, entityId: string) => db.auditLog.count({ where: { orgId, entityId } });

  it("writes no version and no audit row for a threat or a scenario re-saved as stored, and writes a one-field change", async () => {
    const org = await makeOrg();
    const { actor, plan, owner, site, threat } = await setup(org);
    const fire = await threat("Fire", { ownerId: owner.id });
    const threatForm = { planId: plan.id, threatId: fire.id, version: 1, category: "technical", title: "Fire", likelihood: "3", impact: "4", ownerId: owner.id };
    expect(await updateThreat({ actor, input: threatForm })).toMatchObject({ changed: false, version: 1 });
    expect(await db.threat.findUniqueOrThrow({ where: { id: fire.id } })).toMatchObject({ version: 1 });
    expect(await auditRows(org.orgId, fire.id)).toBe(1);
    await updateThreat({ actor, input: { ...threatForm, likelihood: "2" } });
    expect(await db.threat.findUniqueOrThrow({ where: { id: fire.id } })).toMatchObject({ version: 2, likelihood: 2 });
    expect(await auditRows(org.orgId, fire.id)).toBe(2);
    expect((await failure(updateThreat({ actor, input: { ...threatForm, likelihood: "2" } }))).code).toBe("CONFLICT");

    const flood = await threat("Flood");
    const second = await db.site.create({ data: { orgId: org.orgId, name: "Depot" } });
    const scenarioForm = {
      planId: plan.id, key: "site-loss", name: "Site lost", kind: "site", at: "2026-03-14T02:00:00Z", declareMinutes: "30",
      lostSiteIds: [site.id, second.id], threatIds: [fire.id, flood.id], lostHostKeys: "",
    };
    const scenario = await createScenario({ actor, input: scenarioForm });
    // The same instant with its offset, and the same sites and threats ticked in another order.
    const resave = { ...scenarioForm, scenarioId: scenario.id, version: 1, at: "2026-03-14T03:00+01:00", lostSiteIds: [second.id, site.id], threatIds: [flood.id, fire.id] };
    expect(await updateScenario({ actor, input: resave })).toMatchObject({ changed: false, version: 1 });
    expect(await db.scenario.findUniqueOrThrow({ where: { id: scenario.id } })).toMatchObject({ version: 1 });
    expect(await auditRows(org.orgId, scenario.id)).toBe(1);
    await updateScenario({ actor, input: { ...resave, threatIds: [flood.id] } });
    const [row] = await listScenarios({ actor: org.actors.auditor, planId: plan.id });
    expect(row.threats.map((t) => t.id)).toEqual([flood.id]);
    expect(await db.scenario.findUniqueOrThrow({ where: { id: scenario.id } })).toMatchObject({ version: 2 });
    expect(await auditRows(org.orgId, scenario.id)).toBe(2);
  });
});

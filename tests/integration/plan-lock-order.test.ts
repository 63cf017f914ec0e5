import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { createPerson } from "@/lib/people/create-person";
import { addCommitteeMember } from "@/lib/committee/add-committee-member";
import { updateCommitteeMember } from "@/lib/committee/update-committee-member";
import { removeCommitteeMember } from "@/lib/committee/remove-committee-member";
import { createExercise } from "@/lib/exercises/create-exercise";
import { updateExercise } from "@/lib/exercises/update-exercise";
import { deleteExercise } from "@/lib/exercises/delete-exercise";
import { updateSystem } from "@/lib/systems/update-system";
import { updateVmFacts } from "@/lib/recovery/setup/update-vm-facts";
import { saveHost } from "@/lib/recovery/setup/save-host";
import { deleteHost } from "@/lib/recovery/setup/delete-host";
import { createFinding } from "@/lib/findings/create-finding";
import { createScenario } from "@/lib/risks/create-scenario";
import { updateScenario } from "@/lib/risks/update-scenario";
import { makeOrg } from "./factories";
import { racePlanLock } from "./interleave";



describe("writes of a plan's content at the same moment", () => {
  it("serialises making a member the chair and removing them, rather than failing one as a deadlock: the removal is refused as stale", async () => {
    const org = await makeOrg("Lock order");
    const actor = org.actors.committee;
    const plan = await createPlan({ actor, input: { name: "Bristol" } });
    const ann = await createPerson({ actor, input: { name: "Ann", afterHoursPhone: "07700 900000" } });
    const member = await addCommitteeMember({ actor, input: { planId: plan.id, personId: ann.id, functionalArea: "Operations", role: "member" } });
    const outcomes = await racePlanLock({
      planId: plan.id,
      first: () => updateCommitteeMember({ actor, input: { planId: plan.id, memberId: member.id, version: 1, functionalArea: "Operations", role: "chair" } }),
      second: () => removeCommitteeMember({ actor, input: { planId: plan.id, memberId: member.id, version: 1 } }),
    });
    expect(outcomes).toEqual(["done", "CONFLICT"]);
    expect(await db.committeeMember.findFirstOrThrow({ where: { planId: plan.id } })).toMatchObject({ role: "chair", version: 2 });
  });

  it("serialises deleting a test and editing it, rather than failing one as a deadlock: the edit finds it gone", async () => {
    const org = await makeOrg("Lock order");
    const actor = org.actors.committee;
    const plan = await createPlan({ actor, input: { name: "Bristol" } });
    const test = { planId: plan.id, type: "walkthrough", title: "Call tree", conductedOn: "2026-09-01", result: "passed" };
    const created = await createExercise({ actor, input: test });
    const outcomes = await racePlanLock({
      planId: plan.id,
      first: () => deleteExercise({ actor, input: { planId: plan.id, exerciseId: created.id, version: 1 } }),
      second: () => updateExercise({ actor, input: { ...test, exerciseId: created.id, version: 1, title: "Call tree at night" } }),
    });
    expect(outcomes).toEqual(["done", "NOT_FOUND"]);
  });

  // An insert bumps the plan before its foreign key is checked, so this was no deadlock: the finding
  // failed on its test's foreign key, a database error, once the deletion had committed.
  it("serialises deleting a test and recording a finding of it: the finding is refused as the test is gone", async () => {
    const org = await makeOrg("Lock order");
    const actor = org.actors.committee;
    const plan = await createPlan({ actor, input: { name: "Bristol" } });
    const ann = await createPerson({ actor, input: { name: "Ann", afterHoursPhone: "07700 900000" } });
    const created = await createExercise({ actor, input: { planId: plan.id, type: "walkthrough", title: "Call tree", conductedOn: "2026-09-01", result: "passed" } });
    const outcomes = await racePlanLock({
      planId: plan.id,
      first: () => deleteExercise({ actor, input: { planId: plan.id, exerciseId: created.id, version: 1 } }),
      second: () => createFinding({ actor, input: { planId: plan.id, exerciseId: created.id, description: "Night numbers out of date", severity: "high", ownerId: ann.id, dueOn: "2026-12-15" } }),
    });
    expect(outcomes).toEqual(["done", "NOT_FOUND"]);
    expect(await db.finding.count({ where: { planId: plan.id } })).toBe(0);
  });

  it("serialises moving a system onto a host and deleting the host, rather than failing one as a deadlock: the deletion is refused", async () => {
    const org = await makeOrg("Lock order");
    const actor = org.actors.committee;
    const plan = await createPlan({ actor, input: { name: "Bristol" } });
    const dc = await db.system.create({ data: { orgId: org.orgId, planId: plan.id, name: "DC01" } });
    const sql = await db.system.create({ data: { orgId: org.orgId, planId: plan.id, name: "SQL01" } });
    const hv = await saveHost({ actor, input: { planId: plan.id, key: "hv01", name: "HV01", ramMiB: "131072", reservedMiB: "4096", readyAfterMinutes: "0" } });
    const outcomes = await racePlanLock({
      planId: plan.id,
      first: () => updateVmFacts({ actor, input: { planId: plan.id, systemId: sql.id, version: "1", hostId: hv.id, bootMinutes: "10", verifyMinutes: "15", priority: "1", dependsOnIds: [dc.id], recoveryHosts: {} } }),
      second: () => deleteHost({ actor, input: { planId: plan.id, id: hv.id, version: "1" } }),
    });
    expect(outcomes).toEqual(["done", "CONFLICT"]);
    expect(await db.system.findUniqueOrThrow({ where: { id: sql.id } })).toMatchObject({ hostId: hv.id });
  });

  it("serialises deleting a host and editing it, rather than failing one as a deadlock: the edit finds it gone", async () => {
    const org = await makeOrg("Lock order");
    const actor = org.actors.committee;
    const plan = await createPlan({ actor, input: { name: "Bristol" } });
    const host = { planId: plan.id, key: "hv01", name: "HV01", ramMiB: "131072", reservedMiB: "4096", readyAfterMinutes: "0" };
    const hv = await saveHost({ actor, input: host });
    const outcomes = await racePlanLock({
      planId: plan.id,
      first: () => deleteHost({ actor, input: { planId: plan.id, id: hv.id, version: "1" } }),
      second: () => saveHost({ actor, input: { ...host, hostId: hv.id, version: "1", ramMiB: "262144" } }),
    });
    expect(outcomes).toEqual(["done", "NOT_FOUND"]);
    expect(await db.host.count({ where: { planId: plan.id } })).toBe(0);
  });

  // Scenarios name their lost hosts by key, with no foreign key to stop a host going: only the
  // deletion's check of the scenarios (under the plan's lock) and the scenario's check of the hosts
  // (under the same lock, decision 74) keep a scenario from losing a host that no longer exists.
  it("serialises deleting a host and a new scenario losing it: the scenario is refused, never left naming a host that is gone", async () => {
    const org = await makeOrg("Lock order");
    const actor = org.actors.committee;
    const plan = await createPlan({ actor, input: { name: "Bristol" } });
    const hv = await saveHost({ actor, input: { planId: plan.id, key: "hv01", name: "HV01", ramMiB: "131072", reservedMiB: "4096", readyAfterMinutes: "0" } });
    const outcomes = await racePlanLock({
      planId: plan.id,
      first: () => deleteHost({ actor, input: { planId: plan.id, id: hv.id, version: "1" } }),
      second: () => createScenario({ actor, input: { planId: plan.id, name: "HV01 lost", kind: "host", lostHostKeys: "hv01" } }),
    });
    expect(outcomes).toEqual(["done", "VALIDATION"]);
    expect(await db.scenario.count({ where: { planId: plan.id } })).toBe(0);
  });

  it("serialises deleting a host and a scenario edited to lose it: the edit is refused, never left naming a host that is gone", async () => {
    const org = await makeOrg("Lock order");
    const actor = org.actors.committee;
    const plan = await createPlan({ actor, input: { name: "Bristol" } });
    const hv = await saveHost({ actor, input: { planId: plan.id, key: "hv01", name: "HV01", ramMiB: "131072", reservedMiB: "4096", readyAfterMinutes: "0" } });
    await saveHost({ actor, input: { planId: plan.id, key: "hv02", name: "HV02", ramMiB: "131072", reservedMiB: "4096", readyAfterMinutes: "0" } });
    const scenario = { planId: plan.id, key: "host-lost", name: "A host lost", kind: "host", lostHostKeys: "hv02" };
    const created = await createScenario({ actor, input: scenario });
    const outcomes = await racePlanLock({
      planId: plan.id,
      first: () => deleteHost({ actor, input: { planId: plan.id, id: hv.id, version: "1" } }),
      second: () => updateScenario({ actor, input: { ...scenario, scenarioId: created.id, version: 1, lostHostKeys: "hv01, hv02" } }),
    });
    expect(outcomes).toEqual(["done", "VALIDATION"]);
    expect(await db.scenario.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ lostHostKeys: ["hv02"], version: 1 });
  });

  it("serialises a system's recovery facts with a dependency and its register entry, rather than failing one as a deadlock", async () => {
    const org = await makeOrg("Lock order");
    const actor = org.actors.committee;
    const plan = await createPlan({ actor, input: { name: "Bristol" } });
    const dc = await db.system.create({ data: { orgId: org.orgId, planId: plan.id, name: "DC01" } });
    const sql = await db.system.create({ data: { orgId: org.orgId, planId: plan.id, name: "SQL01" } });
    const outcomes = await racePlanLock({
      planId: plan.id,
      first: () => updateVmFacts({ actor, input: { planId: plan.id, systemId: sql.id, version: "1", bootMinutes: "10", verifyMinutes: "15", priority: "1", dependsOnIds: [dc.id], recoveryHosts: {} } }),
      second: () => updateSystem({ actor, input: { planId: plan.id, systemId: sql.id, name: "SQL01", kind: "vm", description: "SQL Server", version: 1 } }),
    });
    expect(outcomes).toEqual(["done", "done"]);
    expect(await db.system.findUniqueOrThrow({ where: { id: sql.id } })).toMatchObject({ priority: 1, description: "SQL Server", version: 2, recoveryVersion: 2 });
  });
});

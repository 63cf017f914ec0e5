import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { createFunction } from "@/lib/bia/create-function";
import { getFunction } from "@/lib/bia/get-function";
import { updateFunction } from "@/lib/bia/update-function";
import { updateFunctionDependencies } from "@/lib/bia/update-function-dependencies";
import { createPerson } from "@/lib/people/create-person";
import { updatePerson } from "@/lib/people/update-person";
import { addCommitteeMember } from "@/lib/committee/add-committee-member";
import { updateCommitteeMember } from "@/lib/committee/update-committee-member";
import { createErtRole } from "@/lib/committee/create-ert-role";
import { updateErtRole } from "@/lib/committee/update-ert-role";
import { createThreat } from "@/lib/risks/create-threat";
import { updateThreat } from "@/lib/risks/update-threat";
import { makeOrg, refused } from "./factories";

async function setup() {
  const org = await makeOrg("Concurrency");
  const plan = await createPlan({ actor: org.actors.committee, input: { name: "Bristol" } });
  const fn = await createFunction({ actor: org.actors.committee, input: { planId: plan.id, name: "Order taking" } });
  // The entry both people open: RTO 4 h, no description, no cost.
  await updateFunction({ actor: org.actors.committee, input: { planId: plan.id, functionId: fn.id, version: 1, name: "Order taking", rtoMinutes: "4h" } });
  return { ...org, plan, fn };
}

describe("optimistic concurrency", () => {
  it("refuses the second of two saves of a function's impact analysis with the first person's change, and lets it overwrite knowingly", async () => {
    const { actors, plan, fn } = await setup();
    const alex = actors.admin;
    const priya = actors.committee;
    const loaded = (await getFunction({ actor: priya, planId: plan.id, functionId: fn.id })).fn.version;
    const base = { planId: plan.id, functionId: fn.id, version: loaded, name: "Order taking" };

    await updateFunction({ actor: alex, input: { ...base, rtoMinutes: "8h", description: "Night shift takes phone orders" } });
    const stale = await refused(updateFunction({ actor: priya, input: { ...base, rtoMinutes: "2h", costPerHour: "500" } }));

    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toBe("Someone else changed this function's impact analysis while you were editing.");
    expect(stale.conflict).toMatchObject({ version: loaded + 1, by: alex.name });
    expect(Date.parse(stale.conflict?.at ?? "")).not.toBeNaN();
    expect(stale.conflict?.changes).toEqual([
      { field: "description", label: "Description", from: "—", to: "Night shift takes phone orders" },
      { field: "rtoMinutes", label: "RTO", from: "4 h", to: "8 h" },
    ]);
    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: fn.id } })).toMatchObject({
      rtoMinutes: 480,
      costPerHour: null,
      description: "Night shift takes phone orders",
      version: loaded + 1,
    });

    await updateFunction({ actor: priya, input: { ...base, version: stale.conflict?.version, rtoMinutes: "2h", costPerHour: "500" } });
    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: fn.id } })).toMatchObject({ rtoMinutes: 120, costPerHour: 500, description: "", version: loaded + 2 });
    const writes = await db.auditLog.findMany({ where: { entityId: fn.id, action: "function.updated" }, orderBy: { createdAt: "asc" }, select: { actorId: true } });
    expect(writes.map((w) => w.actorId)).toEqual([priya.userId, alex.userId, priya.userId]);
  });

  it("shows every change made since the version a form started from, named, for the dependencies too", async () => {
    const { orgId, actors, plan, fn } = await setup();
    const erp = await db.system.create({ data: { orgId, planId: plan.id, name: "ERP-APP" } });
    const tom = await createPerson({ actor: actors.committee, input: { name: "Tom Reed" } });
    const deps = { planId: plan.id, functionId: fn.id, version: 1 };
    await updateFunctionDependencies({ actor: actors.admin, input: { ...deps, systemIds: [erp.id] } });
    await updateFunctionDependencies({ actor: actors.admin, input: { ...deps, version: 2, systemIds: [erp.id], keyPersonIds: [tom.id], vitalRecords: "Price lists" } });

    const stale = await refused(updateFunctionDependencies({ actor: actors.committee, input: { ...deps, vitalRecords: "Order book" } }));
    expect(stale.conflict).toMatchObject({ version: 3, by: actors.admin.name });
    expect(stale.conflict?.changes).toEqual([
      { field: "systemIds", label: "IT systems", from: "none", to: "ERP-APP" },
      { field: "keyPersonIds", label: "Key people", from: "none", to: "Tom Reed" },
      { field: "vitalRecords", label: "Vital records", from: "none", to: "Price lists" },
    ]);
    const row = await db.businessFunction.findUniqueOrThrow({ where: { id: fn.id }, include: { systems: true } });
    expect(row).toMatchObject({ vitalRecords: ["Price lists"], dependenciesVersion: 3 });
  });

  it("lets one person save the impact analysis and then the dependencies in turn without conflicting with themselves", async () => {
    const { actors, plan, fn } = await setup();
    const { fn: loaded } = await getFunction({ actor: actors.committee, planId: plan.id, functionId: fn.id });
    const impact = { planId: plan.id, functionId: fn.id, name: "Order taking" };
    const deps = { planId: plan.id, functionId: fn.id };

    const first = await updateFunction({ actor: actors.committee, input: { ...impact, version: loaded.version, rpoMinutes: "15min" } });
    const second = await updateFunctionDependencies({ actor: actors.committee, input: { ...deps, version: loaded.dependenciesVersion, vitalRecords: "Order book" } });
    // Each form goes on with the version its own save returned.
    await updateFunction({ actor: actors.committee, input: { ...impact, version: first.function.version, rpoMinutes: "30min" } });
    await updateFunctionDependencies({ actor: actors.committee, input: { ...deps, version: second.dependenciesVersion, vitalRecords: "Order book\nPrice lists" } });

    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: fn.id } })).toMatchObject({
      rpoMinutes: 30,
      vitalRecords: ["Order book", "Price lists"],
      version: loaded.version + 2,
      dependenciesVersion: loaded.dependenciesVersion + 2,
    });
    // A second person who loaded the page before all that is still refused, section by section.
    expect((await refused(updateFunction({ actor: actors.admin, input: { ...impact, version: loaded.version } }))).code).toBe("CONFLICT");
    expect((await refused(updateFunctionDependencies({ actor: actors.admin, input: { ...deps, version: loaded.dependenciesVersion } }))).code).toBe("CONFLICT");
  });

  it("edits a committee member in place, audited, refusing a stale edit with the other person's change", async () => {
    const { orgId, actors, plan } = await setup();
    const ann = await createPerson({ actor: actors.committee, input: { name: "Ann" } });
    const member = await addCommitteeMember({ actor: actors.committee, input: { planId: plan.id, personId: ann.id, functionalArea: "Operations", role: "member" } });
    const edit = { planId: plan.id, memberId: member.id, version: member.version };

    const blank = await refused(updateCommitteeMember({ actor: actors.admin, input: { ...edit, functionalArea: " ", role: "chair" } }));
    expect(blank.fieldErrors).toEqual({ functionalArea: "Say which functional area they represent." });
    await updateCommitteeMember({ actor: actors.admin, input: { ...edit, functionalArea: "Logistics", role: "member" } });
    const stale = await refused(updateCommitteeMember({ actor: actors.committee, input: { ...edit, functionalArea: "Operations", role: "chair" } }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.conflict).toMatchObject({
      version: 2,
      by: actors.admin.name,
      changes: [{ field: "functionalArea", label: "Functional area", from: "Operations", to: "Logistics" }],
    });
    expect(await db.committeeMember.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ functionalArea: "Logistics", role: "member", version: 2 });

    await updateCommitteeMember({ actor: actors.committee, input: { ...edit, version: 2, functionalArea: "Operations", role: "chair" } });
    expect(await db.committeeMember.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ functionalArea: "Operations", role: "chair", version: 3 });
    const audit = await db.auditLog.findMany({ where: { orgId, entityId: member.id, action: "committee.member-updated" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.before, a.after])).toEqual([
      [{ functionalArea: "Operations", role: "member" }, { functionalArea: "Logistics", role: "member" }],
      [{ functionalArea: "Logistics", role: "member" }, { functionalArea: "Operations", role: "chair" }],
    ]);

    const other = await makeOrg("Other");
    expect((await refused(updateCommitteeMember({ actor: other.actors.admin, input: { ...edit, version: 3, functionalArea: "Hijack", role: "member" } }))).code).toBe("NOT_FOUND");
    expect((await refused(updateCommitteeMember({ actor: actors.auditor, input: { ...edit, version: 3, functionalArea: "Hijack", role: "member" } }))).code).toBe("FORBIDDEN");
    expect(await db.committeeMember.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ functionalArea: "Operations", version: 3 });
  });
});

describe("the same conflict details for other records", () => {
  it("names who changed an ERT role, a threat and a person, and what, with linked records by name", async () => {
    const { actors, plan } = await setup();
    const [ann, ben] = await Promise.all([createPerson({ actor: actors.committee, input: { name: "Ann" } }), createPerson({ actor: actors.committee, input: { name: "Ben" } })]);
    const role = await createErtRole({ actor: actors.committee, input: { planId: plan.id, title: "Incident lead", primaryId: ann.id } });
    const roleEdit = { planId: plan.id, roleId: role.id, version: 1, title: "Incident lead", primaryId: ann.id };
    await updateErtRole({ actor: actors.admin, input: { ...roleEdit, alternateId: ben.id } });
    const staleRole = await refused(updateErtRole({ actor: actors.committee, input: { ...roleEdit, responsibilities: "Calls the team" } }));
    expect(staleRole.conflict).toMatchObject({ version: 2, by: actors.admin.name, changes: [{ field: "alternateId", label: "Alternate", from: "—", to: "Ben" }] });
    expect(await db.ertRole.findUniqueOrThrow({ where: { id: role.id } })).toMatchObject({ alternateId: ben.id, responsibilities: "", version: 2 });

    const threat = await createThreat({ actor: actors.committee, input: { planId: plan.id, category: "technical", title: "Power cut", likelihood: "3", impact: "3" } });
    const threatEdit = { planId: plan.id, threatId: threat.id, version: 1, category: "technical", title: "Power cut", likelihood: "3", impact: "3" };
    await updateThreat({ actor: actors.admin, input: { ...threatEdit, likelihood: "4", ownerId: ann.id } });
    const staleThreat = await refused(updateThreat({ actor: actors.committee, input: { ...threatEdit, mitigation: "Generator" } }));
    expect(staleThreat.conflict?.changes).toEqual([
      { field: "likelihood", label: "Likelihood", from: "3", to: "4" },
      { field: "ownerId", label: "Owner", from: "—", to: "Ann" },
    ]);
    expect(await db.threat.findUniqueOrThrow({ where: { id: threat.id } })).toMatchObject({ likelihood: 4, mitigation: "", version: 2 });

    const department = await db.department.create({ data: { orgId: plan.orgId, name: "Warehouse" } });
    const personEdit = { personId: ann.id, version: 1, name: "Ann" };
    await updatePerson({ actor: actors.admin, input: { ...personEdit, departmentId: department.id, notes: "Keyholder" } });
    const stalePerson = await refused(updatePerson({ actor: actors.committee, input: { ...personEdit, afterHoursPhone: "07700 900555" } }));
    expect(stalePerson.conflict?.changes).toEqual([
      { field: "departmentId", label: "Department", from: "—", to: "Warehouse" },
      { field: "notes", label: "Notes", from: "—", to: "Keyholder" },
    ]);
    expect(await db.person.findUniqueOrThrow({ where: { id: ann.id } })).toMatchObject({ notes: "Keyholder", afterHoursPhone: "", version: 2 });
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { createPerson } from "@/lib/people/create-person";
import { updatePerson } from "@/lib/people/update-person";
import { deletePerson } from "@/lib/people/delete-person";
import { exportPeople } from "@/lib/people/export-people";
import { importPeople } from "@/lib/people/import-people";
import { addCommitteeMember } from "@/lib/committee/add-committee-member";
import { createExercise } from "@/lib/exercises/create-exercise";
import { createFinding } from "@/lib/findings/create-finding";
import { createProduct } from "@/lib/bia/create-product";
import { renameDepartment } from "@/lib/departments/rename-department";
import { saveSite } from "@/lib/recovery/setup/save-site";
import { saveHost } from "@/lib/recovery/setup/save-host";
import { updateBiaSettings } from "@/lib/settings/update-bia-settings";
import { DEFAULT_IMPACT_CATEGORIES } from "@/lib/bia/impact";
import { makeOrg } from "./factories";
import { racePlanLock } from "./interleave";



describe("a write of an organisation's record and a save naming it in a plan, at the same moment", () => {
  it("serialises renaming a person and seating them on a plan's committee, rather than failing one as a deadlock", async () => {
    const org = await makeOrg("Org lock order");
    const actor = org.actors.committee;
    const plan = await createPlan({ actor, input: { name: "Bristol" } });
    const ann = await createPerson({ actor, input: { name: "Ann", afterHoursPhone: "07700 900000" } });
    await db.plan.update({ where: { id: plan.id }, data: { sponsorId: ann.id } });
    const outcomes = await racePlanLock({
      planId: plan.id,
      first: () => addCommitteeMember({ actor, input: { planId: plan.id, personId: ann.id, functionalArea: "Operations", role: "member" } }),
      second: () => updatePerson({ actor, input: { personId: ann.id, version: 1, name: "Ann Lee", afterHoursPhone: "07700 900000" } }),
    });
    expect(outcomes).toEqual(["done", "done"]);
    expect(await db.committeeMember.findFirstOrThrow({ where: { planId: plan.id }, include: { person: true } })).toMatchObject({ person: { name: "Ann Lee", version: 2 } });
  });

  it("serialises deleting a person and making them a finding's owner, rather than failing one as a deadlock: the deletion is refused", async () => {
    const org = await makeOrg("Org lock order");
    const actor = org.actors.committee;
    const plan = await createPlan({ actor, input: { name: "Bristol" } });
    const ann = await createPerson({ actor, input: { name: "Ann", afterHoursPhone: "07700 900000" } });
    // A call list names Ann, which does not stop her deletion but is bumped by it.
    await db.inventoryItem.create({ data: { orgId: org.orgId, planId: plan.id, kind: "call_list", label: "Ann", data: { order: 1, person: ann.id } } });
    const test = await createExercise({ actor, input: { planId: plan.id, type: "walkthrough", title: "Call tree", conductedOn: "2026-09-01", result: "passed" } });
    const outcomes = await racePlanLock({
      planId: plan.id,
      first: () => createFinding({ actor, input: { planId: plan.id, exerciseId: test.id, description: "Night numbers out of date", severity: "high", ownerId: ann.id, dueOn: "2026-12-15" } }),
      second: () => deletePerson({ actor, input: { personId: ann.id, version: 1 } }),
    });
    expect(outcomes).toEqual(["done", "CONFLICT"]);
    expect(await db.finding.findFirstOrThrow({ where: { planId: plan.id } })).toMatchObject({ ownerId: ann.id });
  });

  it("serialises renaming a person by importing the People register and seating them on a plan's committee, rather than failing one as a deadlock", async () => {
    const org = await makeOrg("Org lock order");
    const actor = org.actors.committee;
    const plan = await createPlan({ actor, input: { name: "Bristol" } });
    const ann = await createPerson({ actor, input: { name: "Ann", afterHoursPhone: "07700 900000" } });
    await db.plan.update({ where: { id: plan.id }, data: { sponsorId: ann.id } });
    const { csv } = await exportPeople({ actor });
    expect(csv).toContain("\r\nAnn,");
    const file = new File([csv.replace("\r\nAnn,", "\r\nAnn Lee,")], "people.csv", { type: "text/csv" });
    const outcomes = await racePlanLock({
      planId: plan.id,
      first: () => addCommitteeMember({ actor, input: { planId: plan.id, personId: ann.id, functionalArea: "Operations", role: "member" } }),
      second: () => importPeople({ actor, input: {}, file }),
    });
    expect(outcomes).toEqual(["done", "done"]);
    expect(await db.committeeMember.findFirstOrThrow({ where: { planId: plan.id }, include: { person: true } })).toMatchObject({ person: { name: "Ann Lee", version: 2 } });
  });

  it("serialises renaming a department and putting a plan's product in it, rather than failing one as a deadlock", async () => {
    const org = await makeOrg("Org lock order");
    const actor = org.actors.committee;
    const plan = await createPlan({ actor, input: { name: "Bristol" } });
    const warehouse = await db.department.create({ data: { orgId: org.orgId, name: "Warehouse" } });
    await createProduct({ actor, input: { planId: plan.id, name: "Trade wholesale", departmentId: warehouse.id } });
    const outcomes = await racePlanLock({
      planId: plan.id,
      first: () => createProduct({ actor, input: { planId: plan.id, name: "Trade retail", departmentId: warehouse.id } }),
      second: () => renameDepartment({ actor: org.actors.admin, input: { departmentId: warehouse.id, name: "Warehouse and logistics", version: 1 } }),
    });
    expect(outcomes).toEqual(["done", "done"]);
    expect(await db.product.findFirstOrThrow({ where: { planId: plan.id, name: "Trade retail" }, include: { department: true } })).toMatchObject({ department: { name: "Warehouse and logistics" } });
  });

  it("serialises renaming a site and putting a plan's host on it, rather than failing one as a deadlock", async () => {
    const org = await makeOrg("Org lock order");
    const actor = org.actors.committee;
    const plan = await createPlan({ actor, input: { name: "Bristol" } });
    const office = await saveSite({ actor, input: { name: "Head office", kind: "office" } });
    const host = { planId: plan.id, siteId: office.id, ramMiB: "131072", reservedMiB: "4096", readyAfterMinutes: "0" };
    await saveHost({ actor, input: { ...host, key: "hv01", name: "HV01" } });
    const outcomes = await racePlanLock({
      planId: plan.id,
      first: () => saveHost({ actor, input: { ...host, key: "hv02", name: "HV02" } }),
      second: () => saveSite({ actor, input: { siteId: office.id, name: "Head office, Bristol", kind: "office", version: 1 } }),
    });
    expect(outcomes).toEqual(["done", "done"]);
    expect(await db.host.findFirstOrThrow({ where: { planId: plan.id, key: "hv02" }, include: { site: true } })).toMatchObject({ site: { name: "Head office, Bristol" } });
  });

  // Two writes that each lock several plans: the settings' trigger takes them in the order it finds
  // them, the person's edit in id order. Without the same order each held a plan the other waited for.
  it("serialises changing the impact categories and editing a person, rather than failing one as a deadlock", async () => {
    const org = await makeOrg("Org lock order");
    const actor = org.actors.committee;
    // Stored in the other order than their ids', as plans come to be after updates.
    const zed = await db.plan.create({ data: { id: `z${org.orgId}`, orgId: org.orgId, name: "Zed" } });
    const ash = await db.plan.create({ data: { id: `a${org.orgId}`, orgId: org.orgId, name: "Ash" } });
    expect(ash.id < zed.id).toBe(true);
    const ann = await createPerson({ actor, input: { name: "Ann", afterHoursPhone: "07700 900000" } });
    const { impactHorizonsMinutes } = await db.organization.findUniqueOrThrow({ where: { id: org.orgId } });
    const horizons = impactHorizonsMinutes.map((minutes) => `${minutes}m`).join(", ");
    const outcomes = await racePlanLock({
      planId: ash.id,
      first: () => updatePerson({ actor, input: { personId: ann.id, version: 1, name: "Ann Lee", afterHoursPhone: "07700 900000" } }),
      second: () => updateBiaSettings({ actor: org.actors.admin, input: { horizons, intolerableRating: "major", categories: DEFAULT_IMPACT_CATEGORIES.slice(0, 4), version: 1 } }),
    });
    expect(outcomes).toEqual(["done", "done"]);
    expect(await db.plan.findMany({ where: { orgId: org.orgId }, orderBy: { id: "asc" }, select: { contentRevision: true } })).toEqual([{ contentRevision: 1 }, { contentRevision: 1 }]);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { createPerson } from "@/lib/people/create-person";
import { updatePerson } from "@/lib/people/update-person";
import { deletePerson } from "@/lib/people/delete-person";
import { listPeople } from "@/lib/people/list-people";
import { addCommitteeMember } from "@/lib/committee/add-committee-member";
import { createThreat } from "@/lib/risks/create-threat";
import { createErtRole } from "@/lib/committee/create-ert-role";
import { deleteErtRole } from "@/lib/committee/delete-ert-role";
import { getPerson } from "@/lib/people/get-person";
import { registerOf } from "@/lib/inventories/registers";
import type { AppError } from "@/lib/errors";
import { failure, makeOrg } from "./factories";

describe("people register", () => {
  it("adds a person with an audit row, scoped to the organisation", async () => {
    const { orgId, actors } = await makeOrg();
    const department = await db.department.create({ data: { orgId, name: "IT" } });
    const person = await createPerson({
      actor: actors.committee,
      input: { name: " Ravi Patel ", jobTitle: "IT lead", departmentId: department.id, email: "ravi@example.test", afterHoursPhone: "07700 900999" },
    });
    expect(await db.person.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
      orgId,
      name: "Ravi Patel",
      departmentId: department.id,
      afterHoursPhone: "07700 900999",
      version: 1,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId, entityId: person.id } });
    expect(audit).toMatchObject({ action: "person.created", after: { name: "Ravi Patel" } });
  });

  it("refuses invalid input and another organisation's department, writing nothing", async () => {
    const mine = await makeOrg();
    const theirs = await makeOrg();
    const foreign = await db.department.create({ data: { orgId: theirs.orgId, name: "Finance" } });
    const blank = await failure(createPerson({ actor: mine.actors.admin, input: { name: " ", email: "not-an-address" } }));
    expect(blank.code).toBe("VALIDATION");
    expect(blank.fieldErrors).toMatchObject({ name: "Enter the person's name.", email: "Enter an e-mail address like name@example.com." });
    // An address longer than mail allows (254) is refused at the field, not by the database's index.
    const long = await failure(createPerson({ actor: mine.actors.admin, input: { name: "Eve", email: `${"x".repeat(12_000)}@fuzz.example` } }));
    expect(long.fieldErrors).toEqual({ email: "Keep the e-mail address under 254 characters." });
    const crossOrg = await failure(createPerson({ actor: mine.actors.admin, input: { name: "Eve", departmentId: foreign.id } }));
    expect(crossOrg.fieldErrors).toEqual({ departmentId: "Choose one of the organisation's departments." });
    expect(await db.person.count({ where: { orgId: mine.orgId } })).toBe(0);
    expect(await db.auditLog.count({ where: { orgId: mine.orgId } })).toBe(0);
  });

  it("refuses a phone field that is not a phone number, naming the field, and keeps numbers as written", async () => {
    const { orgId, actors } = await makeOrg();
    const number = "enter a phone number of at least six digits, written with digits, spaces and + - ( ) ., and an optional extension (like 0117 496 0101 ext. 204)";
    const rule = `${number}.`;
    const words = await failure(createPerson({ actor: actors.committee, input: { name: "Eve", afterHoursPhone: "call reception and ask", mobilePhone: "12345", workPhone: "12" } }));
    expect(words.fieldErrors).toEqual({
      afterHoursPhone: `24/7 phone: ${rule}`,
      // A mobile is called from outside the building; an office phone may be an internal extension.
      mobilePhone: `Mobile phone: ${number}; an internal extension on its own cannot be dialled from outside the building.`,
      workPhone: `Work phone: ${number}, or an internal extension of three to five digits (like 4021 or ext. 4021).`,
    });
    expect(await db.person.count({ where: { orgId } })).toBe(0);
    const person = await createPerson({
      actor: actors.committee,
      input: { name: "Eve", afterHoursPhone: "+44 (0)117 496-0101 ext. 12", workPhone: "0117.496.0101", mobilePhone: "07700 900999" },
    });
    expect(await db.person.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ afterHoursPhone: "+44 (0)117 496-0101 ext. 12", workPhone: "0117.496.0101" });
    const desk = await createPerson({ actor: actors.committee, input: { name: "Sam", workPhone: "ext. 4021" } });
    expect(await db.person.findUniqueOrThrow({ where: { id: desk.id } })).toMatchObject({ workPhone: "ext. 4021" });
    const edit = await failure(updatePerson({ actor: actors.committee, input: { personId: person.id, version: 1, name: "Eve", mobilePhone: "n/a" } }));
    expect(edit.fieldErrors).toEqual({ mobilePhone: `Mobile phone: ${rule}` });
  });

  it("marks a plan changed only when a save changes what its snapshot holds of the person", async () => {
    const { orgId, actors } = await makeOrg();
    const actor = actors.committee;
    const department = await db.department.create({ data: { orgId, name: "IT" } });
    const seatedIn = await createPlan({ actor, input: { name: "Depot" } });
    const ownerIn = await createPlan({ actor, input: { name: "Cold store" } });
    const kim = await createPerson({ actor, input: { name: "Kim Lee", afterHoursPhone: "07700 900111", notes: "Keyholder" } });
    await addCommitteeMember({ actor, input: { planId: seatedIn.id, personId: kim.id, functionalArea: "Operations", role: "member" } });
    await createThreat({ actor, input: { planId: ownerIn.id, category: "technical", title: "Power cut", likelihood: 3, impact: 4, ownerId: kim.id } });
    const revisions = async () =>
      (await db.plan.findMany({ where: { id: { in: [seatedIn.id, ownerIn.id] } }, orderBy: { name: "desc" }, select: { contentRevision: true } })).map((p) => p.contentRevision);
    const audits = () => db.auditLog.count({ where: { orgId, entityId: kim.id, action: "person.updated" } });
    const form = { personId: kim.id, name: "Kim Lee", jobTitle: "", departmentId: "", email: "", workPhone: "", mobilePhone: "", afterHoursPhone: "07700 900111", notes: "Keyholder" };
    const [seated0, owner0] = await revisions();

    // The same values again: nothing is written, no version, no audit row, no plan marked.
    const same = await updatePerson({ actor, input: { ...form, version: 1 } });
    expect(same).toMatchObject({ changed: false, version: 1 });
    expect(await db.person.findUniqueOrThrow({ where: { id: kim.id } })).toMatchObject({ version: 1 });
    expect(await audits()).toBe(0);
    expect(await revisions()).toEqual([seated0, owner0]);

    // Notes and department are not in any approved snapshot.
    await updatePerson({ actor, input: { ...form, version: 1, notes: "Keyholder, alarm code holder", departmentId: department.id } });
    expect(await db.person.findUniqueOrThrow({ where: { id: kim.id } })).toMatchObject({ version: 2, departmentId: department.id });
    expect(await audits()).toBe(1);
    expect(await revisions()).toEqual([seated0, owner0]);

    // A contact number is in the snapshot where the plan lists them as a contact, not where it only names them.
    await updatePerson({ actor, input: { ...form, version: 2, notes: "Keyholder, alarm code holder", departmentId: department.id, afterHoursPhone: "07700 900222" } });
    const [seated1, owner1] = await revisions();
    expect(seated1).toBeGreaterThan(seated0);
    expect(owner1).toBe(owner0);

    // A new name is in every snapshot that names them.
    await updatePerson({ actor, input: { ...form, version: 3, name: "Kim Reed", notes: "Keyholder, alarm code holder", departmentId: department.id, afterHoursPhone: "07700 900222" } });
    const [seated2, owner2] = await revisions();
    expect(seated2).toBeGreaterThan(seated1);
    expect(owner2).toBeGreaterThan(owner1);
  });

  it("lets only admin and committee change the register", async () => {
    const { orgId, actors } = await makeOrg();
    for (const role of ["executive", "auditor"] as const) {
      expect((await failure(createPerson({ actor: actors[role], input: { name: "Nobody" } }))).code).toBe("FORBIDDEN");
    }
    expect(await db.person.count({ where: { orgId } })).toBe(0);
  });

  it("updates with optimistic concurrency and answers not-found across organisations", async () => {
    const mine = await makeOrg();
    const theirs = await makeOrg();
    const person = await createPerson({ actor: mine.actors.committee, input: { name: "Sam Lee" } });
    await updatePerson({ actor: mine.actors.admin, input: { personId: person.id, version: 1, name: "Sam Lee", jobTitle: "Driver" } });
    const stale = await failure(updatePerson({ actor: mine.actors.committee, input: { personId: person.id, version: 1, name: "Samuel Lee" } }));
    expect(stale.code).toBe("CONFLICT");
    const hijack = await failure(updatePerson({ actor: theirs.actors.admin, input: { personId: person.id, version: 2, name: "Hijacked" } }));
    expect(hijack.code).toBe("NOT_FOUND");
    expect((await failure(deletePerson({ actor: theirs.actors.admin, input: { personId: person.id, version: 2 } }))).code).toBe("NOT_FOUND");
    expect(await db.person.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ name: "Sam Lee", jobTitle: "Driver", version: 2 });
  });

  it("refuses to delete a person saved after their page was loaded, saying who changed what, and deletes at the version shown", async () => {
    const { orgId, actors } = await makeOrg();
    const person = await createPerson({ actor: actors.committee, input: { name: "Sam Lee" } });
    await updatePerson({ actor: actors.admin, input: { personId: person.id, version: 1, name: "Sam Lee", jobTitle: "Driver" } });
    const stored = await db.person.findUniqueOrThrow({ where: { id: person.id } });
    const stale = (await failure(deletePerson({ actor: actors.committee, input: { personId: person.id, version: 1 } }))) as AppError;
    expect(stale).toMatchObject({ code: "CONFLICT", message: "The person was changed after this page was loaded, so it was not deleted." });
    expect(stale.conflict).toMatchObject({ version: 2, by: actors.admin.name, refused: "delete", changes: [expect.objectContaining({ field: "jobTitle", from: "—", to: "Driver" })] });
    expect(await db.person.findUniqueOrThrow({ where: { id: person.id } })).toEqual(stored);
    expect(await db.auditLog.count({ where: { orgId, action: "person.deleted" } })).toBe(0);
    await deletePerson({ actor: actors.committee, input: { personId: person.id, version: 2 } });
    expect(await db.person.count({ where: { id: person.id } })).toBe(0);
    expect((await failure(deletePerson({ actor: actors.committee, input: { personId: person.id, version: 2 } }))).message).toBe("The person was not found: it has probably been deleted already.");
  });

  it("refuses to delete a person named in a plan, saying where, and deletes an unreferenced one", async () => {
    const { orgId, actors } = await makeOrg();
    const plan = await createPlan({ actor: actors.committee, input: { name: "Depot" } });
    const seated = await createPerson({ actor: actors.committee, input: { name: "Kim Chair" } });
    const spare = await createPerson({ actor: actors.committee, input: { name: "Lee Spare" } });
    await addCommitteeMember({ actor: actors.committee, input: { planId: plan.id, personId: seated.id, functionalArea: "Operations", role: "chair" } });
    await createThreat({
      actor: actors.committee,
      input: { planId: plan.id, category: "technical", title: "Power cut", likelihood: 3, impact: 4, ownerId: seated.id },
    });
    const other = await createPlan({ actor: actors.committee, input: { name: "Cold store" } });
    const role = await createErtRole({ actor: actors.committee, input: { planId: other.id, title: "Incident lead", alternateId: seated.id } });
    const item = await db.inventoryItem.create({ data: { orgId, planId: other.id, kind: "vendors", label: "Courier", data: { contactId: seated.id } } });
    const refused = await failure(deletePerson({ actor: actors.committee, input: { personId: seated.id, version: 1 } }));
    expect(refused).toMatchObject({
      code: "CONFLICT",
      message:
        "Kim Chair cannot be deleted: the plan “Cold store” names them in the ERT role “Incident lead” (alternate); " +
        "the plan “Depot” names them in a committee seat (Chair, Operations) and as owner of the threat “Power cut”. Replace them there first.",
    });
    expect(await db.person.count({ where: { id: seated.id } })).toBe(1);

    // The person's page lists every place, with the inventory item that does not stop a deletion.
    const { uses } = await getPerson({ actor: actors.auditor, personId: seated.id });
    expect(uses).toEqual([
      {
        planId: other.id,
        planName: "Cold store",
        archived: false,
        uses: [
          { how: "in the ERT role “Incident lead” (alternate)", href: `/plans/${other.id}/committee`, blocksDeletion: true },
          { how: `in the ${registerOf("vendors").title} item “Courier”`, href: `/plans/${other.id}/inventories/vendors/items/${item.id}`, blocksDeletion: false },
        ],
      },
      {
        planId: plan.id,
        planName: "Depot",
        archived: false,
        uses: [
          { how: "in a committee seat (Chair, Operations)", href: `/plans/${plan.id}/committee`, blocksDeletion: true },
          { how: "as owner of the threat “Power cut”", href: expect.stringMatching(new RegExp(`^/plans/${plan.id}/risks/threats/`)), blocksDeletion: true },
        ],
      },
    ]);
    const stranger = await makeOrg();
    expect((await failure(getPerson({ actor: stranger.actors.admin, personId: seated.id }))).code).toBe("NOT_FOUND");
    await deleteErtRole({ actor: actors.committee, input: { planId: other.id, roleId: role.id, version: 1 } });
    expect((await failure(deletePerson({ actor: actors.committee, input: { personId: seated.id, version: 1 } }))).message).toMatch(/^Kim Chair cannot be deleted: the plan “Depot” names them/);
    await deletePerson({ actor: actors.committee, input: { personId: spare.id, version: 1 } });
    expect(await db.person.count({ where: { id: spare.id } })).toBe(0);
    expect(await db.auditLog.findFirst({ where: { orgId, action: "person.deleted" } })).toMatchObject({ entityId: spare.id, before: { name: "Lee Spare" } });
  });

  it("searches, sorts and pages in the database, only within the organisation", async () => {
    const mine = await makeOrg();
    const theirs = await makeOrg();
    await db.person.createMany({ data: Array.from({ length: 25 }, (_, n) => ({ orgId: mine.orgId, name: `Picker ${String(n).padStart(2, "0")}` })) });
    await db.person.create({ data: { orgId: mine.orgId, name: "Zoe Driver", jobTitle: "Driver" } });
    await db.person.create({ data: { orgId: theirs.orgId, name: "Picker 99" } });
    const first = await listPeople({ actor: mine.actors.auditor, query: { q: "picker", sort: "name", dir: "desc", pageSize: "10" } });
    expect(first.total).toBe(25);
    expect(first.pageCount).toBe(3);
    expect(first.rows.map((r) => r.name).slice(0, 2)).toEqual(["Picker 24", "Picker 23"]);
    const last = await listPeople({ actor: mine.actors.auditor, query: { q: "picker", sort: "name", page: "3", pageSize: "10" } });
    expect(last.rows.map((r) => r.name)).toEqual(["Picker 20", "Picker 21", "Picker 22", "Picker 23", "Picker 24"]);
    const drivers = await listPeople({ actor: mine.actors.auditor, query: { q: "driver" } });
    expect(drivers.rows.map((r) => r.name)).toEqual(["Zoe Driver"]);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { createSystem } from "@/lib/systems/create-system";
import { updateSystem } from "@/lib/systems/update-system";
import { getSystem } from "@/lib/systems/get-system";
import { listSystems, systemListQuery } from "@/lib/systems/list-systems";
import { ownerName } from "@/lib/systems/owner-name";
import { KEEP_OWNER_TEXT } from "@/lib/systems/schemas";
import { createPerson } from "@/lib/people/create-person";
import { updatePerson } from "@/lib/people/update-person";
import { deletePerson } from "@/lib/people/delete-person";
import { buildSnapshot } from "@/lib/versions/build-snapshot";
import { failure, makeOrg, type TestOrg } from "./factories";
import { orgSnapshot } from "./org-snapshot";
import { inRolledBackTransaction, migrationStatements } from "./migration-sql";

const REFUSED = { ownerPersonId: "Owner: choose a person from the People register." };

async function planWithPerson(label: string) {
  const org = await makeOrg(label);
  const actor = org.actors.committee;
  const plan = await createPlan({ actor, input: { name: "Bristol" } });
  const priya = await createPerson({ actor, input: { name: "Priya Shah", jobTitle: "Operations Director", email: `priya-${org.orgId}@example.test` } });
  return { org, actor, plan, priya };
}

/** The plan's systems register as the Systems page lists it: "name: owner". */
async function listed(org: TestOrg, planId: string, query: Record<string, string> = {}): Promise<string[]> {
  const page = await listSystems({ actor: org.actors.auditor, planId, query: systemListQuery.parse(query) });
  return page.rows.map((row) => `${row.name}: ${ownerName(row) ?? "—"}`);
}

const snapshotOwners = (orgId: string, planId: string) =>
  db.$transaction(async (tx) => (await buildSnapshot(tx, { orgId, planId })).systems.map((s) => `${s.name}: ${s.owner}`));

describe("a system's owner is a person of the register", () => {
  it("is stored as the person and shown by their name on the pages and in the plan's snapshot, renamed with them", async () => {
    const { org, actor, plan, priya } = await planWithPerson("Owner");
    const system = await createSystem({ actor, input: { planId: plan.id, name: "SQL01", kind: "vm", ownerPersonId: priya.id } });
    expect(await db.system.findUniqueOrThrow({ where: { id: system.id } })).toMatchObject({ ownerPersonId: priya.id, ownerText: "" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, action: "system.created", entityId: system.id } });
    expect(audit.after).toMatchObject({ ownerPersonId: priya.id, ownerText: "" });
    expect(await listed(org, plan.id)).toEqual(["SQL01: Priya Shah"]);
    expect((await getSystem({ actor: org.actors.auditor, planId: plan.id, systemId: system.id })).system.ownerPerson).toEqual({ id: priya.id, name: "Priya Shah" });
    expect(await snapshotOwners(org.orgId, plan.id)).toEqual(["SQL01: Priya Shah"]);

    // A new name shows everywhere at once, and marks the plan changed (its snapshot names the owner).
    const revision = async () => (await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).contentRevision;
    const before = await revision();
    await updatePerson({ actor, input: { personId: priya.id, version: 1, name: "Priya Shah-Khan", jobTitle: "Operations Director", email: priya.email } });
    expect(await revision()).toBeGreaterThan(before);
    expect(await listed(org, plan.id)).toEqual(["SQL01: Priya Shah-Khan"]);
    expect(await snapshotOwners(org.orgId, plan.id)).toEqual(["SQL01: Priya Shah-Khan"]);
  });

  it("is searched and sorted by the person's name", async () => {
    const { org, actor, plan, priya } = await planWithPerson("Owner sort");
    const alex = await createPerson({ actor, input: { name: "Alex Morgan" } });
    await createSystem({ actor, input: { planId: plan.id, name: "WMS", kind: "vm", ownerPersonId: priya.id } });
    await createSystem({ actor, input: { planId: plan.id, name: "ERP", kind: "vm", ownerPersonId: alex.id } });
    await createSystem({ actor, input: { planId: plan.id, name: "DC01", kind: "vm" } });
    expect(await listed(org, plan.id, { sort: "owner" })).toEqual(["ERP: Alex Morgan", "WMS: Priya Shah", "DC01: —"]);
    expect(await listed(org, plan.id, { q: "priya" })).toEqual(["WMS: Priya Shah"]);
  });

  it("refuses another organisation's person at the owner field, writing nothing", async () => {
    const { org, actor, plan, priya } = await planWithPerson("Owner tenancy");
    const other = await makeOrg("Other");
    const foreign = await createPerson({ actor: other.actors.committee, input: { name: "Olive Outsider" } });
    const system = await createSystem({ actor, input: { planId: plan.id, name: "SQL01", kind: "vm", ownerPersonId: priya.id } });
    const before = await orgSnapshot(org.orgId);

    const created = await failure(createSystem({ actor, input: { planId: plan.id, name: "FILE01", kind: "vm", ownerPersonId: foreign.id } }));
    expect(created).toMatchObject({ code: "VALIDATION", fieldErrors: REFUSED });
    const updated = await failure(updateSystem({ actor, input: { planId: plan.id, systemId: system.id, version: 1, name: "SQL01", kind: "vm", ownerPersonId: foreign.id } }));
    expect(updated).toMatchObject({ code: "VALIDATION", fieldErrors: REFUSED });
    // "Keep the owner typed before" means nothing for a new system, nor for one with no such text.
    expect(await failure(createSystem({ actor, input: { planId: plan.id, name: "FILE01", kind: "vm", ownerPersonId: KEEP_OWNER_TEXT } }))).toMatchObject({ fieldErrors: REFUSED });
    expect(await orgSnapshot(org.orgId)).toEqual(before);
  });

  it("stops the person's deletion, like every other owner; a person removed all the same leaves the system with no owner", async () => {
    const { org, actor, plan, priya } = await planWithPerson("Owner delete");
    const system = await createSystem({ actor, input: { planId: plan.id, name: "SQL01", kind: "vm", ownerPersonId: priya.id } });
    expect(await failure(deletePerson({ actor, input: { personId: priya.id, version: 1 } }))).toMatchObject({
      code: "CONFLICT",
      message: "Priya Shah cannot be deleted: the plan “Bristol” names them as owner of the system “SQL01”. Replace them there first.",
    });
    expect(await db.system.findUniqueOrThrow({ where: { id: system.id } })).toMatchObject({ ownerPersonId: priya.id });

    // Once someone else owns it, the person can go.
    const alex = await createPerson({ actor, input: { name: "Alex Morgan" } });
    await updateSystem({ actor, input: { planId: plan.id, systemId: system.id, version: 1, name: "SQL01", kind: "vm", ownerPersonId: alex.id } });
    await deletePerson({ actor, input: { personId: priya.id, version: 1 } });
    expect(await db.person.count({ where: { id: priya.id } })).toBe(0);

    // The database's own rule, for a deletion that does not go through the app (ON DELETE SET NULL).
    const revision = async () => (await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).contentRevision;
    const was = await revision();
    await db.person.delete({ where: { id: alex.id } });
    expect(await db.system.findUniqueOrThrow({ where: { id: system.id } })).toMatchObject({ ownerPersonId: null, ownerText: "" });
    expect(await listed(org, plan.id)).toEqual(["SQL01: —"]);
    expect(await revision()).toBeGreaterThan(was);
  });

  it("keeps an owner typed while owners were free text, shown as not in the register, until someone picks a person or nobody", async () => {
    const { org, actor, plan, priya } = await planWithPerson("Owner text");
    const system = await db.system.create({ data: { orgId: org.orgId, planId: plan.id, name: "WEB-SHOP", ownerText: "Web agency" } });
    expect(await listed(org, plan.id)).toEqual(["WEB-SHOP: Web agency (not in the People register)"]);
    expect(await snapshotOwners(org.orgId, plan.id)).toEqual(["WEB-SHOP: Web agency"]);
    const form = { planId: plan.id, systemId: system.id, name: "WEB-SHOP", kind: "vm", description: "" };

    // Saved as it is: nothing written.
    expect(await updateSystem({ actor, input: { ...form, version: 1, ownerPersonId: KEEP_OWNER_TEXT } })).toMatchObject({ changed: false });
    // Another field changed: the text stays.
    await updateSystem({ actor, input: { ...form, version: 1, ownerPersonId: KEEP_OWNER_TEXT, description: "Trade portal" } });
    expect(await db.system.findUniqueOrThrow({ where: { id: system.id } })).toMatchObject({ ownerPersonId: null, ownerText: "Web agency", version: 2 });
    // A person picked: the text goes for good.
    await updateSystem({ actor, input: { ...form, version: 2, ownerPersonId: priya.id, description: "Trade portal" } });
    expect(await db.system.findUniqueOrThrow({ where: { id: system.id } })).toMatchObject({ ownerPersonId: priya.id, ownerText: "", version: 3 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, action: "system.updated", entityId: system.id }, orderBy: { createdAt: "desc" } });
    expect([audit.before, audit.after]).toMatchObject([{ ownerPersonId: null, ownerText: "Web agency" }, { ownerPersonId: priya.id, ownerText: "" }]);
    expect(await listed(org, plan.id)).toEqual(["WEB-SHOP: Priya Shah"]);

    // "No owner" clears a kept text too.
    const other = await db.system.create({ data: { orgId: org.orgId, planId: plan.id, name: "CRM", ownerText: "Sales team" } });
    await updateSystem({ actor, input: { ...form, systemId: other.id, name: "CRM", version: 1, ownerPersonId: "" } });
    expect(await db.system.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ ownerPersonId: null, ownerText: "" });
  });

  it("the upgrade makes each typed owner that names exactly one person of the organisation that person, and keeps the rest", async () => {
    const org = await makeOrg("Owner upgrade");
    const other = await makeOrg("Owner upgrade other");
    const exact = await createPlan({ actor: org.actors.committee, input: { name: "Exact" } });
    const loose = await createPlan({ actor: org.actors.committee, input: { name: "Loose" } });
    const person = (orgId: string, name: string) => db.person.create({ data: { orgId, name, email: `${name.replace(/\W/g, "")}-${orgId}@example.test` } });
    const alex = await person(org.orgId, "Alex Morgan");
    await person(org.orgId, "Sam Lee");
    await person(org.orgId, "sam lee");
    await person(other.orgId, "Web agency");
    const system = (planId: string, name: string, ownerText: string) => db.system.create({ data: { orgId: org.orgId, planId, name, ownerText } });
    const dc = await system(exact.id, "DC01", "Alex Morgan");
    const sql = await system(loose.id, "SQL01", "  alex MORGAN ");
    const file = await system(loose.id, "FILE01", "Sam Lee");
    const web = await system(loose.id, "WEB-SHOP", "Web agency");
    const none = await system(loose.id, "DNS", "");
    const revisions = async (tx: typeof db = db) =>
      (await tx.plan.findMany({ where: { id: { in: [exact.id, loose.id] } }, orderBy: { name: "asc" }, select: { contentRevision: true } })).map((p) => p.contentRevision);
    const [exact0, loose0] = await revisions();

    const statements = migrationStatements({ name: "20261202130100_system_owner_person", from: 'ALTER TABLE "System" DISABLE TRIGGER' });
    expect(statements).toHaveLength(3);
    const found = await inRolledBackTransaction(statements, async (tx) => ({
      systems: await tx.system.findMany({ where: { orgId: org.orgId }, orderBy: { name: "asc" }, select: { id: true, ownerPersonId: true, ownerText: true } }),
      revisions: await revisions(tx as typeof db),
      trigger: (await tx.$queryRaw<{ enabled: string }[]>`SELECT tgenabled::text AS enabled FROM pg_trigger WHERE tgname = 'System_revision'`)[0].enabled,
    }));
    const owner = (id: string) => found.systems.find((s) => s.id === id);
    expect(owner(dc.id)).toMatchObject({ ownerPersonId: alex.id, ownerText: "" });
    expect(owner(sql.id)).toMatchObject({ ownerPersonId: alex.id, ownerText: "" });
    // Two people of that name: nobody is guessed. Another organisation's person is never taken.
    expect(owner(file.id)).toMatchObject({ ownerPersonId: null, ownerText: "Sam Lee" });
    expect(owner(web.id)).toMatchObject({ ownerPersonId: null, ownerText: "Web agency" });
    expect(owner(none.id)).toMatchObject({ ownerPersonId: null, ownerText: "" });
    // The plan whose owner was typed exactly reads the same, so it is not marked changed; the one
    // where "alex MORGAN" now reads "Alex Morgan" is. The trigger is on again ("O").
    expect(found.revisions).toEqual([exact0, loose0 + 1]);
    expect(found.trigger).toBe("O");
    // Rolled back.
    expect(await db.system.findUniqueOrThrow({ where: { id: dc.id } })).toMatchObject({ ownerPersonId: null, ownerText: "Alex Morgan" });
  });
});

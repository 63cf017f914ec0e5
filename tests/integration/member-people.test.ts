import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addMember } from "@/lib/members/add-member";
import { removeMember } from "@/lib/members/remove-member";
import { listPersonChoices } from "@/lib/people/list-person-choices";
import { failure, makeOrg } from "./factories";
import { inRolledBackTransaction, migrationStatements } from "./migration-sql";

const PASSWORD = "a long enough password";

/** The organisation's people with an e-mail, any letter case, as "name <e-mail>". */
async function peopleWith(orgId: string, email: string): Promise<string[]> {
  const people = await db.person.findMany({ where: { orgId, email: { equals: email, mode: "insensitive" } }, orderBy: { createdAt: "asc" } });
  return people.map((p) => `${p.name} <${p.email}>`);
}

describe("a member is in the People register", () => {
  it("adding a member adds them to the register with an audit row, and the committee pickers offer them", async () => {
    const org = await makeOrg();
    const email = `sam.patel-${org.orgId}@example.test`;
    const added = await addMember({ actor: org.actors.admin, input: { email, name: "Dr Sam Patel", role: "committee", password: PASSWORD } });
    expect(added.personCreated).toBe(true);
    expect(await peopleWith(org.orgId, email)).toEqual([`Dr Sam Patel <${email}>`]);
    const person = await db.person.findFirstOrThrow({ where: { orgId: org.orgId, email } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId: org.orgId, entityType: "person", entityId: person.id } });
    expect(audit).toMatchObject({ action: "person.created", actorId: org.actors.admin.userId, planId: null, after: { name: "Dr Sam Patel", email } });
    expect((await listPersonChoices({ actor: org.actors.committee })).map((p) => p.name)).toContain("Dr Sam Patel");
  });

  it("finds the person already there by e-mail, in any letter case, and adds nobody twice, even after a removal", async () => {
    const org = await makeOrg();
    const email = `jo.lee-${org.orgId}@example.test`;
    await db.person.create({ data: { orgId: org.orgId, name: "Joanne Lee", jobTitle: "Hygienist", email: email.toUpperCase() } });
    const added = await addMember({ actor: org.actors.admin, input: { email, name: "Jo Lee", role: "auditor", password: PASSWORD } });
    expect(added.personCreated).toBe(false);
    const membership = await db.membership.findFirstOrThrow({ where: { orgId: org.orgId, user: { email } } });
    await removeMember({ actor: org.actors.admin, input: { membershipId: membership.id } });
    expect((await addMember({ actor: org.actors.admin, input: { email, name: "Jo Lee", role: "auditor", password: PASSWORD } })).personCreated).toBe(false);
    // The register's entry is left as it was typed there: name, job title and e-mail.
    expect(await peopleWith(org.orgId, email)).toEqual([`Joanne Lee <${email.toUpperCase()}>`]);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "person.created" } })).toBe(0);
  });

  it("does not count another organisation's person with the address", async () => {
    const mine = await makeOrg();
    const theirs = await makeOrg();
    const email = `shared-${mine.orgId}@example.test`;
    await db.person.create({ data: { orgId: theirs.orgId, name: "Their contact", email } });
    await addMember({ actor: mine.actors.admin, input: { email, name: "Our member", role: "committee", password: PASSWORD } });
    expect(await peopleWith(mine.orgId, email)).toEqual([`Our member <${email}>`]);
    expect(await peopleWith(theirs.orgId, email)).toEqual([`Their contact <${email}>`]);
  });

  it("a refused member adds nobody to the register", async () => {
    const mine = await makeOrg();
    const theirs = await makeOrg();
    const error = await failure(addMember({ actor: mine.actors.admin, input: { email: theirs.actors.committee.email, name: "Taken", role: "committee", password: PASSWORD } }));
    expect(error.code).toBe("VALIDATION");
    expect(await peopleWith(mine.orgId, theirs.actors.committee.email)).toEqual([]);
  });

  it("the upgrade adds members added before to the register once, and none who is there by e-mail already", async () => {
    const org = await makeOrg();
    const { admin, committee, executive } = org.actors;
    // The executive was typed again on the People page, with the address in capitals.
    await db.person.create({ data: { orgId: org.orgId, name: "Typed by hand", email: executive.email.toUpperCase() } });
    const other = await makeOrg();
    await db.person.create({ data: { orgId: other.orgId, name: "Elsewhere", email: committee.email } });

    const statements = migrationStatements({ name: "20261202130000_member_people" });
    expect(statements).toHaveLength(2);
    // Run twice: a second run finds everyone in the register and adds nobody.
    const found = await inRolledBackTransaction([...statements, ...statements], async (tx) => {
      const people = await tx.person.findMany({ where: { orgId: org.orgId }, orderBy: { email: "asc" } });
      const audits = await tx.auditLog.findMany({ where: { orgId: org.orgId, action: "person.created" } });
      return { people, audits };
    });
    const byEmail = (email: string) => found.people.filter((p) => p.email.toLowerCase() === email).map((p) => p.name);
    expect(byEmail(admin.email)).toEqual([admin.name]);
    expect(byEmail(committee.email)).toEqual([committee.name]);
    expect(byEmail(executive.email)).toEqual(["Typed by hand"]);
    expect(found.people).toHaveLength(4);
    expect(found.audits.map((a) => [(a.after as { name: string }).name, a.actorId, a.entityId]).sort()).toEqual(
      found.people
        .filter((p) => p.name !== "Typed by hand")
        .map((p) => [p.name, null, p.id])
        .sort(),
    );
    // Rolled back: the shared database is as it was.
    expect(await db.person.count({ where: { orgId: org.orgId } })).toBe(1);
  });
});

describe("a new member is matched to the People register by their whole address", () => {
  it("adds the member at a_b@ to the register although someone at axb@ is in it", async () => {
    const org = await makeOrg();
    const theirs = `axb-${org.orgId}@example.test`;
    const mine = `a_b-${org.orgId}@example.test`;
    await db.person.create({ data: { orgId: org.orgId, name: "Alex Barker", email: theirs } });
    // Before, the admin read "The People register already had them (same e-mail)", and nobody
    // could name the new member on a committee or response team.
    const added = await addMember({ actor: org.actors.admin, input: { email: mine, name: "Ann Bell", role: "committee", password: PASSWORD } });
    expect(added.personCreated).toBe(true);
    const people = await db.person.findMany({ where: { orgId: org.orgId, email: { not: "" } }, orderBy: { name: "asc" }, select: { name: true, email: true } });
    expect(people).toEqual([
      { name: "Alex Barker", email: theirs },
      { name: "Ann Bell", email: mine },
    ]);
    expect((await listPersonChoices({ actor: org.actors.committee })).map((p) => p.name)).toContain("Ann Bell");
  });
});

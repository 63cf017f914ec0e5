import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { getPlan } from "@/lib/plans/get-plan";
import { getPlanOverview } from "@/lib/plans/get-plan-overview";
import { archivePlan } from "@/lib/plans/archive-plan";
import { createPerson } from "@/lib/people/create-person";
import { addCommitteeMember } from "@/lib/committee/add-committee-member";
import { removeCommitteeMember } from "@/lib/committee/remove-committee-member";
import { updateCommitteeMember } from "@/lib/committee/update-committee-member";
import { createErtRole } from "@/lib/committee/create-ert-role";
import { updateErtRole } from "@/lib/committee/update-ert-role";
import { deleteErtRole } from "@/lib/committee/delete-ert-role";
import { updateCommitment } from "@/lib/committee/update-commitment";
import { getCommittee } from "@/lib/committee/get-committee";
import type { AppError } from "@/lib/errors";
import { failure, makeOrg, refused, type TestOrg } from "./factories";

async function setup(org: TestOrg) {
  const actor = org.actors.committee;
  const plan = await createPlan({ actor, input: { name: "Bristol" } });
  const person = (name: string, afterHoursPhone = "07700 900000") => createPerson({ actor, input: { name, afterHoursPhone } });
  const [ann, ben, cat, dev] = await Promise.all([person("Ann"), person("Ben"), person("Cat"), person("Dev", "")]);
  return { actor, plan, ann, ben, cat, dev };
}

async function committeeStage(org: TestOrg, planId: string) {
  const overview = await getPlanOverview({ actor: org.actors.auditor, plan: await getPlan({ actor: org.actors.auditor, planId }) });
  return overview.stages.find((s) => s.key === "committee")!;
}

async function committeeCompleteness(org: TestOrg, planId: string) {
  return (await committeeStage(org, planId)).completeness;
}

describe("committee and emergency response team", () => {
  it("seats people with their area and role, chair first, refusing the same person twice", async () => {
    const org = await makeOrg();
    const { actor, plan, ann, ben } = await setup(org);
    await addCommitteeMember({ actor, input: { planId: plan.id, personId: ben.id, functionalArea: "IT", role: "member" } });
    await addCommitteeMember({ actor, input: { planId: plan.id, personId: ann.id, functionalArea: "Operations", role: "chair" } });
    const twice = await failure(addCommitteeMember({ actor, input: { planId: plan.id, personId: ann.id, functionalArea: "Ops", role: "member" } }));
    expect(twice.fieldErrors).toEqual({ personId: "This person already sits on the committee." });
    const invalid = await failure(addCommitteeMember({ actor, input: { planId: plan.id, personId: "", functionalArea: "", role: "boss" } }));
    expect(Object.keys(invalid.fieldErrors ?? {}).sort()).toEqual(["functionalArea", "personId", "role"]);
    const { members } = await getCommittee({ actor: org.actors.auditor, planId: plan.id });
    expect(members.map((m) => [m.person.name, m.role, m.functionalArea])).toEqual([
      ["Ann", "chair", "Operations"],
      ["Ben", "member", "IT"],
    ]);
    await removeCommitteeMember({ actor, input: { planId: plan.id, memberId: members[1].id, version: 1 } });
    expect(await db.committeeMember.count({ where: { planId: plan.id } })).toBe(1);
    const actions = await db.auditLog.findMany({ where: { orgId: org.orgId, entityType: "committee-member" }, select: { action: true } });
    expect(actions.map((a) => a.action).sort()).toEqual(["committee.member-added", "committee.member-added", "committee.member-removed"]);
  });

  it("refuses to remove a member whose seat was saved after the page was loaded, saying who changed what", async () => {
    const org = await makeOrg();
    const { actor, plan, ann } = await setup(org);
    const member = await addCommitteeMember({ actor, input: { planId: plan.id, personId: ann.id, functionalArea: "Operations", role: "member" } });
    await updateCommitteeMember({ actor: org.actors.admin, input: { planId: plan.id, memberId: member.id, version: 1, functionalArea: "Logistics", role: "member" } });
    const stored = await db.committeeMember.findUniqueOrThrow({ where: { id: member.id } });
    const stale = (await failure(removeCommitteeMember({ actor, input: { planId: plan.id, memberId: member.id, version: 1 } }))) as AppError;
    expect(stale).toMatchObject({ code: "CONFLICT", message: "The committee member was changed after this page was loaded, so it was not deleted." });
    expect(stale.conflict).toMatchObject({ version: 2, by: org.actors.admin.name, refused: "delete", changes: [expect.objectContaining({ field: "functionalArea", from: "Operations", to: "Logistics" })] });
    expect(await db.committeeMember.findUniqueOrThrow({ where: { id: member.id } })).toEqual(stored);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "committee.member-removed" } })).toBe(0);
    await removeCommitteeMember({ actor, input: { planId: plan.id, memberId: member.id, version: 2 } });
    expect(await db.committeeMember.count({ where: { id: member.id } })).toBe(0);
    expect((await failure(removeCommitteeMember({ actor, input: { planId: plan.id, memberId: member.id, version: 2 } }))).message).toBe(
      "The committee member was not found: it has probably been deleted already.",
    );
  });

  it("refuses another organisation's person and another organisation's plan, changing nothing", async () => {
    const mine = await makeOrg();
    const theirs = await makeOrg();
    const { actor, plan, ann } = await setup(mine);
    const stranger = await createPerson({ actor: theirs.actors.committee, input: { name: "Stranger" } });
    const foreignPerson = await failure(addCommitteeMember({ actor, input: { planId: plan.id, personId: stranger.id, functionalArea: "IT", role: "member" } }));
    expect(foreignPerson.fieldErrors).toEqual({ personId: "Choose a person from the organisation's register." });
    const foreignPlan = await failure(
      addCommitteeMember({ actor: theirs.actors.admin, input: { planId: plan.id, personId: stranger.id, functionalArea: "IT", role: "member" } }),
    );
    expect(foreignPlan.code).toBe("NOT_FOUND");
    const foreignRole = await failure(
      createErtRole({ actor, input: { planId: plan.id, title: "Incident lead", primaryId: ann.id, alternateId: stranger.id } }),
    );
    expect(foreignRole.fieldErrors).toEqual({ alternateId: "Choose a person from the organisation's register." });
    expect(await db.committeeMember.count({ where: { planId: plan.id } })).toBe(0);
    expect(await db.ertRole.count({ where: { planId: plan.id } })).toBe(0);
  });

  it("refuses a second response team role whose title differs only in letter case, as threats and functions are refused", async () => {
    const org = await makeOrg();
    const { actor, plan } = await setup(org);
    const lead = await createErtRole({ actor, input: { planId: plan.id, title: "IT recovery lead" } });
    const added = await failure(createErtRole({ actor, input: { planId: plan.id, title: "IT Recovery Lead" } }));
    expect(added.fieldErrors).toEqual({ title: "The response team already has a role with this title." });
    const comms = await createErtRole({ actor, input: { planId: plan.id, title: "Communications" } });
    const renamed = await failure(updateErtRole({ actor, input: { planId: plan.id, roleId: comms.id, version: 1, title: "it recovery lead" } }));
    expect(renamed.fieldErrors).toEqual({ title: "The response team already has a role with this title." });
    // A role may change the case of its own title; a title alike only as a pattern is another role.
    await updateErtRole({ actor, input: { planId: plan.id, roleId: lead.id, version: 1, title: "IT Recovery Lead" } });
    await createErtRole({ actor, input: { planId: plan.id, title: "IT_Recovery Lead" } });
    expect((await db.ertRole.findMany({ where: { planId: plan.id }, orderBy: { sortOrder: "asc" } })).map((r) => r.title)).toEqual([
      "IT Recovery Lead",
      "Communications",
      "IT_Recovery Lead",
    ]);
  });

  it("keeps ERT primary and alternate distinct and edits roles with optimistic concurrency", async () => {
    const org = await makeOrg();
    const { actor, plan, ann, ben, cat } = await setup(org);
    const same = await failure(createErtRole({ actor, input: { planId: plan.id, title: "Incident lead", primaryId: ann.id, alternateId: ann.id } }));
    expect(same.fieldErrors).toEqual({ alternateId: "The alternate must be someone other than the primary." });
    const role = await createErtRole({
      actor,
      input: { planId: plan.id, title: "Incident lead", responsibilities: "Declares the incident", primaryId: ann.id, alternateId: ben.id },
    });
    const duplicate = await failure(createErtRole({ actor, input: { planId: plan.id, title: "Incident lead" } }));
    expect(duplicate.fieldErrors).toEqual({ title: "The response team already has a role with this title." });
    await updateErtRole({ actor, input: { planId: plan.id, roleId: role.id, version: 1, title: "Incident lead", primaryId: ann.id, alternateId: cat.id } });
    const stale = await failure(updateErtRole({ actor: org.actors.admin, input: { planId: plan.id, roleId: role.id, version: 1, title: "Overwrite" } }));
    expect(stale.code).toBe("CONFLICT");
    expect(await db.ertRole.findUniqueOrThrow({ where: { id: role.id } })).toMatchObject({ title: "Incident lead", alternateId: cat.id, version: 2 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: role.id, action: "ert-role.updated" } });
    expect(audit.before).toMatchObject({ alternateId: ben.id });
    expect(audit.after).toMatchObject({ alternateId: cat.id });
    // A delete from a page loaded before that edit is refused, saying who changed what, and nothing is deleted.
    const stored = await db.ertRole.findUniqueOrThrow({ where: { id: role.id } });
    const staleDelete = (await failure(deleteErtRole({ actor: org.actors.admin, input: { planId: plan.id, roleId: role.id, version: 1 } }))) as AppError;
    expect(staleDelete).toMatchObject({ code: "CONFLICT", message: "The response team role was changed after this page was loaded, so it was not deleted." });
    expect(staleDelete.conflict).toMatchObject({ version: 2, by: actor.name, refused: "delete", changes: expect.arrayContaining([expect.objectContaining({ field: "alternateId", from: "Ben", to: "Cat" })]) });
    expect(await db.ertRole.findUniqueOrThrow({ where: { id: role.id } })).toEqual(stored);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: "ert-role.deleted" } })).toBe(0);
    await deleteErtRole({ actor, input: { planId: plan.id, roleId: role.id, version: 2 } });
    expect(await db.ertRole.count({ where: { planId: plan.id } })).toBe(0);
    expect((await failure(deleteErtRole({ actor, input: { planId: plan.id, roleId: role.id, version: 2 } }))).message).toBe(
      "The response team role was not found: it has probably been deleted already.",
    );
  });

  it("records management commitment on the plan's version, refusing a stale edit", async () => {
    const org = await makeOrg();
    const { actor, plan, ann } = await setup(org);
    const bad = await failure(updateCommitment({ actor, input: { planId: plan.id, version: 1, sponsorId: ann.id, endorsedOn: "10/02/2026" } }));
    expect(bad.fieldErrors).toEqual({ endorsedOn: "Endorsed on: enter a date like 2026-02-10." });
    const impossible = await failure(updateCommitment({ actor, input: { planId: plan.id, version: 1, sponsorId: ann.id, endorsedOn: "2026-02-30" } }));
    expect(impossible.fieldErrors).toEqual({ endorsedOn: "Endorsed on: 2026-02-30 is not a day of the calendar; enter a date like 2026-02-10." });
    const tomorrowAnywhere = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const future = await failure(updateCommitment({ actor, input: { planId: plan.id, version: 1, sponsorId: ann.id, endorsedOn: tomorrowAnywhere } }));
    expect(future.fieldErrors).toEqual({ endorsedOn: "Endorsed on: the date cannot be in the future." });
    expect(await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({ endorsedOn: null, version: 1 });
    // A leap day and today are real, past-or-present days.
    await updateCommitment({ actor, input: { planId: plan.id, version: 1, sponsorId: ann.id, endorsedOn: "2024-02-29" } });
    await updateCommitment({ actor, input: { planId: plan.id, version: 2, sponsorId: ann.id, endorsedOn: new Date().toISOString().slice(0, 10) } });
    await updateCommitment({ actor, input: { planId: plan.id, version: 3, sponsorId: ann.id, endorsedOn: "2026-02-10" } });
    const stale = await failure(updateCommitment({ actor, input: { planId: plan.id, version: 1, sponsorId: "", endorsedOn: "" } }));
    expect(stale.code).toBe("CONFLICT");
    const row = await db.plan.findUniqueOrThrow({ where: { id: plan.id } });
    expect(row).toMatchObject({ sponsorId: ann.id, version: 4 });
    expect(row.endorsedOn?.toISOString().slice(0, 10)).toBe("2026-02-10");
    const audits = await db.auditLog.findMany({ where: { entityId: plan.id, action: "plan.commitment-updated" } });
    expect(audits.map((a) => a.after)).toEqual(
      expect.arrayContaining([
        { sponsorId: ann.id, endorsedOn: "2024-02-29" },
        { sponsorId: ann.id, endorsedOn: "2026-02-10" },
      ]),
    );
    expect(audits).toHaveLength(3);
  });

  it("refuses the auditor as sponsor and an endorsement from 1901, changing nothing, and flags a sponsor who is no executive", async () => {
    const org = await makeOrg();
    const { actor, plan, ann } = await setup(org);
    const member = (role: "executive" | "auditor") => createPerson({ actor, input: { name: `The ${role}`, email: org.actors[role].email.toUpperCase() } });
    const [auditor, executive] = [await member("auditor"), await member("executive")];
    const before = await db.plan.findUniqueOrThrow({ where: { id: plan.id } });

    // Both at once, as the reviewer tried it: each field says what is wrong with it in one pass.
    const both = await failure(updateCommitment({ actor, input: { planId: plan.id, version: 1, sponsorId: auditor.id, endorsedOn: "1901-01-01" } }));
    expect(both.fieldErrors).toEqual({
      sponsorId: "Sponsor: an auditor cannot sponsor the plan they audit; choose a member of top management.",
      endorsedOn: "Endorsed on: 1901-01-01 is before 2000; enter the day top management endorsed this plan.",
    });
    const audits = await failure(updateCommitment({ actor, input: { planId: plan.id, version: 1, sponsorId: auditor.id, endorsedOn: "2026-02-10" } }));
    expect(audits.fieldErrors).toEqual({ sponsorId: "Sponsor: an auditor cannot sponsor the plan they audit; choose a member of top management." });
    const old = await failure(updateCommitment({ actor, input: { planId: plan.id, version: 1, sponsorId: executive.id, endorsedOn: "1901-01-01" } }));
    expect(old.fieldErrors).toEqual({ endorsedOn: "Endorsed on: 1901-01-01 is before 2000; enter the day top management endorsed this plan." });
    expect(await db.plan.findUniqueOrThrow({ where: { id: plan.id } })).toEqual(before);
    expect(await db.auditLog.count({ where: { entityId: plan.id, action: "plan.commitment-updated" } })).toBe(0);
    expect((await committeeStage(org, plan.id)).completeness).toBe(0);

    // Someone of the register who is no member may still be top management: saved, and the page asks to check.
    await updateCommitment({ actor, input: { planId: plan.id, version: 1, sponsorId: ann.id, endorsedOn: "2026-02-10" } });
    expect(await getCommittee({ actor, planId: plan.id })).toMatchObject({ sponsor: { id: ann.id }, sponsorRole: null });
    await updateCommitment({ actor, input: { planId: plan.id, version: 2, sponsorId: executive.id, endorsedOn: "2026-02-10" } });
    expect(await getCommittee({ actor, planId: plan.id })).toMatchObject({ sponsor: { id: executive.id }, sponsorRole: "executive" });
  });

  it("matches a sponsor to a member by their whole address: a \"_\" in it is not any character", async () => {
    const org = await makeOrg();
    const { actor, plan } = await setup(org);
    // The auditor signs in as auditor-…@example.test; the managing director's address differs at that one character.
    const director = await createPerson({ actor, input: { name: "Managing director", email: org.actors.auditor.email.replace("auditor-", "auditor_") } });
    await updateCommitment({ actor, input: { planId: plan.id, version: 1, sponsorId: director.id, endorsedOn: "2026-02-10" } });
    expect(await getCommittee({ actor, planId: plan.id })).toMatchObject({ sponsor: { id: director.id }, sponsorRole: null });
  });

  it("is read-only for executives and auditors, and for an archived plan", async () => {
    const org = await makeOrg();
    const { actor, plan, ann } = await setup(org);
    for (const role of ["executive", "auditor"] as const) {
      const refused = await failure(addCommitteeMember({ actor: org.actors[role], input: { planId: plan.id, personId: ann.id, functionalArea: "IT", role: "member" } }));
      expect(refused.code).toBe("FORBIDDEN");
    }
    await archivePlan({ actor, input: { planId: plan.id } });
    const archived = await failure(createErtRole({ actor, input: { planId: plan.id, title: "Incident lead" } }));
    expect(archived).toMatchObject({ code: "CONFLICT", message: "An archived plan cannot be edited." });
    expect(await db.committeeMember.count({ where: { planId: plan.id } })).toBe(0);
  });

  it("reports completeness: chair, three members, ERT roles reachable 24/7, a role that leads the response, sponsor and endorsement", async () => {
    const org = await makeOrg();
    const { actor, plan, ann, ben, cat, dev } = await setup(org);
    // Nothing recorded: no to-do, so the overview shows the stage's empty state.
    expect(await committeeStage(org, plan.id)).toMatchObject({ completeness: 0, todo: [], emptyState: "No committee members or response team recorded yet." });
    // One member who is not the chair meets none of the six checks: 0%, but not "nothing recorded".
    const first = await addCommitteeMember({ actor, input: { planId: plan.id, personId: dev.id, functionalArea: "Facilities", role: "member" } });
    expect(await committeeStage(org, plan.id)).toMatchObject({
      completeness: 0,
      todo: ["Name a chair of the committee.", "Seat at least three committee members (1 so far).", "Add the emergency response team's roles.", "Record the sponsor and the date they endorsed the plan."],
    });
    await db.committeeMember.delete({ where: { id: first.id } });
    await addCommitteeMember({ actor, input: { planId: plan.id, personId: ann.id, functionalArea: "Operations", role: "chair" } });
    expect(await committeeStage(org, plan.id)).toMatchObject({
      completeness: 17,
      todo: ["Seat at least three committee members (1 so far).", "Add the emergency response team's roles.", "Record the sponsor and the date they endorsed the plan."],
    });
    await addCommitteeMember({ actor, input: { planId: plan.id, personId: ben.id, functionalArea: "IT", role: "member" } });
    await addCommitteeMember({ actor, input: { planId: plan.id, personId: cat.id, functionalArea: "Finance", role: "coordinator" } });
    expect(await committeeCompleteness(org, plan.id)).toBe(33);
    // Dev has no after-hours number, so the role is not yet reachable around the clock; and no role leads yet,
    // though its words say it declares the incident: only the mark counts (decision 56).
    const role = await createErtRole({ actor, input: { planId: plan.id, title: "Incident lead", responsibilities: "Declares the incident.", primaryId: ann.id, alternateId: dev.id } });
    expect(await committeeStage(org, plan.id)).toMatchObject({
      completeness: 50,
      todo: [
        "Give the alternate of Incident lead (Dev) a 24/7 number.",
        "Mark the ERT role that leads the response (declares the incident and invokes the plan).",
        "Record the sponsor and the date they endorsed the plan.",
      ],
    });
    await updateErtRole({ actor, input: { planId: plan.id, roleId: role.id, version: 1, title: "Incident lead", responsibilities: "Declares the incident.", primaryId: ann.id, alternateId: ben.id } });
    expect(await committeeCompleteness(org, plan.id)).toBe(67);
    await updateCommitment({ actor, input: { planId: plan.id, version: 1, sponsorId: cat.id, endorsedOn: "2026-02-10" } });
    expect(await committeeStage(org, plan.id)).toMatchObject({ completeness: 83, todo: ["Mark the ERT role that leads the response (declares the incident and invokes the plan)."] });
    await updateErtRole({ actor, input: { planId: plan.id, roleId: role.id, version: 2, title: "Incident lead", responsibilities: "Declares the incident.", primaryId: ann.id, alternateId: ben.id, leadsResponse: "on" } });
    expect(await committeeStage(org, plan.id)).toMatchObject({ completeness: 100, todo: [] });
    // Text kept from before numbers were checked does not make a role reachable.
    await db.person.update({ where: { id: ben.id }, data: { afterHoursPhone: "call reception and ask" } });
    expect(await committeeCompleteness(org, plan.id)).toBe(83);
  });

  it("saves whether a role leads the response, audits it, and names it in a refused stale save", async () => {
    const org = await makeOrg();
    const { actor, plan, ann } = await setup(org);
    const lead = await createErtRole({ actor, input: { planId: plan.id, title: "Incident lead", primaryId: ann.id, leadsResponse: "on" } });
    const other = await createErtRole({ actor, input: { planId: plan.id, title: "IT recovery lead" } });
    expect(await db.ertRole.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ leadsResponse: true, version: 1 });
    expect(await db.ertRole.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ leadsResponse: false });
    expect((await db.auditLog.findFirstOrThrow({ where: { entityId: lead.id, action: "ert-role.created" } })).after).toMatchObject({ leadsResponse: true });
    // The committee page lists the flag with each role.
    const { ertRoles } = await getCommittee({ actor: org.actors.auditor, planId: plan.id });
    expect(ertRoles.map((r) => [r.title, r.leadsResponse])).toEqual([
      ["Incident lead", true],
      ["IT recovery lead", false],
    ]);

    // Unticked, the box sends nothing: the role no longer leads.
    const form = { planId: plan.id, roleId: lead.id, title: "Incident lead", responsibilities: "", primaryId: ann.id, alternateId: "" };
    await updateErtRole({ actor, input: { ...form, version: 1 } });
    expect(await db.ertRole.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ leadsResponse: false, version: 2 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: lead.id, action: "ert-role.updated" } });
    expect([audit.before, audit.after]).toMatchObject([{ leadsResponse: true }, { leadsResponse: false }]);

    // A form opened at version 1 is told who unticked it, field by field, and keeps its own box.
    const stale = await refused(updateErtRole({ actor: org.actors.admin, input: { ...form, version: 1, leadsResponse: "on", responsibilities: "Runs the response." } }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.conflict?.changes).toEqual([{ field: "leadsResponse", label: "Leads the response", from: "yes", to: "no" }]);
    expect(await db.ertRole.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ leadsResponse: false, version: 2, responsibilities: "" });
    // Saving again from the version the conflict gave overwrites it knowingly.
    await updateErtRole({ actor: org.actors.admin, input: { ...form, version: 2, leadsResponse: "on" } });
    expect(await db.ertRole.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({ leadsResponse: true, version: 3 });
  });

  it("seats one chair at most, naming the current chair, when adding and when editing a member", async () => {
    const org = await makeOrg();
    const { actor, plan, ann, ben } = await setup(org);
    const chair = await addCommitteeMember({ actor, input: { planId: plan.id, personId: ann.id, functionalArea: "Operations", role: "chair" } });
    const message = "The committee already has a chair, Ann. Make them a coordinator or member first, or choose another role.";
    const second = await failure(addCommitteeMember({ actor, input: { planId: plan.id, personId: ben.id, functionalArea: "IT", role: "chair" } }));
    expect(second.fieldErrors).toEqual({ role: message });
    expect(await db.committeeMember.count({ where: { planId: plan.id } })).toBe(1);

    const member = await addCommitteeMember({ actor, input: { planId: plan.id, personId: ben.id, functionalArea: "IT", role: "member" } });
    const promote = await failure(updateCommitteeMember({ actor, input: { planId: plan.id, memberId: member.id, version: 1, functionalArea: "IT", role: "chair" } }));
    expect(promote.fieldErrors).toEqual({ role: message });
    expect(await db.committeeMember.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ role: "member", version: 1 });
    // The chair may be saved as chair again; once they step down, another may take the chair.
    await updateCommitteeMember({ actor, input: { planId: plan.id, memberId: chair.id, version: 1, functionalArea: "Operations and sites", role: "chair" } });
    await updateCommitteeMember({ actor, input: { planId: plan.id, memberId: chair.id, version: 2, functionalArea: "Operations and sites", role: "member" } });
    await updateCommitteeMember({ actor, input: { planId: plan.id, memberId: member.id, version: 1, functionalArea: "IT", role: "chair" } });
    expect(await db.committeeMember.count({ where: { planId: plan.id, role: "chair" } })).toBe(1);
    // Two chairs named at the same moment: one is seated, the other refused.
    const other = await createPlan({ actor, input: { name: "Avonmouth" } });
    const results = await Promise.allSettled(
      [ann, ben].map((person) => addCommitteeMember({ actor, input: { planId: other.id, personId: person.id, functionalArea: "Ops", role: "chair" } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.committeeMember.count({ where: { planId: other.id, role: "chair" } })).toBe(1);
  });
});

describe("a committee save that changes nothing", () => {
  const auditRows = (orgId: string, entityId: string) => db.auditLog.count({ where: { orgId, entityId } });

  it("writes no version and no audit row for a seat or a response team role re-saved as stored, and writes a one-field change", async () => {
    const org = await makeOrg();
    const { actor, plan, ann, ben } = await setup(org);
    await addCommitteeMember({ actor, input: { planId: plan.id, personId: ben.id, functionalArea: "IT", role: "member" } });
    const seat = await db.committeeMember.findFirstOrThrow({ where: { planId: plan.id, personId: ben.id } });
    const seatForm = { planId: plan.id, memberId: seat.id, version: 1, functionalArea: "IT", role: "member" };
    expect(await updateCommitteeMember({ actor, input: seatForm })).toMatchObject({ changed: false, version: 1 });
    expect(await db.committeeMember.findUniqueOrThrow({ where: { id: seat.id } })).toMatchObject({ version: 1 });
    const seatAudits = await auditRows(org.orgId, seat.id);
    await updateCommitteeMember({ actor, input: { ...seatForm, functionalArea: "Facilities" } });
    expect(await db.committeeMember.findUniqueOrThrow({ where: { id: seat.id } })).toMatchObject({ version: 2, functionalArea: "Facilities" });
    expect(await auditRows(org.orgId, seat.id)).toBe(seatAudits + 1);
    expect((await failure(updateCommitteeMember({ actor, input: { ...seatForm, functionalArea: "Facilities" } }))).code).toBe("CONFLICT");

    const role = await createErtRole({ actor, input: { planId: plan.id, title: "Incident lead", responsibilities: "Declares the incident", primaryId: ann.id } });
    const roleForm = { planId: plan.id, roleId: role.id, version: 1, title: "Incident lead", responsibilities: "Declares the incident", primaryId: ann.id, alternateId: "" };
    expect(await updateErtRole({ actor, input: roleForm })).toMatchObject({ changed: false, version: 1 });
    expect(await db.ertRole.findUniqueOrThrow({ where: { id: role.id } })).toMatchObject({ version: 1 });
    expect(await auditRows(org.orgId, role.id)).toBe(1);
    await updateErtRole({ actor, input: { ...roleForm, alternateId: ben.id } });
    expect(await db.ertRole.findUniqueOrThrow({ where: { id: role.id } })).toMatchObject({ version: 2, alternateId: ben.id });
    expect(await auditRows(org.orgId, role.id)).toBe(2);
  });
});

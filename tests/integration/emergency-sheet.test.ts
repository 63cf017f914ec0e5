import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createPlan } from "@/lib/plans/create-plan";
import { createPerson } from "@/lib/people/create-person";
import { createErtRole } from "@/lib/committee/create-ert-role";
import { updateErtRole } from "@/lib/committee/update-ert-role";
import { createItem } from "@/lib/inventories/create-item";
import { saveSection } from "@/lib/sections/save-section";
import { updatePerson } from "@/lib/people/update-person";
import { deleteItem } from "@/lib/inventories/delete-item";
import { deleteErtRole } from "@/lib/committee/delete-ert-role";
import { deletePerson } from "@/lib/people/delete-person";
import { getEmergencySheet } from "@/lib/emergency/get-emergency-sheet";
import { SectionText } from "@/components/sections/section-text";
import { RegisterCards } from "@/components/emergency/register-cards";
import { failure, makeOrg } from "./factories";

const NOW = new Date("2026-11-25T12:00:00Z");

describe("the emergency sheet", () => {
  it("reads the response team, the five registers and the activation section back, for every role that reads the plan", async () => {
    const org = await makeOrg("Sheet");
    const actor = org.actors.committee;
    const plan = await createPlan({ actor, input: { name: "Bristol" } });
    const planId = plan.id;
    const priya = await createPerson({
      actor,
      input: { name: "Priya Shah", jobTitle: "Operations Director", email: "priya@example.test", workPhone: "0117 496 0102", mobilePhone: "07700 900102", afterHoursPhone: "0117 496 0872" },
    });
    const tom = await createPerson({ actor, input: { name: "Tom Reed", mobilePhone: "07700 900103", afterHoursPhone: "07700 900103" } });
    const liam = await createPerson({ actor, input: { name: "Liam Foster", workPhone: "0117 496 0105" } });
    // The IT lead's words mention invoking; only the role marked as leading the response leads.
    await createErtRole({ actor, input: { planId, title: "IT recovery lead", responsibilities: "Restores the servers; invokes the vendors' support.", primaryId: liam.id, alternateId: "" } });
    await createErtRole({ actor, input: { planId, title: "Incident lead", responsibilities: "Runs the response.", primaryId: priya.id, alternateId: tom.id, leadsResponse: "on" } });

    const item = (kind: string, data: Record<string, string>) => createItem({ actor, input: { planId, kind, ...data } });
    await item("call_list", { order: "2", person: tom.id, role: "Warehouse", primaryPhone: "07700 900103" });
    await item("call_list", { order: "1", person: priya.id, role: "Incident lead", primaryPhone: "07700 900102", alternatePhone: "0117 496 0872", callsNext: "Tom Reed" });
    await item("critical_phone_numbers", { name: "Bristol Water", category: "Utility", phone: "0345 702 3797" });
    await item("critical_phone_numbers", { name: "Emergency services", category: "Emergency services", phone: "999", available24x7: "yes" });
    await item("temporary_locations", { name: "Regus Temple Quay", address: "1 Friary, Bristol", readyWithinHours: "24", contactPhone: "0800 279 7131" });
    await item("insurance", { insurer: "Hiscox", policyNumber: "CY-2290551", policyType: "Cyber", expiresOn: "2027-03-31", contactPhone: "0800 840 2590", contactEmail: "cyberclaims@hiscox.example" });
    await item("vendors", { name: "Sage UK", service: "ERP support", contractRef: "S200-HLF", phone24x7: "0191 479 5900", critical: "yes" });
    // Another register of the plan, and the same register of another plan: not on the sheet.
    await item("telephones", { number: "0117 496 0000", type: "Hunt group" });
    const other = await createPlan({ actor, input: { name: "Avonmouth" } });
    await createItem({ actor, input: { planId: other.id, kind: "critical_phone_numbers", name: "Avonmouth landlord", category: "Landlord or facilities", phone: "0117 496 0500" } });
    await createErtRole({ actor, input: { planId: other.id, title: "Site lead", responsibilities: "Declares the incident.", primaryId: tom.id, alternateId: "", leadsResponse: "on" } });
    await saveSection({ actor, input: { planId, key: "activation", body: "The incident lead activates the plan.", version: 0 } });

    for (const role of ["admin", "committee", "executive", "auditor"] as const) {
      const sheet = await getEmergencySheet({ actor: org.actors[role], planId, now: NOW });
      expect(sheet.plan).toMatchObject({ id: planId, name: "Bristol", status: "active" });
      expect(sheet.leads.map((r) => r.title)).toEqual(["Incident lead"]);
      expect(sheet.team.map((r) => r.title)).toEqual(["IT recovery lead"]);
    }

    const sheet = await getEmergencySheet({ actor: org.actors.executive, planId, now: NOW });
    const [lead] = sheet.leads;
    expect(lead.primary).toMatchObject({
      name: "Priya Shah",
      jobTitle: "Operations Director",
      reachableAnyHour: true,
      dials: [
        { label: "24/7", text: "0117 496 0872", href: "tel:01174960872" },
        { label: "Mobile", text: "07700 900102", href: "tel:07700900102" },
        { label: "Office", text: "0117 496 0102", href: "tel:01174960102" },
      ],
      mails: [{ label: "E-mail", text: "priya@example.test", href: "mailto:priya@example.test" }],
    });
    expect(lead.alternate?.dials).toEqual([{ label: "24/7 and mobile", text: "07700 900103", href: "tel:07700900103" }]);
    expect(sheet.team[0].primary).toMatchObject({ name: "Liam Foster", reachableAnyHour: false });
    expect(sheet.team[0].alternate).toBeNull();

    // The entry's numbers, then those People holds that the entry does not: Priya's office number.
    expect(sheet.registers.callTree.cards.map((c) => [c.title, c.dials.map((d) => [d.label, d.href])])).toEqual([
      [
        "1. Priya Shah",
        [
          ["Primary number and mobile", "tel:07700900102"],
          ["Alternate number and 24/7", "tel:01174960872"],
          ["Office", "tel:01174960102"],
        ],
      ],
      ["2. Tom Reed", [["Primary number, 24/7 and mobile", "tel:07700900103"]]],
    ]);
    expect(sheet.registers.numbers.cards.map((c) => [c.title, c.dials[0].href])).toEqual([
      ["Emergency services", "tel:999"],
      ["Bristol Water", "tel:03457023797"],
    ]);
    expect(sheet.registers.sites.cards.map((c) => c.title)).toEqual(["Regus Temple Quay"]);
    expect(sheet.registers.insurance.cards).toEqual([
      expect.objectContaining({
        title: "Hiscox — Cyber",
        facts: expect.arrayContaining([{ label: "Policy number", text: "CY-2290551" }]),
        dials: [{ label: "Claims phone", text: "0800 840 2590", href: "tel:08008402590" }],
        mails: [{ label: "Claims e-mail", text: "cyberclaims@hiscox.example", href: "mailto:cyberclaims@hiscox.example" }],
      }),
    ]);
    expect(sheet.registers.vendors.cards).toEqual([
      expect.objectContaining({
        title: "Sage UK",
        facts: [
          { label: "Service", text: "ERP support" },
          { label: "Contract reference", text: "S200-HLF" },
          { label: "Critical to recovery", text: "Yes" },
        ],
        dials: [{ label: "24/7 contact number", text: "0191 479 5900", href: "tel:01914795900" }],
      }),
    ]);
    expect(sheet.activation).toMatchObject({ title: "Activation and notification", body: "The incident lead activates the plan." });
  });

  it("lists only the vendors the team could call or must know it cannot, and says which contracts end soon", async () => {
    const org = await makeOrg("Sheet");
    const actor = org.actors.committee;
    const plan = await createPlan({ actor, input: { name: "Bristol" } });
    const vendor = (data: Record<string, string>) => createItem({ actor, input: { planId: plan.id, kind: "vendors", ...data } });
    await vendor({ name: "Acme", service: "Toner", critical: "no" });
    await vendor({ name: "Office Plants Ltd", service: "Plants" });
    await vendor({ name: "Brightwire", service: "Network", critical: "yes", contractEnd: "2026-12-10" });
    await vendor({ name: "Sage UK", service: "ERP support", critical: "yes", phone24x7: "0191 479 5900", contractEnd: "2027-06-30" });
    await vendor({ name: "DHL", service: "Haulage", phone24x7: "0344 248 0844", contractEnd: "2026-11-01" });

    const { cards, leftOut } = (await getEmergencySheet({ actor: org.actors.executive, planId: plan.id, now: NOW })).registers.vendors;
    // Acme and Office Plants Ltd: not critical to recovery, and no number to call.
    expect(leftOut).toBe(2);
    expect(cards.map((c) => [c.title, c.facts, c.dials.map((d) => d.href), c.none, c.notice, c.warning])).toEqual([
      [
        "Brightwire",
        [
          { label: "Service", text: "Network" },
          { label: "Critical to recovery", text: "Yes" },
        ],
        [],
        "No 24/7 number is recorded for this vendor, critical to recovery: a gap to fill in the Master vendor list.",
        "Contract end 10 Dec 2026: in 15 days.",
        null,
      ],
      ["Sage UK", [{ label: "Service", text: "ERP support" }, { label: "Critical to recovery", text: "Yes" }], ["tel:01914795900"], expect.stringContaining("No 24/7 number"), null, null],
      ["DHL", [{ label: "Service", text: "Haulage" }], ["tel:03442480844"], "No number recorded.", null, "Contract end 1 Nov 2026: expired 24 days ago."],
    ]);
  });

  it("gives each call-tree entry the numbers People holds for its person after the entry's own, so a number changed in People is on the sheet", async () => {
    const org = await makeOrg("Sheet");
    const actor = org.actors.committee;
    const plan = await createPlan({ actor, input: { name: "Bristol" } });
    const tom = await createPerson({ actor, input: { name: "Tom Reed", workPhone: "0117 496 0103", mobilePhone: "07700 900103" } });
    // The entry was typed with Tom's office number; he has since given People his 24/7 number.
    await createItem({ actor, input: { planId: plan.id, kind: "call_list", order: "1", person: tom.id, role: "Warehouse", primaryPhone: "0117 496 0103" } });
    await updatePerson({ actor, input: { personId: tom.id, version: tom.version, name: "Tom Reed", workPhone: "0117 496 0103", mobilePhone: "07700 900103", afterHoursPhone: "07700 900199" } });

    const [entry] = (await getEmergencySheet({ actor: org.actors.auditor, planId: plan.id, now: NOW })).registers.callTree.cards;
    expect(entry.title).toBe("1. Tom Reed");
    expect(entry.dials).toEqual([
      { label: "Primary number and office", text: "0117 496 0103", href: "tel:01174960103" },
      { label: "24/7", text: "07700 900199", href: "tel:07700900199" },
      { label: "Mobile", text: "07700 900103", href: "tel:07700900103" },
    ]);
  });

  it("makes the numbers in the activation text tappable, and shows one person's number written two ways as one button", async () => {
    const org = await makeOrg("Sheet");
    const actor = org.actors.committee;
    const plan = await createPlan({ actor, input: { name: "Bristol" } });
    const alex = await createPerson({ actor, input: { name: "Alex Morgan", afterHoursPhone: "+44 7700 900101", workPhone: "0117 496 0101 ext. 204" } });
    await createItem({ actor, input: { planId: plan.id, kind: "call_list", order: "1", person: alex.id, primaryPhone: "07700 900101", alternatePhone: "0117 496 0101;ext=204" } });
    const body = [
      "The plan is activated when the ERP is down for more than one hour (reviewed 01/12/2026, version 2.3).",
      "",
      "1. Whoever notices calls the IT on-call number 07700 900101, then the incident manager on +44 (0)117 496 0872",
      "2. If anyone is hurt, call 999 first; quote policy 0012345678 to the insurer",
    ].join("\n");
    await saveSection({ actor, input: { planId: plan.id, key: "activation", body, version: 0 } });

    const sheet = await getEmergencySheet({ actor: org.actors.executive, planId: plan.id, now: NOW });
    const activation = renderToStaticMarkup(createElement(SectionText, { text: sheet.activation.body, dialNumbers: true }));
    const links = [...activation.matchAll(/<a [^>]*href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map(([, href, text]) => [text, href]);
    expect(links).toEqual([
      ["07700 900101", "tel:07700900101"],
      ["+44 (0)117 496 0872", "tel:+441174960872"],
      ["999", "tel:999"],
    ]);
    expect(activation).toContain("reviewed 01/12/2026, version 2.3");

    const [entry] = sheet.registers.callTree.cards;
    const card = renderToStaticMarkup(createElement(RegisterCards, { cards: sheet.registers.callTree.cards, label: "Call tree" }));
    expect(entry.dials).toEqual([
      { label: "Primary number and 24/7", text: "07700 900101", href: "tel:07700900101" },
      { label: "Alternate number and office", text: "0117 496 0101;ext=204", href: "tel:01174960101;ext=204" },
    ]);
    expect([...card.matchAll(/href="(tel:[^"]+)"/g)].map(([, href]) => href)).toEqual(["tel:07700900101", "tel:01174960101;ext=204"]);
  });

  it("shows an internal extension in the call tree and People's office number as text, never as a link no phone outside the building can dial", async () => {
    const org = await makeOrg("Sheet");
    const actor = org.actors.committee;
    const plan = await createPlan({ actor, input: { name: "Bristol" } });
    const sam = await createPerson({ actor, input: { name: "Sam Hale", workPhone: "x4021", mobilePhone: "07700 900104" } });
    await createItem({ actor, input: { planId: plan.id, kind: "call_list", order: "1", person: sam.id, primaryPhone: "4021" } });

    const sheet = await getEmergencySheet({ actor: org.actors.executive, planId: plan.id, now: NOW });
    const card = renderToStaticMarkup(createElement(RegisterCards, { cards: sheet.registers.callTree.cards, label: "Call tree" }));
    expect(card.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ")).toContain("Primary number and office: 4021 (internal extension: dial it from a phone in the building)");
    expect([...card.matchAll(/href="([^"]+)"/g)].map(([, href]) => href)).toEqual(["tel:07700900104"]);
  });

  it("warns on a call-tree entry whose person was removed from People: its numbers may reach a leaver, and the tree has a gap", async () => {
    const org = await makeOrg("Sheet");
    const actor = org.actors.committee;
    const plan = await createPlan({ actor, input: { name: "Bristol" } });
    const priya = await createPerson({ actor, input: { name: "Priya Shah", mobilePhone: "07700 900102" } });
    const tom = await createPerson({ actor, input: { name: "Tom Reed", mobilePhone: "07700 900103" } });
    await createItem({ actor, input: { planId: plan.id, kind: "call_list", order: "1", person: priya.id, primaryPhone: "07700 900102", callsNext: "Tom Reed" } });
    await createItem({ actor, input: { planId: plan.id, kind: "call_list", order: "2", person: tom.id, primaryPhone: "07700 900103" } });
    // Tom leaves; an entry of a register does not stop his deletion.
    await deletePerson({ actor, input: { personId: tom.id, version: String(tom.version) } });

    const cards = (await getEmergencySheet({ actor: org.actors.executive, planId: plan.id, now: NOW })).registers.callTree.cards;
    expect(cards.map((c) => [c.title, c.warning])).toEqual([
      ["1. Priya Shah", null],
      ["2. (removed person)", "The person this entry named was removed from People: its numbers may no longer reach anyone on the team, and the call tree has a gap here."],
    ]);
  });

  it("refuses another organisation's plan as not found, whatever the role", async () => {
    const mine = await makeOrg("Sheet");
    const theirs = await makeOrg("Other");
    const plan = await createPlan({ actor: mine.actors.committee, input: { name: "Bristol" } });
    for (const role of ["admin", "executive", "auditor"] as const) {
      const refused = await failure(getEmergencySheet({ actor: theirs.actors[role], planId: plan.id }));
      expect(refused.code, role).toBe("NOT_FOUND");
    }
    expect((await failure(getEmergencySheet({ actor: mine.actors.auditor, planId: "no-such-plan" }))).code).toBe("NOT_FOUND");
  });

  it("gives every block empty for a plan with nothing recorded, and names no lead", async () => {
    const org = await makeOrg("Sheet");
    const plan = await createPlan({ actor: org.actors.committee, input: { name: "Empty" } });
    const sheet = await getEmergencySheet({ actor: org.actors.auditor, planId: plan.id });
    expect(sheet.leads).toEqual([]);
    expect(sheet.team).toEqual([]);
    expect(Object.fromEntries(Object.entries(sheet.registers).map(([key, block]) => [key, [block.kind, block.title, block.cards]]))).toEqual({
      callTree: ["call_list", "Master call list", []],
      numbers: ["critical_phone_numbers", "Critical telephone numbers", []],
      sites: ["temporary_locations", "Temporary location specifications", []],
      insurance: ["insurance", "Insurance policy inventory", []],
      vendors: ["vendors", "Master vendor list", []],
    });
    expect(sheet.activation).toMatchObject({ body: "", updatedAt: null });
    expect(sheet.asOf).toBeNull();
  });

  it("names no lead when no role is marked as leading the response, whatever the roles' words say, and shows the whole team", async () => {
    const org = await makeOrg("Sheet");
    const actor = org.actors.admin;
    const plan = await createPlan({ actor, input: { name: "Avonmouth" } });
    await createErtRole({ actor, input: { planId: plan.id, title: "Site lead", responsibilities: "Declares the incident and invokes the plan.", primaryId: "", alternateId: "" } });
    const facilities = await createErtRole({ actor, input: { planId: plan.id, title: "Facilities", responsibilities: "", primaryId: "", alternateId: "" } });
    const sheet = await getEmergencySheet({ actor: org.actors.auditor, planId: plan.id });
    expect(sheet.leads).toEqual([]);
    expect(sheet.team.map((r) => [r.title, r.primary, r.alternate])).toEqual([
      ["Site lead", null, null],
      ["Facilities", null, null],
    ]);
    // Marked on the committee page, the role leads at once.
    await updateErtRole({ actor, input: { planId: plan.id, roleId: facilities.id, version: 1, title: "Facilities", leadsResponse: "on" } });
    const marked = await getEmergencySheet({ actor: org.actors.auditor, planId: plan.id });
    expect(marked.leads.map((r) => r.title)).toEqual(["Facilities"]);
    expect(marked.team.map((r) => r.title)).toEqual(["Site lead"]);
  });

  it("dates the sheet by the newest change to what it shows, an edit, a person's number or a deletion, and not by the rest of the plan", async () => {
    const org = await makeOrg("Sheet");
    const actor = org.actors.committee;
    const plan = await createPlan({ actor, input: { name: "Bristol" } });
    const planId = plan.id;
    // Each step comes strictly after the one before, so the dates compared cannot tie.
    const tick = () => new Promise((resolve) => setTimeout(resolve, 10));
    const asOf = async () => (await getEmergencySheet({ actor: org.actors.auditor, planId, now: NOW })).asOf!;
    const since = async (before: Date) => {
      const date = await asOf();
      expect(date.getTime()).toBeGreaterThan(before.getTime());
      return date;
    };

    const priya = await createPerson({ actor, input: { name: "Priya Shah", mobilePhone: "07700 900102" } });
    const start = new Date();
    await tick();
    const role = await createErtRole({ actor, input: { planId, title: "Incident lead", responsibilities: "", primaryId: priya.id, alternateId: "" } });
    let last = await since(start);
    expect(last.getTime()).toBeLessThanOrEqual(Date.now());
    await tick();
    const vendor = await createItem({ actor, input: { planId, kind: "vendors", name: "Sage UK", service: "ERP support", contractRef: "S200-HLF", phone24x7: "0191 479 5900", critical: "yes" } });
    last = await since(last);
    await tick();
    await saveSection({ actor, input: { planId, key: "activation", body: "The incident lead activates the plan.", version: 0 } });
    last = await since(last);
    await tick();
    await updatePerson({ actor, input: { personId: priya.id, version: priya.version, name: "Priya Shah", mobilePhone: "07700 900199" } });
    last = await since(last);
    await tick();
    await deleteItem({ actor, input: { planId, kind: "vendors", itemId: vendor.id, version: String(vendor.version) } });
    last = await since(last);
    await tick();
    await deleteErtRole({ actor, input: { planId, roleId: role.id, version: String(role.version) } });
    last = await since(last);
    const tom = await createPerson({ actor, input: { name: "Tom Reed", mobilePhone: "07700 900103" } });
    await createItem({ actor, input: { planId, kind: "call_list", order: "1", person: tom.id, primaryPhone: "07700 900103" } });
    last = await since(last);
    await tick();
    // Named only in a register's entry, a person may be deleted: the entry then shows them as removed.
    await deletePerson({ actor, input: { personId: tom.id, version: String(tom.version) } });
    last = await since(last);

    // What the sheet does not show leaves its date alone: another register, another plan's sheet.
    await tick();
    await createItem({ actor, input: { planId, kind: "telephones", number: "0117 496 0000", type: "Hunt group" } });
    const other = await createPlan({ actor, input: { name: "Avonmouth" } });
    await createErtRole({ actor, input: { planId: other.id, title: "Site lead", responsibilities: "", primaryId: "", alternateId: "" } });
    expect(await asOf()).toEqual(last);
    expect((await getEmergencySheet({ actor: org.actors.auditor, planId, now: NOW })).generatedAt).toEqual(NOW);
  });
});

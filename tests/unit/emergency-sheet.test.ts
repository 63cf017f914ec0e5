import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RegisterCards } from "@/components/emergency/register-cards";
import { splitLeads } from "@/lib/emergency/lead-roles";
import { dials, isInternalExtension, personDials } from "@/lib/emergency/dials";
import { EMERGENCY_KINDS, EMERGENCY_REGISTERS, REMOVED_PERSON_WARNING, registerCards } from "@/lib/emergency/register-cards";
import { registerOf } from "@/lib/inventories/registers";

const role = (title: string, responsibilities = "", leadsResponse = false) => ({ title, responsibilities, leadsResponse });

describe("the roles that lead", () => {
  it("are those marked as leading the response, in the team's order, whatever their words say", () => {
    const roles = [
      role("IT recovery lead", "Restores systems in priority order; invokes the vendors' support contracts."),
      role("Incident commander", "Runs the response calls.", true),
      role("Communications lead", "Declares nothing to the press until the incident lead agrees."),
      role("Deputy", "Stands in for the incident commander.", true),
    ];
    const { leads, others } = splitLeads(roles);
    expect(leads.map((r) => r.title)).toEqual(["Incident commander", "Deputy"]);
    expect(others.map((r) => r.title)).toEqual(["IT recovery lead", "Communications lead"]);
  });

  it("are none when no role is marked: no role is guessed, its words notwithstanding, and none without a team", () => {
    const { leads, others } = splitLeads([role("Incident lead", "Declares the incident and invokes the plan."), role("Welfare")]);
    expect({ leads, others: others.map((r) => r.title) }).toEqual({ leads: [], others: ["Incident lead", "Welfare"] });
    expect(splitLeads([])).toEqual({ leads: [], others: [] });
  });
});

describe("the numbers offered as buttons", () => {
  it("are one button per number, labels joined when one number is kept under two, blanks left out", () => {
    expect(dials([{ label: "24/7", text: "07700 900101" }, { label: "Mobile", text: "07700900101" }, { label: "Office", text: "0117 496 0101" }, { label: "Fax", text: " " }])).toEqual([
      { label: "24/7 and mobile", text: "07700 900101", href: "tel:07700900101" },
      { label: "Office", text: "0117 496 0101", href: "tel:01174960101" },
    ]);
  });

  it("are one button for a number written national in one place and international in another, the first as written", () => {
    expect(
      dials([
        { label: "Primary number", text: "0117 496 0101" },
        { label: "24/7", text: "+44 117 496 0101" },
        { label: "Mobile", text: "0044 (0)117 4960101" },
        { label: "Office", text: "0117 496 0101;ext=204" },
      ]),
    ).toEqual([
      { label: "Primary number, 24/7 and mobile", text: "0117 496 0101", href: "tel:01174960101" },
      { label: "Office", text: "0117 496 0101;ext=204", href: "tel:01174960101;ext=204" },
    ]);
  });

  it("show text kept where a number belongs, unlinked", () => {
    expect(dials([{ label: "24/7", text: "ask reception" }])).toEqual([{ label: "24/7", text: "ask reception", href: null }]);
  });

  it("of a person are their 24/7, mobile and office numbers in that order, with their e-mail", () => {
    const person = { name: "Priya Shah", email: "priya.shah@harbourlane.example", workPhone: "0117 496 0102", mobilePhone: "07700 900102", afterHoursPhone: "0117 496 0872" };
    expect(personDials(person)).toEqual({
      dials: [
        { label: "24/7", text: "0117 496 0872", href: "tel:01174960872" },
        { label: "Mobile", text: "07700 900102", href: "tel:07700900102" },
        { label: "Office", text: "0117 496 0102", href: "tel:01174960102" },
      ],
      mails: [{ label: "E-mail", text: "priya.shah@harbourlane.example", href: "mailto:priya.shah@harbourlane.example" }],
      reachableAnyHour: true,
    });
    expect(personDials({ ...person, afterHoursPhone: "", email: "" }).reachableAnyHour).toBe(false);
    expect(personDials({ ...person, afterHoursPhone: "", email: "" }).mails).toEqual([]);
  });
});

describe("the registers the sheet reads", () => {
  it("name fields their registers declare, numbers in phone fields and addresses in e-mail fields", () => {
    expect([...EMERGENCY_KINDS].sort()).toEqual(["call_list", "critical_phone_numbers", "insurance", "temporary_locations", "vendors"]);
    for (const spec of Object.values(EMERGENCY_REGISTERS)) {
      const fields = new Map(registerOf(spec.kind).fields.map((f) => [f.key, f.type]));
      for (const key of [...spec.title, ...spec.facts, ...spec.sort]) expect(fields.has(key), `${spec.kind}.${key}`).toBe(true);
      for (const key of spec.dials) expect(fields.get(key), `${spec.kind}.${key}`).toBe("phone");
      for (const key of spec.mails) expect(fields.get(key), `${spec.kind}.${key}`).toBe("email");
    }
  });
});

const now = new Date("2026-11-25T09:00:00Z");
/** The moment the n-th item of a register was entered. */
const entered = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, n));
const personName = (id: string) => ({ p1: "Priya Shah", p2: "Daniel Okafor" })[id] ?? "(removed person)";

describe("a register's items as cards", () => {
  it("keeps the call tree in its order, numbered, with each person's numbers from the entry", () => {
    const cards = registerCards({
      register: "callTree",
      items: [
        { id: "b", data: { order: 2, person: "p2", role: "Managing Director", primaryPhone: "07700 900100", alternatePhone: null, callsNext: "Sarah Lewis" }, createdAt: entered(1) },
        { id: "a", data: { order: 1, person: "p1", role: "Incident lead", primaryPhone: "07700 900102", alternatePhone: "0117 496 0872", callsNext: null }, createdAt: entered(2) },
      ],
      personName,
      now,
    });
    expect(cards).toEqual([
      {
        id: "a",
        title: "1. Priya Shah",
        facts: [{ label: "Role in an incident", text: "Incident lead" }],
        dials: [
          { label: "Primary number", text: "07700 900102", href: "tel:07700900102" },
          { label: "Alternate number", text: "0117 496 0872", href: "tel:01174960872" },
        ],
        mails: [],
        none: "No number recorded.",
        warning: null,
        notice: null,
      },
      {
        id: "b",
        title: "2. Daniel Okafor",
        facts: [
          { label: "Role in an incident", text: "Managing Director" },
          { label: "Calls next", text: "Sarah Lewis" },
        ],
        dials: [{ label: "Primary number", text: "07700 900100", href: "tel:07700900100" }],
        mails: [],
        none: "No number recorded.",
        warning: null,
        notice: null,
      },
    ]);
  });

  it("follows a call-tree entry's numbers with those People holds for its person, one button per number", () => {
    const [card] = registerCards({
      register: "callTree",
      items: [{ id: "a", data: { order: 1, person: "p1", primaryPhone: "07700 900102", alternatePhone: null }, createdAt: entered(1) }],
      personName,
      personNumbers: (id) =>
        id === "p1"
          ? [
              { label: "24/7", text: "0117 496 0872" },
              { label: "Mobile", text: "07700900102" },
              { label: "Office", text: "" },
            ]
          : [],
      now,
    });
    expect(card.dials).toEqual([
      { label: "Primary number and mobile", text: "07700 900102", href: "tel:07700900102" },
      { label: "24/7", text: "0117 496 0872", href: "tel:01174960872" },
    ]);
    const [removed] = registerCards({
      register: "callTree",
      items: [{ id: "b", data: { order: 2, person: "gone", primaryPhone: "07700 900199" }, createdAt: entered(2) }],
      personName,
      personNumbers: () => null,
      now,
    });
    expect(removed).toMatchObject({ title: "2. (removed person)", dials: [{ label: "Primary number", text: "07700 900199", href: "tel:07700900199" }], warning: REMOVED_PERSON_WARNING });
    // Only the call tree's person: no other register offers People's numbers.
    expect(EMERGENCY_REGISTERS.callTree.personDials).toBe("person");
    expect(Object.values(EMERGENCY_REGISTERS).filter((spec) => "personDials" in spec).map((spec) => spec.kind)).toEqual(["call_list"]);
  });

  it("puts the emergency services first (the register's category order), each category as entered, and links their short codes", () => {
    const cards = registerCards({
      register: "numbers",
      items: [
        { id: "1", data: { name: "Landlord", category: "Landlord or facilities", phone: "0117 496 0500", available24x7: false }, createdAt: entered(1) },
        { id: "2", data: { name: "Power cut line", category: "Utility", phone: "105", available24x7: true, reference: "MPAN 12" }, createdAt: entered(2) },
        { id: "3", data: { name: "Emergency services", category: "Emergency services", phone: "999", available24x7: true }, createdAt: entered(3) },
        { id: "4", data: { name: "Avon and Somerset Police", category: "Emergency services", phone: "101", available24x7: true }, createdAt: entered(4) },
      ],
      personName,
      now,
    });
    expect(cards.map((c) => [c.title, c.dials[0].href])).toEqual([
      ["Emergency services", "tel:999"],
      ["Avon and Somerset Police", "tel:101"],
      ["Power cut line", "tel:105"],
      ["Landlord", "tel:01174960500"],
    ]);
    expect(cards[2].facts).toEqual([
      { label: "Category", text: "Utility" },
      { label: "Answered 24/7", text: "Yes" },
      { label: "Account or reference", text: "MPAN 12" },
    ]);
    expect(cards[3].facts).toContainEqual({ label: "Answered 24/7", text: "No" });
  });

  it("gives the insurers' claim lines with the policy to quote, and says when a policy has expired", () => {
    const [expired, current] = registerCards({
      register: "insurance",
      items: [
        { id: "z", data: { insurer: "Zurich", policyNumber: "EL-1", policyType: "Public and employers' liability", expiresOn: "2027-09-01", contactPhone: "0800 302 9045" }, createdAt: entered(6) },
        { id: "a", data: { insurer: "Aviva", policyNumber: "BI-4", policyType: "Business interruption", expiresOn: "2026-11-22", contactPhone: null, contactEmail: "claims@aviva.example" }, createdAt: entered(7) },
      ],
      personName,
      now,
    });
    expect(expired.title).toBe("Aviva — Business interruption");
    expect(expired.facts).toEqual([
      { label: "Policy number", text: "BI-4" },
      { label: "Expiry date", text: "22 Nov 2026" },
    ]);
    expect(expired.dials).toEqual([]);
    expect(expired.mails).toEqual([{ label: "Claims e-mail", text: "claims@aviva.example", href: "mailto:claims@aviva.example" }]);
    expect(expired.warning).toBe("Expiry date 22 Nov 2026: expired 3 days ago.");
    expect(current.warning).toBeNull();
    expect(current.dials).toEqual([{ label: "Claims phone", text: "0800 302 9045", href: "tel:08003029045" }]);
  });

  it("lists the vendors critical to recovery first, with their 24/7 number and contract reference", () => {
    const cards = registerCards({
      register: "vendors",
      items: [
        { id: "1", data: { name: "DHL", service: "Haulage", critical: false, phone24x7: "0344 248 0844" }, createdAt: entered(8) },
        { id: "2", data: { name: "Sage UK", service: "ERP support", critical: true, contractRef: "S200", phone24x7: "0191 479 5900" }, createdAt: entered(9) },
        { id: "3", data: { name: "Acme", service: "Toner", critical: false, phone24x7: "0800 123 4567" }, createdAt: entered(10) },
      ],
      personName,
      now,
    });
    expect(cards.map((c) => c.title)).toEqual(["Sage UK", "Acme", "DHL"]);
    expect(cards[0].facts).toEqual([
      { label: "Service", text: "ERP support" },
      { label: "Contract reference", text: "S200" },
      { label: "Critical to recovery", text: "Yes" },
    ]);
    expect(cards[0].dials).toEqual([{ label: "24/7 contact number", text: "0191 479 5900", href: "tel:01914795900" }]);
    expect(cards[1].facts).toContainEqual({ label: "Critical to recovery", text: "No" });
  });

  it("leaves out a vendor not critical to recovery with no number, and says a critical one without a number is a gap", () => {
    const cards = registerCards({
      register: "vendors",
      items: [
        { id: "1", data: { name: "Acme", service: "Toner", critical: false, email: "orders@acme.example" }, createdAt: entered(1) },
        { id: "2", data: { name: "Brightwire", service: "Network", critical: true }, createdAt: entered(2) },
        { id: "3", data: { name: "Unsure Ltd", service: "Cleaning" }, createdAt: entered(3) },
        { id: "4", data: { name: "DHL", service: "Haulage", critical: false, phone24x7: "0344 248 0844" }, createdAt: entered(4) },
      ],
      personName,
      now,
    });
    expect(cards.map((c) => c.title)).toEqual(["Brightwire", "DHL"]);
    expect(cards[0].dials).toEqual([]);
    expect(cards[0].none).toBe("No 24/7 number is recorded for this vendor, critical to recovery: a gap to fill in the Master vendor list.");
    // Elsewhere a card without a number says just that.
    const [site] = registerCards({ register: "sites", items: [{ id: "s", data: { name: "Regus" }, createdAt: entered(5) }], personName, now });
    expect(site.none).toBe("No number recorded.");
  });

  it("says when a contract ends, or a policy expires, within the app's warning window, and not before", () => {
    const vendor = (id: string, contractEnd: string) => ({ id, data: { name: `Vendor ${id}`, service: "ERP support", critical: true, phone24x7: "0191 479 5900", contractEnd }, createdAt: entered(Number(id)) });
    const [soon, today, far, expired] = registerCards({
      register: "vendors",
      items: [vendor("1", "2026-12-01"), vendor("2", "2026-11-25"), vendor("3", "2027-03-01"), vendor("4", "2026-11-20")],
      personName,
      now,
    });
    expect([soon.notice, soon.warning]).toEqual(["Contract end 1 Dec 2026: in 6 days.", null]);
    expect(today.notice).toBe("Contract end 25 Nov 2026: expires today.");
    // 96 days away: past the 90 days the plan overview and the register warn within.
    expect([far.notice, far.warning]).toEqual([null, null]);
    expect([expired.notice, expired.warning]).toEqual([null, "Contract end 20 Nov 2026: expired 5 days ago."]);
    const [policy] = registerCards({
      register: "insurance",
      items: [{ id: "p", data: { insurer: "Aviva", policyType: "Property", expiresOn: "2027-02-23", contactPhone: "0800 015 1142" }, createdAt: entered(1) }],
      personName,
      now,
    });
    expect(policy.notice).toBe("Expiry date 23 Feb 2027: in 90 days.");
  });

  it("shows no yes/no fact nobody recorded, rather than a dash", () => {
    const [number] = registerCards({ register: "numbers", items: [{ id: "1", data: { name: "Landlord", category: "Landlord or facilities", phone: "0117 496 0500" }, createdAt: entered(1) }], personName, now });
    expect(number.facts).toEqual([{ label: "Category", text: "Landlord or facilities" }]);
    const [vendor] = registerCards({ register: "vendors", items: [{ id: "2", data: { name: "DHL", service: "Haulage", phone24x7: "0344 248 0844" }, createdAt: entered(2) }], personName, now });
    expect(vendor.facts).toEqual([{ label: "Service", text: "Haulage" }]);
    expect(JSON.stringify([number, vendor])).not.toContain("—");
  });

  it("lists the alternate sites the soonest ready first, those without a time last", () => {
    const cards = registerCards({
      register: "sites",
      items: [
        { id: "1", data: { name: "Regus", address: "Temple Quay", readyWithinHours: 24 }, createdAt: entered(11) },
        { id: "2", data: { name: "Someday", address: "Far away", readyWithinHours: null }, createdAt: entered(12) },
        { id: "3", data: { name: "Cold store office", address: "Severn Road", readyWithinHours: 4, contactPhone: "07700 900103" }, createdAt: entered(13) },
      ],
      personName,
      now,
    });
    expect(cards.map((c) => c.title)).toEqual(["Cold store office", "Regus", "Someday"]);
    expect(cards[0].facts).toContainEqual({ label: "Ready within", text: "4 hours" });
  });
});

/** The text a reader sees, tags dropped. */
const seen = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();

describe("an internal extension on the sheet", () => {
  it("is no link: a phone outside the building cannot dial it; written two ways it is one line, and a short code is linked only where a service's number is kept", () => {
    const found = dials([
      { label: "Primary number", text: "4021" },
      { label: "Mobile", text: "07700 900101" },
      { label: "Office", text: "ext. 4021" },
      { label: "Alternate number", text: "999" },
      { label: "Phone", text: "999", shortCode: true },
    ]);
    expect(found).toEqual([
      { label: "Primary number and office", text: "4021", href: null },
      { label: "Mobile", text: "07700 900101", href: "tel:07700900101" },
      { label: "Alternate number", text: "999", href: null },
      { label: "Phone", text: "999", href: "tel:999" },
    ]);
    expect(found.map(isInternalExtension)).toEqual([true, false, false, false]);
  });

  it("shows a call-tree entry's extension as text, saying where it is dialled from, beside the numbers it links", () => {
    const cards = registerCards({
      register: "callTree",
      items: [{ id: "a", data: { order: 1, person: "p1", primaryPhone: "4021", alternatePhone: null }, createdAt: entered(1) }],
      personName,
      personNumbers: () => [
        { label: "24/7", text: "" },
        { label: "Mobile", text: "07700 900102" },
        { label: "Office", text: "x4021" },
      ],
      now,
    });
    expect(cards[0].dials).toEqual([
      { label: "Primary number and office", text: "4021", href: null },
      { label: "Mobile", text: "07700 900102", href: "tel:07700900102" },
    ]);
    const html = renderToStaticMarkup(createElement(RegisterCards, { cards, label: "Call tree" }));
    expect(seen(html)).toContain("Primary number and office: 4021 (internal extension: dial it from a phone in the building)");
    expect(seen(html)).not.toContain("not a phone number");
    expect([...html.matchAll(/href="([^"]+)"/g)].map(([, href]) => href)).toEqual(["tel:07700900102"]);
  });

  it("leaves the critical numbers' short codes linked, as decision 46 has them", () => {
    const cards = registerCards({ register: "numbers", items: [{ id: "1", data: { name: "Emergency services", category: "Emergency services", phone: "999" }, createdAt: entered(1) }], personName, now });
    const html = renderToStaticMarkup(createElement(RegisterCards, { cards, label: "Numbers" }));
    expect([...html.matchAll(/href="([^"]+)"/g)].map(([, href]) => href)).toEqual(["tel:999"]);
  });
});

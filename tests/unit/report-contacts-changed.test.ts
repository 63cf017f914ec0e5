import { describe, expect, it } from "vitest";
import { contactsChanged } from "@/lib/reports/contacts-changed";

const liam = { id: "p-liam", name: "Liam Foster", email: "liam@example.test", workPhone: "0117 496 0101", mobilePhone: "07700 900105", afterHoursPhone: "07700 900105" };
const priya = { id: "p-priya", name: "Priya Shah", email: "priya@example.test", workPhone: "0117 496 0872", mobilePhone: "07700 900102", afterHoursPhone: "" };

describe("contacts changed since a version", () => {
  it("names the people whose numbers or e-mail differ today, once each, in order of mention", () => {
    expect(contactsChanged([liam, priya, liam], [{ ...liam, mobilePhone: "07700 900999" }, priya])).toEqual(["Liam Foster"]);
    expect(contactsChanged([priya, liam], [{ ...priya, email: "p.shah@example.test" }, { ...liam, afterHoursPhone: null }])).toEqual(["Priya Shah", "Liam Foster"]);
  });

  it("says who was removed from the people register", () => {
    expect(contactsChanged([priya, liam], [priya])).toEqual(["Liam Foster (no longer in the people register)"]);
  });

  it("finds nothing when only spacing around a number or an empty detail's form differs", () => {
    expect(contactsChanged([priya, null, undefined], [{ ...priya, afterHoursPhone: null, workPhone: " 0117 496 0872 " }])).toEqual([]);
  });
});

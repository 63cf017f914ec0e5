import { describe, expect, it } from "vitest";
import { contact } from "@/lib/reports/pdf/context";

const nb = (text: string) => text.replace(/ /g, "\u00A0");

describe("a person's contact in the plan's PDF", () => {
  it("gives the number that reaches them at any hour first, then the mobile, the office and the e-mail", () => {
    const liam = { name: "Liam Foster", email: "liam@example.test", workPhone: "0117 496 0101", mobilePhone: "07700 900106", afterHoursPhone: "07700 900105" };
    expect(contact(liam)).toBe(`after hours ${nb("07700 900105")}, mobile ${nb("07700 900106")}, office ${nb("0117 496 0101")}, liam@example.test`);
  });

  it("says when no phone number is recorded, rather than leave an e-mail address to read as the way to reach them", () => {
    expect(contact({ name: "Priya Shah", email: "priya@example.test", workPhone: "", mobilePhone: null, afterHoursPhone: "  " })).toBe(
      "no phone number recorded, priya@example.test",
    );
    expect(contact({ name: "Priya Shah", email: "", workPhone: null, mobilePhone: null, afterHoursPhone: null })).toBe("no phone number or e-mail recorded");
  });
});

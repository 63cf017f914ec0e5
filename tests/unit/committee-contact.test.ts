import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CommitteeContact } from "@/components/committee/contact";

const person = { name: "Priya Shah", email: "priya@harbourlane.example", mobilePhone: "07700 900123", afterHoursPhone: "+44 117 496 0101" };
const render = (p: typeof person) => renderToStaticMarkup(createElement(CommitteeContact, { person: p }));
/** The text a reader sees, tags dropped (a line-break opportunity, <wbr>, adds no space). */
const text = (html: string) => html.replace(/<wbr\/?>/g, "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();

describe("a committee member's contact cell", () => {
  it("gives the e-mail, the mobile and the 24/7 number, as the response team's table gives its 24/7 number", () => {
    const html = render(person);
    expect(text(html)).toBe("priya@harbourlane.example Mobile: 07700 900123 24/7: +44 117 496 0101");
    expect(html).toContain('href="mailto:priya@harbourlane.example"');
    expect(html).toContain('href="tel:07700900123"');
    expect(html).toContain('href="tel:+441174960101"');
  });

  it("links only real numbers, flags text kept as a number, and says when there is nothing to reach them by", () => {
    const html = render({ ...person, email: "", mobilePhone: "ask reception", afterHoursPhone: "" });
    expect(text(html)).toBe("Mobile: ask reception (not a phone number)");
    expect(html).not.toContain("tel:");
    expect(text(render({ ...person, email: "", mobilePhone: "", afterHoursPhone: "" }))).toBe("No contact details");
  });
});

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ApproversForm } from "@/components/versions/approvers-form";

const form = (manageMembers: boolean) =>
  renderToStaticMarkup(
    createElement(ApproversForm, { action: async () => ({ status: "idle" }) as never, planId: "p1", executives: [], selected: [], pendingNumber: null, manageMembers }),
  );

// A new organisation's first plan: its administrator, the only member, reaches the approvers
// before anyone has the executive role.
describe("the approvers of an organisation with no executives", () => {
  it("sends an administrator to the members page, where they give someone that role", () => {
    expect(form(true)).toContain(
      'The organisation has no executives yet: <a class="text-blue-700 underline" href="/members">add one, or give a member that role, on the Members page</a>.',
    );
  });

  it("tells a committee member, who cannot, whom to ask, without a link", () => {
    const html = form(false);
    expect(html).toContain("The organisation has no executives yet. An administrator can give someone that role.");
    expect(html).not.toContain('href="/members"');
  });
});

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EmptyBlock } from "@/components/emergency/dial-buttons";
import { emptyFallback } from "@/lib/emergency/empty-blocks";

const callTree = (canEdit: boolean) =>
  renderToStaticMarkup(
    createElement(
      EmptyBlock,
      { how: "The committee keeps it in", href: "/plans/p1/inventories/call_list", where: "the Master call list", canEdit, fallback: "Until then, call the response team above." },
      "Nobody is in the call tree yet.",
    ),
  );

describe("an empty block of the emergency sheet", () => {
  it("says who fills it in, and links there only for a reader who may edit the plan", () => {
    expect(callTree(true)).toContain(
      'Nobody is in the call tree yet. The committee keeps it in <a class="text-blue-800 underline" href="/plans/p1/inventories/call_list">the Master call list</a>. Until then, call the response team above.',
    );
    // An executive or an auditor would reach a page they can only read: the place is named, not linked.
    const read = callTree(false);
    expect(read).toContain("Nobody is in the call tree yet. The committee keeps it in the Master call list. Until then, call the response team above.");
    expect(read).not.toContain("<a");
  });
});

describe("whom to call while a block is empty", () => {
  it("is the response team when the plan names one, the call tree when only it has people, else nobody the sheet knows", () => {
    const team = { roles: 2, callTree: 3 };
    expect(emptyFallback({ block: "vendors", ...team })).toBe("Until then, call the response team above.");
    expect(emptyFallback({ block: "activation", ...team })).toBe("Until then, call the response team above.");
    // No role leads: the team is listed under the block that says so.
    expect(emptyFallback({ block: "leads", ...team })).toBe("Until then, call the response team below.");
    // Every role leads: nothing is missing, the leads are just above.
    expect(emptyFallback({ block: "team", ...team })).toBeNull();
    const noTeam = { roles: 0, callTree: 3 };
    expect(emptyFallback({ block: "leads", ...noTeam })).toBe("Until then, call the people in the call tree below.");
    expect(emptyFallback({ block: "sites", ...noTeam })).toBe("Until then, call the people in the call tree above.");
    expect(emptyFallback({ block: "callTree", roles: 0, callTree: 0 })).toBeNull();
    expect(emptyFallback({ block: "insurance", roles: 0, callTree: 0 })).toBeNull();
  });
});

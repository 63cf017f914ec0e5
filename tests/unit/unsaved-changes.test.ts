import { describe, expect, it } from "vitest";
import { formSnapshot, leavesPage, unsavedChangesQuestion } from "@/lib/forms/unsaved-changes";

/** What a form would submit: its fields as FormData builds them from the page. */
function submitted(fields: [string, string | File][]): FormData {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
}

describe("whether a form holds unsaved changes", () => {
  const stored = submitted([
    ["planId", "p1"],
    ["version", "3"],
    ["name", "Order picking"],
    ["description", "Pick and pack"],
  ]);

  it("is no while every field holds what it started with", () => {
    expect(formSnapshot(submitted([...stored]))).toBe(formSnapshot(stored));
  });

  it("is yes once a field differs", () => {
    const typed = submitted([...stored].map(([name, value]) => [name, name === "description" ? "Pick, pack and ship" : value]));
    expect(formSnapshot(typed)).not.toBe(formSnapshot(stored));
  });

  it("is no again when the field is typed back to what it was", () => {
    const typedBack = submitted([...stored].map(([name, value]) => [name, name === "description" ? "Pick and pack" : value]));
    expect(formSnapshot(typedBack)).toBe(formSnapshot(stored));
  });

  it("counts a ticked or unticked box, which adds or drops a field", () => {
    const unticked = submitted([["name", "Payroll"]]);
    const ticked = submitted([
      ["name", "Payroll"],
      ["systemIds", "erp"],
    ]);
    expect(formSnapshot(ticked)).not.toBe(formSnapshot(unticked));
  });

  it("tells a field's value from another field's name", () => {
    expect(formSnapshot(submitted([["a", "b"]]))).not.toBe(formSnapshot(submitted([["ab", ""]])));
  });

  it("leaves out the fields the page keeps filled itself, and counts one once the person types in it", () => {
    // An incident form's time, filled with the page's now while untouched, which a refresh moves on.
    const opened = submitted([["filledNow", "2026-12-04 02:50"], ["at", "2026-12-04 02:50"], ["text", ""]]);
    const refreshed = submitted([["filledNow", "2026-12-04 02:51"], ["at", "2026-12-04 02:51"], ["text", ""]]);
    const typed = submitted([["filledNow", "2026-12-04 02:51"], ["at", "2026-12-04 02:40"], ["text", ""]]);
    expect(formSnapshot(refreshed, new Set(["filledNow", "at"]))).toBe(formSnapshot(opened, new Set(["filledNow", "at"])));
    expect(formSnapshot(typed, new Set(["filledNow"]))).not.toBe(formSnapshot(opened, new Set(["filledNow", "at"])));
  });

  it("counts a chosen file, and not the empty one an untouched file input sends", () => {
    const untouched = submitted([["file", new File([], "")]]);
    expect(formSnapshot(submitted([["file", new File([], "")]]))).toBe(formSnapshot(untouched));
    expect(formSnapshot(submitted([["file", new File(["evidence"], "restore-log.txt")]]))).not.toBe(formSnapshot(untouched));
  });
});

describe("whether following a link leaves the page", () => {
  const from = "https://continuity.example/plans/p1/bia/functions/f1";

  it("does for another page of the app, a breadcrumb or a tab", () => {
    expect(leavesPage({ from, to: "https://continuity.example/plans/p1/priorities" })).toBe(true);
    expect(leavesPage({ from, to: "/plans" })).toBe(true);
  });

  it("does for the same page with another query, and for another site", () => {
    expect(leavesPage({ from, to: `${from}?edit=x` })).toBe(true);
    expect(leavesPage({ from, to: "https://www.nist.gov/" })).toBe(true);
  });

  it("does not for a jump within the page", () => {
    expect(leavesPage({ from, to: `${from}#main` })).toBe(false);
    expect(leavesPage({ from: `${from}#main`, to: from })).toBe(false);
  });

  it("does not when the browser opens it elsewhere or saves it", () => {
    const to = "/plans/p1/priorities";
    expect(leavesPage({ from, to, target: "_blank" })).toBe(false);
    expect(leavesPage({ from, to, modified: true })).toBe(false);
    expect(leavesPage({ from, to, button: 1 })).toBe(false);
    expect(leavesPage({ from, to: "/plans/p1/inventories/equipment/export", download: true })).toBe(false);
    expect(leavesPage({ from, to, target: "_self" })).toBe(true);
  });

  it("does not for a phone number or an e-mail address", () => {
    expect(leavesPage({ from, to: "tel:+441179460000" })).toBe(false);
    expect(leavesPage({ from, to: "mailto:priya.shah@harbourlane.example" })).toBe(false);
  });
});

describe("the question asked before leaving", () => {
  it("names the changed form", () => {
    expect(unsavedChangesQuestion(["Impact analysis"])).toBe("You have unsaved changes in “Impact analysis”. Leave this page and lose them?");
  });

  it("names every changed form", () => {
    expect(unsavedChangesQuestion(["Impact analysis", "Dependencies"])).toBe("You have unsaved changes in “Impact analysis” and “Dependencies”. Leave this page and lose them?");
    expect(unsavedChangesQuestion(["A", "B", "C"])).toBe("You have unsaved changes in “A”, “B” and “C”. Leave this page and lose them?");
  });
});

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CheckboxGroup } from "@/components/ui/checkbox-group";

/** The attributes of each tag named `tag` in some markup, in order. */
const tags = (html: string, tag: string) =>
  [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, "g"))].map((m) => Object.fromEntries([...m[1].matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])));

/** The text of the element with the id `id`. */
const textOf = (html: string, id: string) => html.match(new RegExp(`id="${id}"[^>]*>([^<]*)<`))?.[1];

/** The texts that describe an element, by its aria-describedby. */
const descriptions = (html: string, element: Record<string, string>) => (element["aria-describedby"] ?? "").split(" ").filter(Boolean).map((id) => textOf(html, id));

const MESSAGE = "Choose at least one lost site.";
const options = [
  { id: "a", label: "Head office" },
  { id: "b", label: "Warehouse", detail: "warehouse@example.com" },
];
const common = { name: "lostSiteIds", legend: "Lost sites", options, selected: [], empty: "None." };

// The one group of checkboxes every form uses, in the layouts of its callers: a function's
// dependencies and a consistency group's systems (filterable, the list framed), a test's scope, a
// policy's systems (three columns, taller), a scenario's losses (unframed), a plan's approvers (a
// section with a hint).
const layouts = {
  "a BIA dependency list": { filterable: true, frame: "list", columns: 1 },
  "a test's scope": {},
  "a backup policy's systems": { columns: 3, height: "tall" },
  "a scenario's losses": { frame: "none", height: "none" },
  "a plan's approvers": { legendStyle: "heading", hint: "Every executive named here must approve.", frame: "none", columns: 1, height: "none" },
} as const;

describe.each(Object.entries(layouts))("the checkbox group as %s, refused", (_, layout) => {
  const group = (error?: string) => renderToStaticMarkup(createElement(CheckboxGroup, { ...common, ...layout, error }));

  // A refused form takes the focus to its first control marked invalid, and a screen reader says
  // its description there. A fieldset cannot take the focus: marked invalid itself, it left the
  // focus nowhere; with its boxes unmarked, the focus skipped the group and nothing at a box said why.
  it("marks each of its boxes invalid, described by the group's message", () => {
    const html = group(MESSAGE);
    const boxes = tags(html, "input").filter((input) => input.type === "checkbox");
    expect(boxes).toHaveLength(2);
    for (const box of boxes) {
      expect(box["aria-invalid"]).toBe("true");
      expect(descriptions(html, box)).toEqual([MESSAGE]);
    }
    const fieldset = tags(html, "fieldset")[0];
    expect(fieldset["aria-invalid"]).toBeUndefined();
    expect(descriptions(html, fieldset)).not.toContain(MESSAGE);
  });

  it("marks nothing invalid when not refused", () => {
    expect(group()).not.toContain("aria-invalid");
  });
});

describe("the checkbox group", () => {
  it("says its hint and how many are chosen with its name, not at each box", () => {
    const html = renderToStaticMarkup(createElement(CheckboxGroup, { ...common, selected: ["b"], hint: "Every executive named here must approve.", filterable: true }));
    expect(descriptions(html, tags(html, "fieldset")[0])).toEqual(["Every executive named here must approve.", "1 of 2 chosen"]);
    expect(html).toContain("Warehouse<span");
    expect(html).toContain(" (warehouse@example.com)");
  });

  it("gives the same group in two forms of one page different ids", () => {
    const html = renderToStaticMarkup(createElement("div", null, createElement(CheckboxGroup, { ...common, error: MESSAGE }), createElement(CheckboxGroup, { ...common, error: MESSAGE })));
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("says where the rows come from when there is nothing to choose", () => {
    const html = renderToStaticMarkup(createElement(CheckboxGroup, { ...common, options: [], empty: "No sites yet." }));
    expect(html).toContain("No sites yet.");
    expect(html).not.toContain('type="checkbox"');
  });
});

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CheckboxList } from "@/components/bia/checkbox-list";
import { CheckboxGroup } from "@/components/exercises/checkbox-group";
import { ScenarioCheckboxes } from "@/components/risks/scenario-checkboxes";

/** The attributes of each tag named `tag` in some markup, in order. */
const tags = (html: string, tag: string) =>
  [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, "g"))].map((m) => Object.fromEntries([...m[1].matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])));

/** The text of the element with the id `id`. */
const textOf = (html: string, id: string) => html.match(new RegExp(`id="${id}"[^>]*>([^<]*)<`))?.[1];

const MESSAGE = "Choose at least one lost site.";
const options = [
  { id: "a", label: "Head office", name: "Head office" },
  { id: "b", label: "Warehouse", name: "Warehouse" },
];

// The three groups of checkboxes the forms use: a function's dependencies, a test's scope, a scenario's losses.
const groups = {
  "a BIA checkbox list": (error?: string) => createElement(CheckboxList, { name: "lostSiteIds", label: "Lost sites", options, selected: [], error, empty: "None." }),
  "a test's checkbox group": (error?: string) => createElement(CheckboxGroup, { name: "lostSiteIds", legend: "Lost sites", options, selected: [], error, empty: "None." }),
  "a scenario's checkboxes": (error?: string) => createElement(ScenarioCheckboxes, { name: "lostSiteIds", legend: "Lost sites", options, checked: [], error }),
};

describe.each(Object.entries(groups))("%s, refused", (_, group) => {
  // A refused form takes the focus to its first control marked invalid, and a screen reader says
  // its description there. A fieldset cannot take the focus: marked invalid itself, it left the
  // focus nowhere; with its boxes unmarked, the focus skipped the group and nothing at a box said why.
  it("marks each of its boxes invalid, described by the group's message", () => {
    const html = renderToStaticMarkup(group(MESSAGE));
    const boxes = tags(html, "input").filter((input) => input.type === "checkbox");
    expect(boxes).toHaveLength(2);
    for (const box of boxes) {
      expect(box["aria-invalid"]).toBe("true");
      const described = (box["aria-describedby"] ?? "").split(" ").map((id) => textOf(html, id));
      expect(described).toContain(MESSAGE);
    }
    expect(tags(html, "fieldset")[0]["aria-invalid"]).toBeUndefined();
  });

  it("marks nothing invalid when not refused", () => {
    const html = renderToStaticMarkup(group());
    expect(html).not.toContain("aria-invalid");
  });
});

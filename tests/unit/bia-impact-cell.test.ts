import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ImpactCell } from "@/components/bia/impact-cell";

/** The attributes of the first tag named `tag` in some markup. */
const attributes = (html: string, tag: string) => Object.fromEntries([...(html.match(new RegExp(`<${tag}\\b([^>]*)>`))?.[1] ?? "").matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));

/** The text of the element with the id `id` (its apostrophes unescaped). */
const textOf = (html: string, id: string) => html.match(new RegExp(`id="${id.replace(/\./g, "\\.")}"[^>]*>([^<]*)<`))?.[1]?.replaceAll("&#x27;", "'");

const MESSAGE = "This outage length is not one of the organisation's.";
const cell = (error?: string) =>
  renderToStaticMarkup(
    createElement("table", null, createElement("tbody", null, createElement("tr", null, createElement(ImpactCell, { name: "impact.financial.30", label: "Financial impact after 30 min", rating: "minor", intolerable: false, error, onChange: () => {} })))),
  );

describe("a cell of the impact grid", () => {
  // A refused save takes the focus to the first control marked invalid, and a screen reader says
  // its description there: the cell was marked, but its message was only in the form's summary,
  // so nothing at the cell said what was wrong.
  it("refused, is marked invalid and described by its message, shown in the cell", () => {
    const html = cell(MESSAGE);
    const select = attributes(html, "select");
    expect(select["aria-invalid"]).toBe("true");
    expect((select["aria-describedby"] ?? "").split(" ").map((id) => textOf(html, id))).toEqual([MESSAGE]);
    expect(html.match(/<td\b[\s\S]*<\/td>/)?.[0]).toContain(MESSAGE.replaceAll("'", "&#x27;"));
  });

  it("not refused, is neither marked nor described", () => {
    const select = attributes(cell(), "select");
    expect(select["aria-invalid"]).toBeUndefined();
    expect(select["aria-describedby"]).toBeUndefined();
  });
});

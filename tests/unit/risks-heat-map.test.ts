import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HeatMap } from "@/components/risks/heat-map";
import { heatMapGrid } from "@/lib/risks/scoring";

/** The heat map as a browser receives it, with two of its 25 cells rated. */
function markup() {
  const grid = heatMapGrid([
    { likelihood: 3, impact: 4, count: 2 },
    { likelihood: 2, impact: 5, count: 1 },
  ]);
  return renderToStaticMarkup(createElement(HeatMap, { planId: "p1", view: "inherent", title: "Inherent risk", grid, selected: { view: "inherent" } }));
}

describe("the risk heat map", () => {
  it("links only the cells with threats, so the empty ones add no tab stops before the register", () => {
    const html = markup();
    const links = [...html.matchAll(/<a [^>]*aria-label="([^"]+)"[^>]*>(\d+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ["Likelihood 3, impact 4 (score 12, high): 2 threats", "2"],
      ["Likelihood 2, impact 5 (score 10, high): 1 threat", "1"],
    ]);
    expect(html.match(/<a /g)).toHaveLength(2);
  });

  it("gives an empty cell the same words as a linked one, for screen readers", () => {
    const html = markup();
    expect(html).toContain('<span class="sr-only">Likelihood 5, impact 1 (score 5, medium): 0 threats</span>');
    expect(html.match(/class="sr-only">Likelihood \d, impact \d \(score \d+, \w+\): 0 threats</g)).toHaveLength(23);
  });
});

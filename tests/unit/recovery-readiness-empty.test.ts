import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReadinessMatrix } from "@/components/recovery/readiness-matrix";

const matrix = (q: string) =>
  renderToStaticMarkup(
    createElement(ReadinessMatrix, {
      base: "/plans/p1/recovery",
      query: { q, sort: "name", dir: "asc", page: 1, pageSize: 50 },
      list: { rows: [], total: 0, page: 1, pageCount: 1 },
      scenarios: [],
      systemIds: {},
      inheritedRto: {},
    }),
  );

describe("the readiness matrix with no system assessed", () => {
  it("points to VM facts by the tabs that lead there, as a link", () => {
    const html = matrix("");
    expect(html).toContain(
      'No system is assessed yet: give systems a host, memory and used size under <a class="text-blue-700 underline" href="/plans/p1/recovery/setup/vms">Locations, hosts and policies → VM facts</a>.',
    );
    expect(html).not.toContain("in Setup");
  });

  it("says a search found nothing, when one did", () => {
    expect(matrix("sql")).toContain("No system matches “sql”.");
  });
});

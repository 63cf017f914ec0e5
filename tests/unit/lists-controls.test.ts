import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ListSearch, pageAtSize, Pagination, SortHeader } from "@/components/ui/list-controls";
import { listHref } from "@/lib/lists/list-href";
import type { ListQuery } from "@/lib/lists/list-query";

const query: ListQuery = { q: "", sort: "name", dir: "asc", page: 1, pageSize: 10 };

/** The hrefs of the links in some markup, in order, with the entities React escapes undone. */
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replaceAll("&amp;", "&"));

describe("a list's links", () => {
  it("keep the page size when paging and sorting", () => {
    expect(listHref({ base: "/people", query, change: { page: 2 } })).toBe("/people?sort=name&dir=asc&page=2&pageSize=10");
    expect(listHref({ base: "/people", query: { ...query, page: 2 }, change: { sort: "email", dir: "asc", page: 1 } })).toBe("/people?sort=email&dir=asc&pageSize=10");
  });

  it("leave out what the list reads as its default: page 1 and 50 a page", () => {
    expect(listHref({ base: "/people", query: { ...query, pageSize: 50, page: 2 }, change: { page: 1 } })).toBe("/people?sort=name&dir=asc");
  });

  it("keep the search and the page's other filters", () => {
    const href = listHref({ base: "/plans/p1/risks", query: { ...query, q: "flood" }, change: { page: 2 }, keep: { view: "residual", l: "3", i: "4" } });
    expect(href).toBe("/plans/p1/risks?view=residual&l=3&i=4&q=flood&sort=name&dir=asc&page=2&pageSize=10");
  });
});

describe("the pagination", () => {
  it("says the page as read, not the one in the address: page 5 of 12 people reads as page 1 of 1", () => {
    const html = renderToStaticMarkup(
      createElement(Pagination, { base: "/people", query: { ...query, page: 5, pageSize: 50 }, list: { page: 1, pageCount: 1, total: 12 }, noun: "people", one: "person" }),
    );
    expect(html).toContain("Page 1 of 1 · 12 people");
    expect(html).not.toMatch(/>(Previous|Next)</);
    // Its page-size links start from the page as read, too.
    expect(hrefs(html)[0]).toBe("/people?sort=name&dir=asc&pageSize=10");
  });

  it("links to the next and previous pages with the page size", () => {
    const first = renderToStaticMarkup(createElement(Pagination, { base: "/people", query, list: { page: 1, pageCount: 2, total: 12 }, noun: "people" }));
    expect(first).toContain("Page 1 of 2 · 12 people");
    expect(hrefs(first)[0]).toBe("/people?sort=name&dir=asc&page=2&pageSize=10");
    // A page past the end asked for by ten: shown as the last, linking back to the one before it.
    const last = renderToStaticMarkup(createElement(Pagination, { base: "/people", query: { ...query, page: 9 }, list: { page: 2, pageCount: 2, total: 12 }, noun: "people" }));
    expect(hrefs(last)[0]).toBe("/people?sort=name&dir=asc&pageSize=10");
  });

  it("offers the other page sizes, keeping the reader's place and the filters, the current one marked", () => {
    const html = renderToStaticMarkup(
      createElement(Pagination, { base: "/audit", query: { ...query, page: 6, pageSize: 10 }, list: { page: 6, pageCount: 30, total: 300 }, keep: { plan: "p1" } }),
    );
    // Rows 51–60 at 10 a page: page 3 at 25 (rows 51–75), page 2 at 50, page 1 at 100 and 200.
    expect(hrefs(html).slice(2)).toEqual([
      "/audit?plan=p1&sort=name&dir=asc&page=3&pageSize=25",
      "/audit?plan=p1&sort=name&dir=asc&page=2",
      "/audit?plan=p1&sort=name&dir=asc&pageSize=100",
      "/audit?plan=p1&sort=name&dir=asc&pageSize=200",
    ]);
    expect(html).toContain('role="group" aria-label="Rows per page"');
    expect(html).toMatch(/<span aria-current="true"[^>]*aria-label="10 rows per page">10<\/span>/);
  });

  it("offers no page size for a list that fits the smallest", () => {
    const html = renderToStaticMarkup(createElement(Pagination, { base: "/people", query, list: { page: 1, pageCount: 1, total: 10 } }));
    expect(html).not.toContain("Rows per page");
  });

  it("keeps the first row read in sight when the size changes", () => {
    expect(pageAtSize({ page: 3, pageSize: 50, size: 25 })).toBe(5);
    expect(pageAtSize({ page: 2, pageSize: 25, size: 50 })).toBe(1);
    expect(pageAtSize({ page: 1, pageSize: 50, size: 10 })).toBe(1);
  });
});

describe("the search box and the column headers", () => {
  it("submit and link with the page size and filters kept", () => {
    const search = renderToStaticMarkup(createElement(ListSearch, { base: "/people", query: { ...query, page: 2 }, label: "Search people", keep: { plan: "p1" } }));
    const hidden = [...search.matchAll(/type="hidden" name="([^"]*)" value="([^"]*)"/g)].map((m) => `${m[1]}=${m[2]}`);
    expect(hidden).toEqual(["plan=p1", "sort=name", "dir=asc", "pageSize=10"]);
    const nameHeader: Parameters<typeof SortHeader>[0] = { base: "/people", query, column: "name", children: "Name" };
    const header = renderToStaticMarkup(createElement("table", null, createElement("thead", null, createElement("tr", null, createElement(SortHeader, nameHeader)))));
    expect(hrefs(header)).toEqual(["/people?sort=name&dir=desc&pageSize=10"]);
  });
});

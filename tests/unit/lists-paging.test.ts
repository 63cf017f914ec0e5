import { describe, expect, it } from "vitest";
import { clampPage, listQuerySchema, pageCountOf, readPage } from "@/lib/lists/list-query";

const schema = listQuerySchema(["name", "email"], "name");

describe("the page a list shows", () => {
  it("is the last page when the one asked for lies past the end", () => {
    // The reviewer's cases: /people?page=5 with 12 people, vendors?page=3 with 6.
    expect(clampPage({ page: 5, pageSize: 50, total: 12 })).toBe(1);
    expect(clampPage({ page: 3, pageSize: 50, total: 6 })).toBe(1);
    // The last row of page 3 deleted: 20 rows by ten are two pages.
    expect(clampPage({ page: 3, pageSize: 10, total: 20 })).toBe(2);
  });

  it("is the page asked for within the list, and page 1 of an empty list", () => {
    expect(clampPage({ page: 2, pageSize: 10, total: 12 })).toBe(2);
    expect(clampPage({ page: 7, pageSize: 10, total: 0 })).toBe(1);
    expect(pageCountOf({ total: 0, pageSize: 10 })).toBe(1);
    expect(pageCountOf({ total: 21, pageSize: 10 })).toBe(3);
  });
});

describe("reading a page", () => {
  const names = Array.from({ length: 12 }, (_, n) => `Person ${String(n + 1).padStart(2, "0")}`);
  /** A list of `names` read by window, as the use cases read Postgres, recording each window asked for. */
  function reader(rows: () => string[]) {
    const windows: { skip: number; take: number }[] = [];
    const read = async (window: { skip: number; take: number }) => {
      windows.push(window);
      return { rows: rows().slice(window.skip, window.skip + window.take), total: rows().length };
    };
    return { read, windows };
  }

  it("past the end, reads again at the last page and says so", async () => {
    const { read, windows } = reader(() => names);
    expect(await readPage({ query: { page: 5, pageSize: 50 }, read })).toEqual({ rows: names, total: 12, page: 1, pageCount: 1 });
    expect(await readPage({ query: { page: 9, pageSize: 10 }, read })).toEqual({ rows: ["Person 11", "Person 12"], total: 12, page: 2, pageCount: 2 });
    expect(windows).toEqual([
      { skip: 200, take: 50 },
      { skip: 0, take: 50 },
      { skip: 80, take: 10 },
      { skip: 10, take: 10 },
    ]);
  });

  it("within the list, reads once", async () => {
    const { read, windows } = reader(() => names);
    expect(await readPage({ query: { page: 2, pageSize: 10 }, read })).toMatchObject({ rows: ["Person 11", "Person 12"], page: 2, pageCount: 2 });
    expect(windows).toHaveLength(1);
  });

  it("follows a list that shrinks between reads down to its last page", async () => {
    // Someone deletes rows while the page is read: 12, then 5, then 5.
    let rows = names;
    const { read, windows } = reader(() => rows);
    const shrinking = async (window: { skip: number; take: number }) => {
      const page = await read(window);
      rows = names.slice(0, 5);
      return page;
    };
    expect(await readPage({ query: { page: 9, pageSize: 4 }, read: shrinking })).toEqual({ rows: ["Person 05"], total: 5, page: 2, pageCount: 2 });
    expect(windows.map((w) => w.skip)).toEqual([32, 8, 4]);
  });
});

describe("the page size in the address", () => {
  it("is one of the sizes lists offer; anything else is the default of 50", () => {
    expect(schema.parse({ pageSize: "10" }).pageSize).toBe(10);
    expect(schema.parse({ pageSize: "100" }).pageSize).toBe(100);
    for (const bad of ["13", "0", "-10", "500", "10.5", "ten", ""]) expect(schema.parse({ pageSize: bad }).pageSize).toBe(50);
    expect(schema.parse({}).pageSize).toBe(50);
  });
});

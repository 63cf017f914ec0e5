import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { appliedFilters, hasDateErrors, parseAuditQuery } from "@/lib/audit/audit-query";
import { nastyValue } from "../fuzz-values";

describe("the audit log's date filters", () => {
  it("apply real dates, either alone or From on or before To", () => {
    expect(parseAuditQuery({ from: "2026-01-01", to: "2026-12-01" })).toEqual({ filters: { page: 1, from: "2026-01-01", to: "2026-12-01" }, dateErrors: {} });
    expect(parseAuditQuery({ from: "2026-11-01", to: "2026-11-01" }).dateErrors).toEqual({});
    expect(parseAuditQuery({ to: "2024-02-29" })).toMatchObject({ filters: { to: "2024-02-29" }, dateErrors: {} });
  });

  it("are no filter when left empty, as the form sends them", () => {
    const { filters, dateErrors } = parseAuditQuery({ q: "", from: "", to: "", kind: "", plan: "" });
    expect(hasDateErrors(dateErrors)).toBe(false);
    expect(appliedFilters(filters)).toEqual({});
  });

  it("say which field is not a date, and are not applied", () => {
    const garbage = parseAuditQuery({ from: "garbage", kind: "plan" });
    expect(garbage.dateErrors).toEqual({ from: "From: enter a date like 2026-11-01." });
    expect(appliedFilters(garbage.filters)).toEqual({ kind: "plan" });
    expect(parseAuditQuery({ to: "2025-02-30" }).dateErrors).toEqual({ to: "To: enter a date like 2026-11-01." });
    // A field given twice in the address is not one date either.
    expect(parseAuditQuery({ from: ["2026-01-01", "2026-02-01"] }).dateErrors).toEqual({ from: "From: enter a date like 2026-11-01." });
  });

  it("say so when From is after To, keeping both as typed", () => {
    const { filters, dateErrors } = parseAuditQuery({ from: "2026-12-01", to: "2026-01-01" });
    expect(dateErrors).toEqual({ order: "From is after To: swap them or change one." });
    expect(hasDateErrors(dateErrors)).toBe(true);
    expect(appliedFilters(filters)).toEqual({ from: "2026-12-01", to: "2026-01-01" });
  });

  it("leave the other filters as every list does: a bad one is no filter", () => {
    expect(parseAuditQuery({ page: "x", q: "a\u0000b", plan: "p1" })).toEqual({ filters: { page: 1, plan: "p1" }, dateErrors: {} });
  });
});

describe("the audit log's query from any address", () => {
  it("is a page with filters that are strings and dates that are real, or a message for each date that is not", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("page", "kind", "q", "from", "to", "plan"), nastyValue), (query) => {
        const { filters, dateErrors } = parseAuditQuery(query);
        expect(Number.isSafeInteger(filters.page) && filters.page >= 1).toBe(true);
        for (const value of Object.values(appliedFilters(filters))) expect(typeof value).toBe("string");
        for (const field of ["from", "to"] as const) {
          const day = filters[field];
          if (day !== undefined) expect(new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10)).toBe(day);
          else if (typeof query[field] === "string" && query[field].trim() !== "") expect(dateErrors[field]).toMatch(/: enter a date like 2026-11-01\.$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SectionText } from "@/components/sections/section-text";

/** The numbers a browser shows before each item of each numbered list of a section's text. */
function shownNumbers(text: string): number[][] {
  const html = renderToStaticMarkup(createElement(SectionText, { text }));
  return [...html.matchAll(/<ol(?: start="(\d+)")?[^>]*>(.*?)<\/ol>/g)].map(([, start, items]) => {
    const first = Number(start ?? 1);
    return [...items.matchAll(/<li>/g)].map((_, i) => first + i);
  });
}

describe("a section's numbered lists", () => {
  it("keep the step numbers written, when a note interrupts the recovery sequence", () => {
    const text = "1. Declare the incident\n2. Call the response team\n\nOnce the site is declared safe:\n\n3. Restore DC01\n4. Restore SQL01";
    // The printed plan keeps the typed numbers: the page must not say step 1 where it says step 3.
    expect(shownNumbers(text)).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it("start where the writer starts, and number a list from 1 as before", () => {
    expect(shownNumbers("5. Verify the restored data\n6. Hand over to the business")).toEqual([[5, 6]]);
    expect(shownNumbers("1. Restore DC01\n2) Restore SQL01")).toEqual([[1, 2]]);
  });
});

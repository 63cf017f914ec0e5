import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TestingSummary } from "@/components/versions/testing-summary";

/** The summary's text as a reader meets it, one line per heading, paragraph or list item. */
const text = (props: Parameters<typeof TestingSummary>[0]) =>
  renderToStaticMarkup(createElement(TestingSummary, props))
    .replace(/<\/(h2|p|li)>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .trim()
    .split("\n");

describe("a version's testing summary", () => {
  it("gives the last test's day and each open finding's severity and due day as the Tests pages do", () => {
    const summary = text({
      lastTest: "2026-11-25T00:00:00.000Z",
      openFindings: [{ severity: "high", description: "COLD-MON alarms reach nobody at night", owner: { name: "Owen Hughes" }, dueOn: "2026-12-31T00:00:00.000Z" }],
    });
    expect(summary).toEqual(["Testing", "Last test: 25 Nov 2026.", "Open findings (1)", "High: COLD-MON alarms reach nobody at night (owner Owen Hughes, due 31 Dec 2026)"]);
  });

  it("says when the plan had never been tested and has no open findings", () => {
    expect(text({ lastTest: null, openFindings: [] })).toEqual(["Testing", "This plan had never been tested when this version was frozen.", "Open findings (0)", "No open findings."]);
  });
});

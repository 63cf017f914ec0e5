import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** axe's WCAG 2.1 A and AA rules on the page as it stands; soft, so one run lists every page's violations. */
export async function expectNoViolations(page: Page, path: string) {
  // Legacy mode runs axe in the page itself: half the time of the default, which finishes each run
  // in a new blank page to merge frames' results. The app has no frames.
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).setLegacyMode(true).analyze();
  const report = violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes.map((node) => `    ${node.target.join(" ")}: ${node.failureSummary?.split("\n").slice(1).join("; ")}`).join("\n")}`,
  );
  expect.soft(report, `${path}\n${report.join("\n")}`).toEqual([]);
}

/**
 * Wide tables and the heat maps on a phone (390 px, and 320 px where a map must still fit): a table
 * scrolls sideways in its own box (components/ui/scroll-box.tsx) with its row headers in sight and
 * its text columns readable, rather than being crushed to a word a line.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn, USERS } from "./helpers";

async function openBristol(page: Page, width: number) {
  await page.setViewportSize({ width, height: 800 });
  await signIn(page, USERS.auditor);
  await page.getByRole("link", { name: "Bristol operations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bristol operations" })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** The heights of a table's body rows, in px. */
async function rowHeights(table: Locator): Promise<number[]> {
  await expect(table).toBeVisible();
  return table.locator("tbody > tr").evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect().height));
}

test("scrolled to its last scenario, the readiness matrix still names the system of each row", async ({ page }) => {
  const plan = await openBristol(page, 390);
  await page.goto(`${plan}/recovery`);
  const box = page.getByRole("region", { name: /^RPO and RTO of each system in each scenario.*\(scrolls sideways\)$/ });
  await expect(box).toHaveAttribute("tabindex", "0");
  await box.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
  await expect.poll(() => box.evaluate((element) => element.scrollLeft + element.clientWidth >= element.scrollWidth - 1)).toBe(true);

  // The column's header and each system's name, each brought to the middle of the window (scrolled
  // down, not sideways): where it sits in its box, and whether it is what shows there.
  const cells = box.locator("thead th:first-child, tbody th[scope=row]");
  await expect(cells.nth(1)).toBeAttached();
  const seen = await cells.evaluateAll((elements) =>
    elements.map((cell) => {
      window.scrollBy(0, cell.getBoundingClientRect().top - window.innerHeight / 2);
      const rect = cell.getBoundingClientRect();
      const box = cell.closest("[role=region]")!.getBoundingClientRect();
      return {
        name: (cell.textContent ?? "").trim(),
        fromLeft: rect.left - box.left,
        shown: cell.contains(document.elementFromPoint(rect.left + 4, rect.top + rect.height / 2)),
        background: getComputedStyle(cell).backgroundColor,
      };
    }),
  );
  for (const cell of seen) {
    expect(cell.fromLeft, `${cell.name}: px from the box's left edge`).toBeGreaterThanOrEqual(0);
    // Drawn over the scenarios scrolled under it, which do not show through.
    expect(cell.shown, `${cell.name}: what shows at its place`).toBe(true);
    expect(cell.background, `${cell.name}: its background`).not.toBe("rgba(0, 0, 0, 0)");
  }
});

test("each heat map fits its card whole on a phone, its Impact 5 column included: it does not scroll sideways", async ({ page }) => {
  const plan = await openBristol(page, 390);
  for (const width of [390, 320]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${plan}/risks`);
    const maps = page.locator("table[data-heatmap]");
    await expect(maps).toHaveCount(2);
    for (const map of await maps.all()) {
      const overflow = await map.evaluate((table) => {
        const box = table.parentElement!;
        return box.scrollWidth - box.clientWidth;
      });
      expect(overflow, `the ${await map.getAttribute("data-heatmap")} heat map at ${width} px: px hidden to the right`).toBeLessThanOrEqual(0);
    }
  }
});

test("on a phone a table's text columns stay readable: the threat register's and the audit log's rows stay short", async ({ page }) => {
  const plan = await openBristol(page, 390);
  await page.goto(`${plan}/risks`);
  const threats = await rowHeights(page.getByTestId("threat-register"));
  expect(threats.length).toBeGreaterThan(0);
  // A mitigation a word wide made a threat's row near 200 px tall.
  expect(Math.max(...threats), "the tallest threat's row, in px").toBeLessThan(150);
  // The register is wider than the phone instead, and scrolls in its box.
  await expect(page.getByRole("region", { name: "Threats, with inherent and residual scores (scrolls sideways)" })).toHaveAttribute("tabindex", "0");

  // The seeded organisation's entry: one short change, on every run (the log's newest entries are
  // whatever the other tests did).
  await page.goto("/audit?q=org.seeded");
  const entries = await rowHeights(page.getByRole("table", { name: "Audit entries, newest first" }));
  expect(entries).toHaveLength(1);
  expect(entries[0], "the entry's row, in px").toBeLessThan(150);
});

/**
 * Wide tables and the heat maps on a phone (390 px, and 320 px where a map must still fit): a table
 * scrolls sideways in its own box (components/ui/scroll-box.tsx) with its row headers in sight and
 * its text columns readable, rather than being crushed to a word a line.
 */
import { expect, test, type Page } from "@playwright/test";
import { signIn, USERS } from "./helpers";

async function openBristol(page: Page, width: number) {
  await page.setViewportSize({ width, height: 800 });
  await signIn(page, USERS.auditor);
  await page.getByRole("link", { name: "Bristol operations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bristol operations" })).toBeVisible();
  return new URL(page.url()).pathname;
}

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

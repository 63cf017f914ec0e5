import { expect, test, type Page } from "@playwright/test";
import { session, signIn, unique, USERS } from "./helpers";

test("an administrator adds a department, finds it in the person form, renames it and deletes it", async ({ page }) => {
  await signIn(page, USERS.admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "Departments" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Departments" })).toBeVisible();

  // A name the organisation already has, in other capitals, is refused at the field and kept there.
  const add = page.getByRole("form", { name: "Add a department" });
  await add.getByLabel("Name").fill("WAREHOUSE AND LOGISTICS");
  await add.getByRole("button", { name: "Add department" }).click();
  await expect(add.getByLabel("Name")).toHaveAccessibleDescription(/There is already a department called “Warehouse and logistics”/);
  await expect(add.getByLabel("Name")).toHaveValue("WAREHOUSE AND LOGISTICS");

  const name = unique("Night logistics");
  await add.getByLabel("Name").fill(name);
  await add.getByRole("button", { name: "Add department" }).click();
  await expect(add.getByText(`${name} was added.`)).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
  await expect(row.getByRole("cell")).toHaveText(["0", "0", "0", /Rename/]);

  // The person form offers it at once.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
  const person = page.getByRole("form", { name: "Add a person" });
  await expect(person.getByLabel("Department").getByRole("option", { name, exact: true })).toHaveCount(1);

  await page.goto("/settings/departments");
  const renamed = unique("Overnight transport");
  await row.getByText(`Rename ${name}`).click();
  const rename = page.getByRole("form", { name: `Rename ${name}` });
  await rename.getByLabel("Name").fill(renamed);
  await rename.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("form", { name: `Rename ${renamed}` }).getByText(`Renamed to ${renamed}.`)).toBeVisible();
  await expect(page.getByRole("rowheader", { name, exact: true })).toHaveCount(0);
  const renamedRow = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: renamed, exact: true }) });
  await expect(renamedRow).toHaveCount(1);

  // Deleting asks first, saying nothing is in it.
  await renamedRow.getByRole("button", { name: `Delete ${renamed}`, exact: true }).click();
  const dialog = page.getByRole("dialog", { name: `Delete ${renamed}?` });
  await expect(dialog).toContainText(`Nothing is in ${renamed}.`);
  await dialog.getByRole("button", { name: "Delete department" }).click();
  await expect(renamedRow).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: `${renamed} was deleted.` })).toBeVisible();

  await page.goto("/people");
  await expect(page.getByRole("form", { name: "Add a person" }).getByLabel("Department").getByRole("option", { name: renamed, exact: true })).toHaveCount(0);

  // The audit log has each step, the deleted department by the name it had.
  await page.goto("/audit?kind=department");
  const entries = page.locator("tbody tr");
  await expect(entries.filter({ hasText: "department.created" }).filter({ hasText: name })).toHaveCount(1);
  await expect(entries.filter({ hasText: "department.renamed" }).filter({ hasText: `name: ${name} → ${renamed}` })).toHaveCount(1);
  await expect(entries.filter({ hasText: "department.deleted" }).filter({ hasText: renamed })).toHaveCount(1);
});

test("two renames of one department from the same page: the second is refused with the first one's name and keeps its own; a rename of a deleted one says so", async ({ browser }) => {
  const first = await session(browser, USERS.admin);
  const second = await session(browser, USERS.admin);
  await first.goto("/settings/departments");
  const name = unique("Night logistics");
  const add = first.getByRole("form", { name: "Add a department" });
  await add.getByLabel("Name").fill(name);
  await add.getByRole("button", { name: "Add department" }).click();
  await expect(add.getByText(`${name} was added.`)).toBeVisible();
  await second.goto("/settings/departments");

  const renameForm = async (page: Page, current: string) => {
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: current, exact: true }) });
    await row.getByText(`Rename ${current}`).click();
    return page.getByRole("form", { name: `Rename ${current}` });
  };
  const theirs = unique("Overnight transport");
  const firstForm = await renameForm(first, name);
  await firstForm.getByLabel("Name").fill(theirs);
  await firstForm.getByRole("button", { name: "Save name" }).click();
  await expect(first.getByRole("form", { name: `Rename ${theirs}` }).getByText(`Renamed to ${theirs}.`)).toBeVisible();

  // The second page still shows the old name: its rename is refused, saying what the first one did.
  const mine = unique("Night freight");
  const form = await renameForm(second, name);
  await form.getByLabel("Name").fill(mine);
  await form.getByRole("button", { name: "Save name" }).click();
  const conflict = form.getByRole("alert");
  await expect(conflict).toContainText("Someone else changed this department while you were editing.");
  await expect(conflict).toContainText(/Alex Morgan changed it at \d\d:\d\d/);
  await expect(conflict.getByRole("listitem")).toHaveText([`Name: ${name} → ${theirs}`]);
  await expect(conflict).toBeFocused();
  await expect(form.getByLabel("Name")).toHaveValue(mine);

  // Having seen it, saving again overwrites it knowingly.
  await form.getByRole("button", { name: "Save name" }).click();
  await expect(second.getByRole("form", { name: `Rename ${mine}` }).getByText(`Renamed to ${mine}.`)).toBeVisible();
  await expect(second.getByRole("rowheader", { name: mine, exact: true })).toHaveCount(1);

  // Deleted from the second page, then renamed from the first: the first is told it was deleted, its input kept.
  const mineRow = second.getByRole("row").filter({ has: second.getByRole("rowheader", { name: mine, exact: true }) });
  await mineRow.getByRole("button", { name: `Delete ${mine}`, exact: true }).click();
  await second.getByRole("dialog", { name: `Delete ${mine}?` }).getByRole("button", { name: "Delete department" }).click();
  await expect(second.getByRole("status").filter({ hasText: `${mine} was deleted.` })).toBeVisible();

  const late = unique("Late freight");
  const stale = first.getByRole("form", { name: `Rename ${theirs}` });
  await stale.getByLabel("Name").fill(late);
  await stale.getByRole("button", { name: "Save name" }).click();
  await expect(stale.getByRole("alert")).toHaveText(
    `“${mine}” was deleted by Alex Morgan since this page was loaded, so it could not be renamed. Reload the page to see the departments there are now.`,
  );
  await expect(stale.getByLabel("Name")).toHaveValue(late);

  await first.context().close();
  await second.context().close();
});

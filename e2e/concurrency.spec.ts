import { expect, test, type Page } from "@playwright/test";
import { createPlan, session, unique, USERS } from "./helpers";

test("two people save the same BIA entry: the second is refused, sees the first one's change and keeps their own input", async ({ browser }) => {
  const alex = await session(browser, USERS.admin);
  const priya = await session(browser, USERS.committee);
  const planUrl = await createPlan(alex, unique("Concurrent BIA"));
  await alex.goto(`${planUrl}/bia`);
  const name = unique("Order taking");
  await alex.getByLabel("Function name").fill(name);
  await alex.getByRole("button", { name: "Add function" }).click();
  await expect(alex.getByRole("heading", { level: 1, name })).toBeVisible();
  await priya.goto(alex.url());
  await expect(priya.getByRole("heading", { level: 1, name })).toBeVisible();

  const alexForm = alex.getByRole("form", { name: "Impact analysis" });
  await alexForm.getByLabel("Description").fill("Night shift takes phone orders");
  await alexForm.getByLabel("RPO (optional)", { exact: true }).fill("8h");
  await alexForm.getByRole("button", { name: "Save impact analysis" }).click();
  await expect(alexForm.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  const form = priya.getByRole("form", { name: "Impact analysis" });
  await form.getByLabel("RPO (optional)", { exact: true }).fill("2h");
  await form.getByLabel("Cost of an outage per hour (£, optional)").fill("500");
  await form.getByRole("button", { name: "Save impact analysis" }).click();
  const conflict = form.getByRole("alert");
  await expect(conflict).toContainText("Someone else changed this function's impact analysis while you were editing.");
  await expect(conflict).toContainText(/Alex Morgan changed it at \d\d:\d\d:/);
  await expect(conflict.getByRole("listitem")).toHaveText(["Description: — → Night shift takes phone orders", "RPO: — → 8 h"]);
  await expect(conflict).toBeFocused();
  // Her own input is still there, nothing reset.
  await expect(form.getByLabel("RPO (optional)", { exact: true })).toHaveValue("2h");
  await expect(form.getByLabel("Cost of an outage per hour (£, optional)")).toHaveValue("500");
  await expect(form.getByLabel("Description")).toHaveValue("");

  // Having seen the change, she saves again and knowingly overwrites it.
  await form.getByRole("button", { name: "Save impact analysis" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(form.getByRole("alert")).toHaveCount(0);
  await alex.reload();
  await expect(alexForm.getByLabel("RPO (optional)", { exact: true })).toHaveValue("2h");
  await expect(alexForm.getByLabel("Cost of an outage per hour (£, optional)")).toHaveValue("500");
  await expect(alexForm.getByLabel("Description")).toHaveValue("");

  // One person saving the other section, then the first again, without reloading, never conflicts with themselves.
  const deps = priya.getByRole("form", { name: "Dependencies" });
  await deps.getByLabel("Vital records").fill("Order book");
  await deps.getByRole("button", { name: "Save dependencies" }).click();
  await expect(deps.getByRole("status").filter({ hasText: "Dependencies saved." })).toBeVisible();
  await form.getByLabel("RPO (optional)", { exact: true }).fill("1h");
  await form.getByRole("button", { name: "Save impact analysis" }).click();
  // "Saved." still shows from the previous save: wait for the targets the page re-reads after this one.
  await expect(priya.getByRole("region", { name: "Targets" }).locator("dd").nth(2)).toHaveText("1 h");
  await expect(form.getByRole("alert")).toHaveCount(0);
  await expect(deps.getByRole("alert")).toHaveCount(0);
  await priya.reload();
  await expect(form.getByLabel("RPO (optional)", { exact: true })).toHaveValue("1h");
  await expect(deps.getByLabel("Vital records")).toHaveValue("Order book");

  await alex.context().close();
  await priya.context().close();
});

test("a committee member is edited in place; a stale edit shows the other person's change and keeps the input", async ({ browser }) => {
  const alex = await session(browser, USERS.admin);
  const priya = await session(browser, USERS.committee);
  const committeeUrl = `${await createPlan(alex, unique("Concurrent committee"))}/committee`;
  await alex.goto(committeeUrl);
  const add = alex.getByRole("form", { name: "Add a committee member" });
  await add.getByLabel("Person").selectOption({ label: "Tom Reed (Warehouse Manager)" });
  await add.getByLabel("Functional area").fill("Operations");
  await add.getByRole("button", { name: "Add member" }).click();
  const members = (page: Page) => page.getByRole("table", { name: "Committee members" }).getByRole("row").nth(1);
  await expect(members(alex)).toContainText("Operations");
  await priya.goto(committeeUrl);

  await members(alex).getByText("Edit Tom Reed").click();
  const alexEdit = alex.getByRole("form", { name: "Edit Tom Reed" });
  await alexEdit.getByLabel("Functional area").fill("Logistics");
  await alexEdit.getByRole("button", { name: "Save member" }).click();
  await expect(alexEdit.getByText("Saved.")).toBeVisible();
  await expect(members(alex).getByRole("cell").nth(0)).toHaveText("Logistics");

  await members(priya).getByText("Edit Tom Reed").click();
  const edit = priya.getByRole("form", { name: "Edit Tom Reed" });
  await edit.getByLabel("Committee role").selectOption("chair");
  await edit.getByRole("button", { name: "Save member" }).click();
  const conflict = edit.getByRole("alert");
  await expect(conflict).toContainText("Someone else changed this committee member while you were editing.");
  await expect(conflict).toContainText("Alex Morgan changed it at");
  await expect(conflict.getByRole("listitem")).toHaveText(["Functional area: Operations → Logistics"]);
  await expect(edit.getByLabel("Committee role")).toHaveValue("chair");
  await expect(edit.getByLabel("Functional area")).toHaveValue("Operations");
  await expect(members(priya).getByRole("cell").nth(1)).toHaveText("Member");

  await edit.getByRole("button", { name: "Save member" }).click();
  await expect(edit.getByText("Saved.")).toBeVisible();
  await expect(members(priya).getByRole("cell").nth(0)).toHaveText("Operations");
  await expect(members(priya).getByRole("cell").nth(1)).toHaveText("Chair");

  await alex.context().close();
  await priya.context().close();
});

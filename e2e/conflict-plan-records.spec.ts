import { expect, test } from "@playwright/test";
import { addSystemAndOpen, createPlan, session, unique, USERS } from "./helpers";

test("two people save the same product: the second sees the first one's change by name, keeps their input and overwrites knowingly", async ({ browser }) => {
  const alex = await session(browser, USERS.admin);
  const priya = await session(browser, USERS.committee);
  const planUrl = await createPlan(alex, unique("Concurrent products"));
  await alex.goto(`${planUrl}/bia`);
  const name = unique("Pallet hire");
  const add = alex.getByRole("form", { name: "Add a product or service" });
  await add.getByLabel("Name", { exact: true }).fill(name);
  await add.getByRole("button", { name: "Add product" }).click();
  await expect(add.getByRole("status").filter({ hasText: `${name} was added.` })).toBeVisible();
  await alex.getByRole("link", { name: `Edit ${name}` }).click();
  await expect(alex.getByRole("heading", { level: 1, name })).toBeVisible();
  await priya.goto(alex.url());
  await expect(priya.getByRole("heading", { level: 1, name })).toBeVisible();

  await alex.getByLabel("Department (optional)").selectOption({ label: "Warehouse and logistics" });
  await alex.getByRole("button", { name: "Save product" }).click();
  await expect(alex.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  const form = priya.getByRole("form", { name: `Edit ${name}` });
  await form.getByLabel("Description (optional)").fill("Hire and collection of pallets.");
  await form.getByRole("button", { name: "Save product" }).click();
  const conflict = form.getByRole("alert");
  await expect(conflict).toContainText("Someone else changed this product while you were editing.");
  await expect(conflict).toContainText("Alex Morgan changed it at");
  await expect(conflict.getByRole("listitem")).toHaveText(["Department: — → Warehouse and logistics"]);
  await expect(conflict).toBeFocused();
  await expect(form.getByLabel("Description (optional)")).toHaveValue("Hire and collection of pallets.");

  await form.getByRole("button", { name: "Save product" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(form.getByRole("alert")).toHaveCount(0);
  await alex.reload();
  await expect(alex.getByLabel("Description (optional)")).toHaveValue("Hire and collection of pallets.");
  await expect(alex.getByLabel("Department (optional)")).toHaveValue("");
  await alex.context().close();
  await priya.context().close();
});

test("a refused stale save of a system keeps every field typed or chosen, its Kind included, and saving again stores them", async ({ browser }) => {
  const alex = await session(browser, USERS.admin);
  const priya = await session(browser, USERS.committee);
  const planUrl = await createPlan(alex, unique("Concurrent systems"));
  const name = unique("WMS");
  await addSystemAndOpen(alex, { planUrl, name });
  await priya.goto(alex.url());

  const alexForm = alex.getByRole("form", { name: "Edit system" });
  await alexForm.getByLabel("Description (optional)").fill("Warehouse management.");
  await alexForm.getByRole("button", { name: "Save system" }).click();
  await expect(alexForm.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  const form = priya.getByRole("form", { name: "Edit system" });
  await form.getByLabel("Kind", { exact: true }).selectOption({ label: "Physical server" });
  await form.getByLabel("Description (optional)").fill("Warehouse management on the old server.");
  await form.getByRole("button", { name: "Save system" }).click();
  await expect(form.getByRole("alert")).toContainText("Your input is still in the form.");
  await expect(form.getByLabel("Kind", { exact: true })).toHaveValue("physical");
  await expect(form.getByLabel("Description (optional)")).toHaveValue("Warehouse management on the old server.");

  await form.getByRole("button", { name: "Save system" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  // What was saved is what the form shows after the save, not the Kind it was opened with.
  await expect(form.getByLabel("Kind", { exact: true })).toHaveValue("physical");
  await alex.reload();
  await expect(alex.getByLabel("Kind", { exact: true })).toHaveValue("physical");
  await alex.context().close();
  await priya.context().close();
});

import { expect, test } from "@playwright/test";
import { addSystemAndOpen, createPlan, session, unique, USERS } from "./helpers";

test("a system's register entry and recovery facts are edited apart; a stale save of the facts shows who changed what and keeps the input", async ({ browser }) => {
  const alex = await session(browser, USERS.admin);
  const priya = await session(browser, USERS.committee);
  const planUrl = await createPlan(alex, unique("Concurrent systems"));
  const name = unique("SQL");
  await addSystemAndOpen(alex, { planUrl, name });
  const factsUrl = `${planUrl}/recovery/setup/vms/${alex.url().split("/").pop()}`;
  await priya.goto(factsUrl);
  const facts = priya.getByRole("form", { name: `Recovery facts of ${name}` });
  await expect(facts).toBeVisible();

  // Alex edits the register entry: another form, under another version, so Priya's facts are not stale.
  const register = alex.getByRole("form", { name: "Edit system" });
  await register.getByLabel("Owner").selectOption({ label: "Priya Shah (Operations Director)" });
  await register.getByRole("button", { name: "Save system" }).click();
  await expect(register.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  // The owner is the person of the People register, shown by name and linked to them.
  await expect(alex.getByRole("link", { name: "Priya Shah", exact: true })).toHaveAttribute("href", /^\/people\//);
  // Then the recovery facts, which Priya's open form is now behind.
  await alex.goto(factsUrl);
  const alexFacts = alex.getByRole("form", { name: `Recovery facts of ${name}` });
  await alexFacts.getByLabel("Memory (MiB, optional)").fill("32768");
  await alexFacts.getByRole("button", { name: "Save recovery facts" }).click();
  await expect(alexFacts.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await facts.getByLabel("Used size (GB, optional)").fill("200");
  await facts.getByLabel("Priority").selectOption("1");
  await facts.getByRole("button", { name: "Save recovery facts" }).click();
  const conflict = facts.getByRole("alert");
  await expect(conflict).toContainText("Someone else changed this system's recovery facts while you were editing.");
  await expect(conflict).toContainText(/Alex Morgan changed it at \d\d:\d\d:/);
  await expect(conflict.getByRole("listitem")).toHaveText(["Memory (MiB): — → 32768"]);
  await expect(conflict).toBeFocused();
  await expect(facts.getByLabel("Used size (GB, optional)")).toHaveValue("200");
  await expect(facts.getByLabel("Priority")).toHaveValue("1");

  // Having seen the change, she saves again and knowingly overwrites it.
  await facts.getByRole("button", { name: "Save recovery facts" }).click();
  await expect(facts.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(facts.getByRole("alert")).toHaveCount(0);
  await alex.reload();
  await expect(alexFacts.getByLabel("Memory (MiB, optional)")).toHaveValue("");
  await expect(alexFacts.getByLabel("Used size (GB, optional)")).toHaveValue("200");

  await alex.context().close();
  await priya.context().close();
});

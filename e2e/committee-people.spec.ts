import { expect, test } from "@playwright/test";
import { signIn, unique, USERS } from "./helpers";

test("a committee member adds a person, seats them, staffs an ERT role and records the sponsor", async ({ page }) => {
  await signIn(page, USERS.committee);
  const person = unique("Nina Hart");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
  const add = page.getByRole("form", { name: "Add a person" });
  await add.getByLabel("Name").fill(person);
  await add.getByLabel("Job title").fill("Night shift supervisor");
  // Words are not a number anyone can dial at 3 a.m.
  await add.getByLabel("24/7 phone").fill("call reception and ask");
  await add.getByRole("button", { name: "Add person" }).click();
  await expect(add.getByLabel("24/7 phone")).toHaveAccessibleDescription(/24\/7 phone: enter a phone number of at least six digits/);
  await expect(add.getByLabel("Name")).toHaveValue(person);
  await add.getByLabel("24/7 phone").fill("07700 900777");
  await add.getByRole("button", { name: "Add person" }).click();
  await expect(add.getByText(`${person} was added to the register.`)).toBeVisible();
  const option = `${person} (Night shift supervisor)`;

  const plan = unique("Night shift plan");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plans" }).click();
  await expect(page.getByRole("heading", { name: "Continuity plans" })).toBeVisible();
  await page.getByLabel("Name").fill(plan);
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: plan })).toBeVisible();
  await page.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: "Committee & ERT" }).click();

  const member = page.getByRole("form", { name: "Add a committee member" });
  await member.getByLabel("Person").selectOption({ label: option });
  await member.getByLabel("Functional area").fill("Warehouse nights");
  await member.getByLabel("Committee role").selectOption("chair");
  await member.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByRole("row", { name: new RegExp(person) })).toContainText("Chair");
  // A committee has one chair: a second is refused, naming the first.
  await member.getByLabel("Person").selectOption({ label: "Tom Reed (Warehouse Manager)" });
  await member.getByLabel("Functional area").fill("Warehouse days");
  await member.getByLabel("Committee role").selectOption("chair");
  await member.getByRole("button", { name: "Add member" }).click();
  await expect(member.getByLabel("Committee role")).toHaveAccessibleDescription(`The committee already has a chair, ${person}. Make them a coordinator or member first, or choose another role.`);
  await expect(page.getByRole("table", { name: "Committee members" }).getByRole("row")).toHaveCount(2);

  const role = page.getByRole("form", { name: "Add a response team role" });
  await role.getByLabel("Role").fill("Night incident lead");
  await role.getByLabel("Responsibilities").fill("Takes the first call out of hours");
  await role.getByLabel("Primary").selectOption({ label: option });
  await role.getByLabel("Alternate").selectOption({ label: option });
  await role.getByRole("button", { name: "Add role" }).click();
  await expect(role.getByLabel("Alternate")).toHaveAccessibleDescription("The alternate must be someone other than the primary.");
  await expect(role.getByLabel("Role")).toHaveValue("Night incident lead");
  await role.getByLabel("Alternate").selectOption({ label: "Tom Reed (Warehouse Manager)" });
  await role.getByRole("button", { name: "Add role" }).click();
  const ertRow = page.getByRole("row", { name: /Night incident lead/ });
  await expect(ertRow).toContainText(person);
  await expect(ertRow).toContainText("24/7: 07700 900777");
  await expect(ertRow.getByRole("link", { name: "07700 900777" })).toHaveAttribute("href", "tel:07700900777");
  await expect(ertRow).toContainText("Tom Reed");

  // Editing the role names the version it started from; the new alternate shows at once.
  await ertRow.getByText("Edit Night incident lead").click();
  const edit = page.getByRole("form", { name: "Edit Night incident lead" });
  await edit.getByLabel("Alternate").selectOption({ label: "Owen Hughes (Facilities and Health & Safety Officer)" });
  await edit.getByRole("button", { name: "Save role" }).click();
  await expect(edit.getByText("Saved.")).toBeVisible();
  await expect(ertRow.getByRole("cell").nth(2)).toContainText("Owen Hughes");

  // The internal auditor cannot sponsor the plan they audit, and 1901 is a slip of the year.
  const commitment = page.getByRole("form", { name: "Management commitment" });
  await commitment.getByLabel("Sponsor").selectOption({ label: "Helen Ward (Internal auditor)" });
  await commitment.getByLabel("Endorsed on").fill("1901-01-01");
  await commitment.getByRole("button", { name: "Save commitment" }).click();
  await expect(commitment.getByLabel("Sponsor")).toHaveAccessibleDescription("Sponsor: an auditor cannot sponsor the plan they audit; choose a member of top management.");
  await expect(commitment.getByLabel("Endorsed on")).toHaveAccessibleDescription("Endorsed on: 1901-01-01 is before 2000; enter the day top management endorsed this plan.");
  await expect(page.getByTestId("commitment")).toHaveText("No sponsor recorded yet. Not yet endorsed by top management.");
  await commitment.getByLabel("Sponsor").selectOption({ label: "Daniel Okafor (Managing Director)" });
  await commitment.getByLabel("Endorsed on").fill("2099-01-01");
  await commitment.getByRole("button", { name: "Save commitment" }).click();
  await expect(commitment.getByLabel("Endorsed on")).toHaveAccessibleDescription("Endorsed on: the date cannot be in the future.");
  // A sponsor who is no executive is saved, with a warning to check.
  await commitment.getByLabel("Sponsor").selectOption({ label: "Tom Reed (Warehouse Manager)" });
  await commitment.getByLabel("Endorsed on").fill("2026-02-10");
  await commitment.getByRole("button", { name: "Save commitment" }).click();
  await expect(page.getByTestId("sponsor-check")).toContainText("Check the sponsor: Tom Reed is not an executive member of Continuity");
  await commitment.getByLabel("Sponsor").selectOption({ label: "Daniel Okafor (Managing Director)" });
  await commitment.getByRole("button", { name: "Save commitment" }).click();
  await expect(page.getByTestId("commitment")).toHaveText("Sponsored by Daniel Okafor, endorsed on 10 Feb 2026.");
  await expect(page.getByTestId("sponsor-check")).toHaveCount(0);

  // Someone named in a plan cannot be deleted from the register. The refused second chair is
  // still typed in its form: leaving asks first.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
  const leave = page.getByRole("dialog", { name: "Unsaved changes" });
  await expect(leave).toContainText("You have unsaved changes in “Add a committee member”.");
  await leave.getByRole("button", { name: "Leave" }).click();
  await page.getByLabel("Search by name, job title or e-mail").fill(person);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: person }).click();
  // The page lists where the person is named, plan by plan, each linking to where it is edited.
  const uses = page.getByRole("region", { name: `Where ${person} is named` });
  await expect(uses.getByRole("link", { name: plan, exact: true })).toBeVisible();
  await expect(uses.getByRole("list", { name: `In ${plan}` }).getByRole("listitem")).toHaveText([
    "In a committee seat (Chair, Warehouse nights)",
    "In the ERT role “Night incident lead” (primary)",
  ]);
  await page.getByRole("button", { name: "Delete person" }).click();
  await page.getByRole("dialog", { name: `Delete ${person}?` }).getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "cannot be deleted" })).toContainText(
    `the plan “${plan}” names them in a committee seat (Chair, Warehouse nights) and in the ERT role “Night incident lead” (primary)`,
  );
  await uses.getByRole("link", { name: "In the ERT role “Night incident lead” (primary)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Committee");
});

test("an auditor reads people, the committee and the risks but is offered no change", async ({ page }) => {
  await signIn(page, USERS.auditor);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
  await expect(page.getByRole("heading", { name: "People", level: 1 })).toBeVisible();
  await expect(page.getByRole("form", { name: "Add a person" })).toHaveCount(0);
  await page.getByRole("link", { name: "Owen Hughes" }).click();
  await expect(page.getByText("07700 900150").first()).toBeVisible();
  await expect(page.getByRole("button")).toHaveText(["Sign out"]);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plans" }).click();
  await page.getByRole("link", { name: "Bristol operations" }).click();
  await expect(page.locator('[data-stage="committee"]')).toContainText("100%");
  await expect(page.locator('[data-stage="risks"]')).toContainText("80%");
  // A stage partly done says what it still lacks, and leads to where that is done.
  await expect(page.getByRole("list", { name: "Still to do: Risk assessment" })).toHaveText("Rate the residual risk of 1 threat.");
  await expect(page.locator('[data-stage="committee"]').getByTestId("stage-todo")).toHaveCount(0);
  await page.getByRole("link", { name: "Risk assessment" }).click();
  await expect(page).toHaveURL(/\/risks$/);
  await page.goBack();
  await page.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: "Committee & ERT" }).click();
  await expect(page.getByTestId("commitment")).toHaveText("Sponsored by Daniel Okafor, endorsed on 10 Feb 2026.");
  await expect(page.getByRole("row", { name: /IT recovery lead/ })).toContainText("Liam Foster");
  await expect(page.getByRole("form")).toHaveCount(0);
  await expect(page.getByRole("button")).toHaveText(["Sign out"]);

  await page.getByRole("navigation", { name: "Plan sections" }).getByRole("link", { name: "Risks & scenarios" }).click();
  const cell = page.locator('[data-heatmap="inherent"]').getByRole("link", { name: "Likelihood 3, impact 4 (score 12, high): 2 threats" });
  await expect(page.getByTestId("unrated-residual")).toHaveText("1 threat without a residual rating is not shown.");
  await cell.click();
  const register = page.getByTestId("threat-register");
  await expect(register.locator("tbody").getByRole("link")).toHaveText(["Extended power cut", "Refrigeration plant failure"]);
  await expect(page.getByText("Add a threat", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("row", { name: /Bristol site lost/ })).toContainText("site-loss");
  await register.getByRole("link", { name: "Extended power cut" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Extended power cut" })).toBeVisible();
  await expect(page.getByRole("form")).toHaveCount(0);
  await expect(page.getByRole("button")).toHaveText(["Sign out"]);
});

test("the people register keeps each name on one line, and an e-mail address breaks only after its @", async ({ page }) => {
  // The committee's view: the add form beside the table leaves it the least room.
  await signIn(page, USERS.committee);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
  const table = page.getByRole("table", { name: /People in the register/ });
  await expect(table.getByRole("link", { name: "Grace Bennett" })).toBeVisible();
  // An inline box broken across lines has one rectangle per line.
  const names = await table.locator('a[href^="/people/"]').evaluateAll((links) => links.map((a) => `${a.textContent}: ${a.getClientRects().length}`));
  expect(names.length).toBeGreaterThanOrEqual(10);
  expect(names.filter((n) => !n.endsWith(": 1"))).toEqual([]);
  // Each part of an address (up to its @, then the domain) lies on a single line.
  const split = await table.locator("td", { hasText: "@harbourlane.example" }).evaluateAll((cells) =>
    cells.flatMap((cell) =>
      [...cell.childNodes].flatMap((node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return range.getClientRects().length > 1 ? [node.textContent] : [];
      }),
    ),
  );
  expect(split).toEqual([]);
});

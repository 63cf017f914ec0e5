import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { createFunction } from "@/lib/bia/create-function";
import { getFunction } from "@/lib/bia/get-function";
import { updateFunction } from "@/lib/bia/update-function";
import { DEFAULT_IMPACT_CATEGORIES } from "@/lib/bia/impact";
import { getBiaSettingsForm } from "@/lib/settings/get-bia-settings-form";
import { updateBiaSettings } from "@/lib/settings/update-bia-settings";
import { failure, makeOrg } from "./factories";

const SETTINGS = { horizons: "1h, 4h, 1d, 3d, 1w, 2w", intolerableRating: "major" };
const HEALTH = { key: "health_and_safety", label: "Health and safety" };

/** An organisation with one function rated in financial and customer. */
async function setup() {
  const org = await makeOrg("Categories");
  const plan = await createPlan({ actor: org.actors.committee, input: { name: "Bristol" } });
  const fn = await createFunction({ actor: org.actors.committee, input: { planId: plan.id, name: "Order taking" } });
  await updateFunction({
    actor: org.actors.committee,
    input: { planId: plan.id, functionId: fn.id, name: "Order taking", version: 1, impactGrid: { financial: { "60": "minor" }, customer: { "1440": "severe" } } },
  });
  return { ...org, plan, fn };
}

const orgRow = (orgId: string) =>
  db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { impactCategories: true, biaSettingsVersion: true } });
const gridOf = async (functionId: string) => (await db.businessFunction.findUniqueOrThrow({ where: { id: functionId } })).impactGrid;

describe("configurable impact categories", () => {
  it("starts every organisation with the five categories that were built in", async () => {
    const { orgId } = await makeOrg("Fresh");
    expect(await orgRow(orgId)).toEqual({ impactCategories: DEFAULT_IMPACT_CATEGORIES, biaSettingsVersion: 1 });
  });

  it("adds, renames and reorders categories, keying a new one from its name, with an audit row; another organisation is untouched", async () => {
    const { orgId, actors } = await setup();
    const other = await makeOrg("Other");
    const categories = [
      { key: "customer", label: "Customers" },
      { key: "", label: "Health and safety" },
      ...DEFAULT_IMPACT_CATEGORIES.slice(0, 4),
    ];
    const saved = await updateBiaSettings({ actor: actors.admin, input: { ...SETTINGS, categories, version: 1 } });
    expect(saved.version).toBe(2);
    const expected = [{ key: "customer", label: "Customers" }, HEALTH, ...DEFAULT_IMPACT_CATEGORIES.slice(0, 4)];
    expect(await orgRow(orgId)).toEqual({ impactCategories: expected, biaSettingsVersion: 2 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId, action: "org.bia_settings_updated" } });
    expect(audit).toMatchObject({ actorId: actors.admin.userId, entityType: "organization", entityId: orgId });
    expect(audit.before).toMatchObject({ impactCategories: DEFAULT_IMPACT_CATEGORIES });
    expect(audit.after).toMatchObject({ impactCategories: expected });
    expect(audit.after).not.toHaveProperty("hiddenCategories");
    expect(await orgRow(other.orgId)).toEqual({ impactCategories: DEFAULT_IMPACT_CATEGORIES, biaSettingsVersion: 1 });
  });

  it("refuses a name used twice (ignoring case) and a stale list, naming the field, and saves nothing", async () => {
    const { orgId, actors } = await setup();
    const twice = await failure(
      updateBiaSettings({ actor: actors.admin, input: { ...SETTINGS, categories: [...DEFAULT_IMPACT_CATEGORIES, { key: "", label: "  customer " }], version: 1 } }),
    );
    expect(twice.fieldErrors).toEqual({ "categories.5.label": "“customer” is already category 5: give each category a different name." });
    const forged = await failure(updateBiaSettings({ actor: actors.admin, input: { ...SETTINGS, categories: [{ key: "weather", label: "Weather" }], version: 1 } }));
    expect(forged.fieldErrors).toEqual({ "categories.0.label": "This category is no longer in the list: reload the page." });
    const committee = await failure(updateBiaSettings({ actor: actors.committee, input: { ...SETTINGS, categories: [HEALTH], version: 1 } }));
    expect(committee.code).toBe("FORBIDDEN");
    expect(await orgRow(orgId)).toEqual({ impactCategories: DEFAULT_IMPACT_CATEGORIES, biaSettingsVersion: 1 });
    expect(await db.auditLog.count({ where: { orgId, action: "org.bia_settings_updated" } })).toBe(0);
  });

  // The form shows a field's message at the control of that name, and a refused save focuses the
  // first: the row's name is no control, so nothing in the grid said which ratings were refused.
  it("refuses a function's save rating a category the organisation does not have, naming each rated cell of it, and writes nothing", async () => {
    const { actors, plan, fn } = await setup();
    const before = await db.businessFunction.findUniqueOrThrow({ where: { id: fn.id } });
    const refused = await failure(
      updateFunction({
        actor: actors.committee,
        input: {
          planId: plan.id,
          functionId: fn.id,
          name: "Renamed",
          version: 2,
          impactGrid: { financial: { "60": "major" }, health_and_safety: { "60": "severe", "1440": "major" } },
        },
      }),
    );
    expect(refused.code).toBe("VALIDATION");
    expect(refused.message).toMatch(/^Nothing was saved: “health_and_safety” is not one of the organisation's impact categories/);
    const cell = (after: string) =>
      `“health_and_safety” is not one of the organisation's impact categories (it may have just been removed), so its rating after ${after} cannot be saved. Reload the page to rate the current ones.`;
    expect(refused.fieldErrors).toEqual({ "impact.health_and_safety.60": cell("1 h"), "impact.health_and_safety.1440": cell("1 day") });
    const two = await failure(
      updateFunction({
        actor: actors.committee,
        input: { planId: plan.id, functionId: fn.id, name: "Renamed", version: 2, impactGrid: { health_and_safety: { "60": "severe" }, weather: { "240": "minor" } } },
      }),
    );
    expect(two.message).toBe(
      "Nothing was saved: “health_and_safety” and “weather” are not among the organisation's impact categories (they may have just been removed). Reload the page to rate the current ones.",
    );
    expect(Object.keys(two.fieldErrors ?? {})).toEqual(["impact.health_and_safety.60", "impact.weather.240"]);
    expect(await db.businessFunction.findUniqueOrThrow({ where: { id: fn.id } })).toEqual(before);
    expect(await db.auditLog.count({ where: { entityId: fn.id, action: "function.updated" } })).toBe(1);
  });

  it("keeps a removed category's ratings through saves, hidden, and shows them again when it is added back", async () => {
    const { orgId, actors, plan, fn } = await setup();
    expect((await getBiaSettingsForm({ actor: actors.admin })).ratedFunctions).toEqual({ financial: 1, customer: 1 });

    const withoutCustomer = DEFAULT_IMPACT_CATEGORIES.slice(0, 4);
    await updateBiaSettings({ actor: actors.admin, input: { ...SETTINGS, categories: withoutCustomer, version: 1 } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId, action: "org.bia_settings_updated" } });
    expect(audit.after).toMatchObject({ hiddenCategories: [{ key: "customer", label: "Customer", functions: 1 }] });

    const hidden = await getFunction({ actor: actors.committee, planId: plan.id, functionId: fn.id });
    expect(hidden.settings.categories.map((c) => c.key)).toEqual(["financial", "operational", "legal_regulatory", "reputational"]);
    // The severe customer rating no longer counts: nothing is intolerable, so nothing is suggested.
    expect(hidden.suggestion).toEqual({ mtdMinutes: null, rtoMinutes: null });

    // Saving the function from a form without the customer row keeps its ratings in storage.
    await updateFunction({
      actor: actors.committee,
      input: { planId: plan.id, functionId: fn.id, name: "Order taking", version: 2, impactGrid: { financial: { "60": "moderate" } } },
    });
    expect(await gridOf(fn.id)).toEqual({ financial: { "60": "moderate" }, customer: { "1440": "severe" } });

    // Added back under the same name: the same key, so the ratings show and count again.
    await updateBiaSettings({ actor: actors.admin, input: { ...SETTINGS, categories: [...withoutCustomer, { key: "", label: "Customer" }], version: 2 } });
    const shown = await getFunction({ actor: actors.committee, planId: plan.id, functionId: fn.id });
    expect(shown.settings.categories.at(-1)).toEqual({ key: "customer", label: "Customer" });
    expect(shown.fn.impactGrid).toEqual({ financial: { "60": "moderate" }, customer: { "1440": "severe" } });
    expect(shown.suggestion).toEqual({ mtdMinutes: 1440, rtoMinutes: 240 });
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPlan } from "@/lib/plans/create-plan";
import { createFunction } from "@/lib/bia/create-function";
import { updateFunction } from "@/lib/bia/update-function";
import { updateBiaSettings } from "@/lib/settings/update-bia-settings";
import { failure, makeOrg } from "./factories";
import { DEFAULT_IMPACT_CATEGORIES } from "@/lib/bia/impact";

/** An organisation on the default lengths (1h … 2w) with two functions in two plans rated at 1d and 3d. */
async function setup() {
  const org = await makeOrg("Settings");
  const { actors } = org;
  for (const [planName, grid] of [
    ["Bristol", { financial: { "60": "minor", "1440": "major", "4320": "severe" }, customer: { "1440": "major" } }],
    ["Avonmouth", { operational: { "1440": "moderate" } }],
  ] as const) {
    const plan = await createPlan({ actor: actors.committee, input: { name: planName } });
    const fn = await createFunction({ actor: actors.committee, input: { planId: plan.id, name: "Order taking" } });
    await updateFunction({ actor: actors.committee, input: { planId: plan.id, functionId: fn.id, name: "Order taking", version: 1, impactGrid: grid } });
  }
  return org;
}

const settingsOf = (orgId: string) =>
  db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { impactHorizonsMinutes: true, biaSettingsVersion: true } });

describe("BIA settings", () => {
  it("refuses the same outage length written twice, naming the entries, and saves nothing", async () => {
    const { orgId, actors } = await setup();
    const error = await failure(updateBiaSettings({ actor: actors.admin, input: { horizons: "1h, 90m, 1.5h, 4h, 60min", intolerableRating: "major", categories: DEFAULT_IMPACT_CATEGORIES, version: 1 } }));
    expect(error.fieldErrors).toEqual({
      horizons: "Each outage length once: “1h” and “60min” (1 h); “90m” and “1.5h” (1 h 30 min) are the same lengths.",
    });
    expect(await settingsOf(orgId)).toEqual({ impactHorizonsMinutes: [60, 240, 1440, 4320, 10080, 20160], biaSettingsVersion: 1 });
  });

  it("asks before removing lengths that hold ratings, saves once the same list is confirmed, and audits what it dropped", async () => {
    const { orgId, actors } = await setup();
    const input = { horizons: "1h, 4h, 1w, 2w", intolerableRating: "major", categories: DEFAULT_IMPACT_CATEGORIES, version: 1 };
    const asked = await failure(updateBiaSettings({ actor: actors.admin, input }));
    expect(asked.code).toBe("VALIDATION");
    expect(asked.fieldErrors).toEqual({
      confirmRemoval:
        "Removing 1 day (3 ratings) and 3 days (1 rating) drops 4 impact ratings in 2 functions: they no longer show or count in any plan, " +
        "and are deleted when each function is next saved. Tick the box to confirm and save again.",
    });
    expect(await settingsOf(orgId)).toMatchObject({ biaSettingsVersion: 1 });

    // A confirmation given for another list of lengths does not count.
    const other = await failure(updateBiaSettings({ actor: actors.admin, input: { ...input, confirmRemoval: "1h, 4h, 1d, 1w, 2w" } }));
    expect(other.fieldErrors?.confirmRemoval).toMatch(/^Removing 1 day \(3 ratings\) and 3 days/);

    await updateBiaSettings({ actor: actors.admin, input: { ...input, confirmRemoval: " 4h,1h , 2w, 1w" } });
    expect(await settingsOf(orgId)).toEqual({ impactHorizonsMinutes: [60, 240, 10080, 20160], biaSettingsVersion: 2 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId, action: "org.bia_settings_updated" } });
    expect(audit.after).toMatchObject({
      impactHorizonsMinutes: [60, 240, 10080, 20160],
      droppedRatings: { ratings: 4, functions: 2, lengths: [{ minutes: 1440, ratings: 3 }, { minutes: 4320, ratings: 1 }] },
    });
  });

  it("removes lengths nobody rated, and adds lengths, without asking", async () => {
    const { orgId, actors } = await setup();
    await updateBiaSettings({ actor: actors.admin, input: { horizons: "1h, 1d, 3d, 8h", intolerableRating: "major", categories: DEFAULT_IMPACT_CATEGORIES, version: 1 } });
    expect(await settingsOf(orgId)).toEqual({ impactHorizonsMinutes: [60, 480, 1440, 4320], biaSettingsVersion: 2 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { orgId, action: "org.bia_settings_updated" } });
    expect(audit.after).not.toHaveProperty("droppedRatings");
  });
});

describe("a BIA settings save that changes nothing", () => {
  it("writes no version and no audit row for the settings re-saved as stored, and writes a one-field change", async () => {
    const { orgId, actors } = await setup();
    const audits = () => db.auditLog.count({ where: { orgId, action: "org.bia_settings_updated" } });
    // The default lengths, in another order and other units.
    const form = { horizons: "2w, 1h, 4h, 1d, 3d, 7d", intolerableRating: "major", categories: DEFAULT_IMPACT_CATEGORIES, version: 1 };
    expect(await updateBiaSettings({ actor: actors.admin, input: form })).toMatchObject({ changed: false, version: 1 });
    expect(await settingsOf(orgId)).toMatchObject({ biaSettingsVersion: 1 });
    expect(await audits()).toBe(0);
    await updateBiaSettings({ actor: actors.admin, input: { ...form, intolerableRating: "severe" } });
    expect(await db.organization.findUniqueOrThrow({ where: { id: orgId } })).toMatchObject({ biaSettingsVersion: 2, intolerableRating: "severe" });
    expect(await audits()).toBe(1);
    expect((await failure(updateBiaSettings({ actor: actors.admin, input: { ...form, intolerableRating: "severe" } }))).code).toBe("CONFLICT");
  });
});

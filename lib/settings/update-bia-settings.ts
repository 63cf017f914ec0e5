import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { sameSnapshot } from "@/lib/audit/same-snapshot";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/validation";
import { confirmedHorizons, updateBiaSettingsSchema } from "@/lib/settings/schemas";
import { describeDroppedRatings, droppedRatings } from "@/lib/settings/dropped-ratings";
import { AppError, invalid } from "@/lib/errors";
import { staleEdit } from "@/lib/concurrency/stale-edit";
import { staleSettings } from "@/lib/settings/stale-settings";
import { showFields } from "@/lib/concurrency/show-fields";
import { formatDuration } from "@/lib/durations";
import { categoryKey, RATING_LABELS, storedCategories, type ImpactCategory, type ImpactRating } from "@/lib/bia/impact";
import { ratedFunctionsByCategory } from "@/lib/settings/rated-functions";
import { lockPlans } from "@/lib/plans/lock-plans";

type Settings = { impactHorizonsMinutes: number[]; impactCategories: ImpactCategory[]; intolerableRating: ImpactRating };

const settingsSnapshot = (org: Settings) => ({
  impactHorizonsMinutes: org.impactHorizonsMinutes,
  impactCategories: org.impactCategories,
  intolerableRating: org.intolerableRating,
});

/** The settings as the form shows them: outage lengths in order, the rating by its label. */
const showSettings = showFields({
  impactHorizonsMinutes: {
    label: "Outage lengths of the impact grid",
    text: (value) => (Array.isArray(value) ? value.map(Number).sort((a, b) => a - b).map(formatDuration).join(", ") : "—"),
  },
  impactCategories: {
    label: "Impact categories",
    text: (value) => (Array.isArray(value) ? storedCategories(value).map((c) => c.label).join(", ") : "—"),
  },
  intolerableRating: { label: "First intolerable rating", text: (value) => RATING_LABELS[value as ImpactRating] ?? "—" },
});

const sameList = (a: number[] | null, b: number[]) => a !== null && a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * The categories to save: a row with a key keeps it (a rename or a move), a row without one is
 * added under a key made from its name. A key the organisation does not have is refused: only the
 * server makes keys, so a form cannot take over a removed category's ratings under another name.
 */
function keyCategories(rows: { key: string; label: string }[], current: ImpactCategory[]): ImpactCategory[] {
  const known = new Set(current.map((c) => c.key));
  const taken = new Set(rows.map((row) => row.key).filter(Boolean));
  return rows.map(({ key, label }, index) => {
    if (key && !known.has(key)) {
      throw invalid(`categories.${index}.label`, "This category is no longer in the list: reload the page.");
    }
    if (key) return { key, label };
    const made = categoryKey(label, taken);
    taken.add(made);
    return { key: made, label };
  });
}

/** The categories a save removes, each with how many functions rate it (ratings kept, now hidden). */
async function hiddenCategories(tx: Tx, orgId: string, before: Settings, after: ImpactCategory[]) {
  const kept = new Set(after.map((c) => c.key));
  const gone = before.impactCategories.filter((c) => !kept.has(c.key));
  if (gone.length === 0) return [];
  const rated = await ratedFunctionsByCategory(tx, { orgId, horizons: before.impactHorizonsMinutes });
  return gone.map(({ key, label }) => ({ key, label, functions: rated[key] ?? 0 }));
}

/**
 * Changes the outage lengths and the categories of the impact grid and the intolerable rating,
 * refusing to overwrite a change someone else saved meanwhile (with what it was). Ratings at an
 * outage length that is removed no longer show or count, and drop out when the function is next
 * saved: so a save that removes lengths holding ratings is refused with what it would drop until
 * the user confirms that very list of lengths (`confirmRemoval`), and the audit row keeps what was
 * dropped. A removed category's ratings are kept, hidden (the form confirms the removal first);
 * the audit row says how many functions rated each removed category. A save that changes nothing
 * writes nothing: no new version, no audit row.
 */
export async function updateBiaSettings({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "org:settings");
  const { horizons, categories: rows, intolerableRating, confirmRemoval, version } = parseInput(updateBiaSettingsSchema, input);
  return db.$transaction(async (tx) => {
    // The plans first, then the organisation's row, whose categories' trigger bumps them all: the
    // lock order of lock-plans.ts, which a person's or a department's write takes too.
    await lockPlans(tx, { orgId: actor.orgId });
    const before = await tx.organization.findUniqueOrThrow({
      where: { id: actor.orgId },
      select: { impactHorizonsMinutes: true, impactCategories: true, intolerableRating: true, biaSettingsVersion: true },
    });
    const current = { ...before, impactCategories: storedCategories(before.impactCategories) };
    if (before.biaSettingsVersion !== version) {
      throw await staleSettings(tx, {
        actor,
        action: "org.bia_settings_updated",
        startedFrom: version,
        current: { version: before.biaSettingsVersion, snapshot: settingsSnapshot(current) },
        show: showSettings,
      });
    }
    const categories = keyCategories(rows, current.impactCategories);
    const removed = before.impactHorizonsMinutes.filter((minutes) => !horizons.includes(minutes));
    const functions = removed.length ? await tx.businessFunction.findMany({ where: { orgId: actor.orgId }, select: { impactGrid: true } }) : [];
    const dropped = droppedRatings(
      functions.map((f) => f.impactGrid),
      removed,
      categories.map((c) => c.key),
    );
    if (dropped.ratings > 0 && !sameList(confirmedHorizons(confirmRemoval), horizons)) {
      throw new AppError("VALIDATION", "Nothing was saved: these outage lengths would drop impact ratings. Confirm below or keep the lengths.", {
        confirmRemoval: describeDroppedRatings(dropped),
      });
    }
    const after = settingsSnapshot({ impactHorizonsMinutes: horizons, impactCategories: categories, intolerableRating });
    // The outage lengths are a set, shown in order: the same lengths typed in another order are no change.
    const lengths = (snapshot: typeof after) => ({ ...snapshot, impactHorizonsMinutes: [...snapshot.impactHorizonsMinutes].sort((a, b) => a - b) });
    if (sameSnapshot(lengths(settingsSnapshot(current)), lengths(after))) return { horizons, categories, intolerableRating, version, changed: false };
    const { count } = await tx.organization.updateMany({
      where: { id: actor.orgId, biaSettingsVersion: version },
      data: { impactHorizonsMinutes: horizons, impactCategories: categories, intolerableRating, biaSettingsVersion: { increment: 1 } },
    });
    // A write that committed between the read above and this one: refused without details.
    if (count === 0) throw staleEdit("these settings");
    const hidden = await hiddenCategories(tx, actor.orgId, current, categories);
    await recordAudit(tx, {
      actor,
      action: "org.bia_settings_updated",
      entityType: "organization",
      entityId: actor.orgId,
      planId: null,
      before: settingsSnapshot(current),
      after: {
        ...after,
        ...(dropped.ratings > 0 ? { droppedRatings: dropped } : {}),
        ...(hidden.length ? { hiddenCategories: hidden } : {}),
      },
    });
    return { horizons, categories, intolerableRating, version: version + 1, changed: true };
  });
}

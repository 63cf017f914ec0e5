import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/validation";
import { confirmedHorizons, updateBiaSettingsSchema } from "@/lib/settings/schemas";
import { describeDroppedRatings, droppedRatings } from "@/lib/settings/dropped-ratings";
import { AppError } from "@/lib/errors";
import { describeConflict, staleEdit } from "@/lib/concurrency/stale-edit";
import { showFields } from "@/lib/concurrency/show-fields";
import { formatDuration } from "@/lib/bia/durations";
import { RATING_LABELS, type ImpactRating } from "@/lib/bia/impact";

const settingsSnapshot = (org: { impactHorizonsMinutes: number[]; intolerableRating: ImpactRating }) => ({
  impactHorizonsMinutes: org.impactHorizonsMinutes,
  intolerableRating: org.intolerableRating,
});

/** The settings as the form shows them: outage lengths in order, the rating by its label. */
const showSettings = showFields({
  impactHorizonsMinutes: {
    label: "Outage lengths of the impact grid",
    text: (value) => (Array.isArray(value) ? value.map(Number).sort((a, b) => a - b).map(formatDuration).join(", ") : "—"),
  },
  intolerableRating: { label: "First intolerable rating", text: (value) => RATING_LABELS[value as ImpactRating] ?? "—" },
});

const sameList = (a: number[] | null, b: number[]) => a !== null && a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Changes the outage lengths of the impact grid and the intolerable rating, refusing to overwrite
 * a change someone else saved meanwhile (with what it was). Ratings at an outage length that is
 * removed no longer show or count, and drop out when the function is next saved: so a save that
 * removes lengths holding ratings is refused with what it would drop until the user confirms that
 * very list of lengths (`confirmRemoval`), and the audit row keeps what was dropped.
 */
export async function updateBiaSettings({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "org:settings");
  const { horizons, intolerableRating, confirmRemoval, version } = parseInput(updateBiaSettingsSchema, input);
  return db.$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({
      where: { id: actor.orgId },
      select: { impactHorizonsMinutes: true, intolerableRating: true, biaSettingsVersion: true },
    });
    if (before.biaSettingsVersion !== version) {
      throw staleEdit(
        "these settings",
        await describeConflict(tx, {
          actor,
          entityType: "organization",
          entityId: actor.orgId,
          actions: ["org.bia_settings_updated"],
          startedFrom: version,
          current: { version: before.biaSettingsVersion, snapshot: settingsSnapshot(before) },
          show: showSettings,
        }),
      );
    }
    const removed = before.impactHorizonsMinutes.filter((minutes) => !horizons.includes(minutes));
    const functions = removed.length ? await tx.businessFunction.findMany({ where: { orgId: actor.orgId }, select: { impactGrid: true } }) : [];
    const dropped = droppedRatings(functions.map((f) => f.impactGrid), removed);
    if (dropped.ratings > 0 && !sameList(confirmedHorizons(confirmRemoval), horizons)) {
      throw new AppError("VALIDATION", "Nothing was saved: these outage lengths would drop impact ratings. Confirm below or keep the lengths.", {
        confirmRemoval: describeDroppedRatings(dropped),
      });
    }
    const { count } = await tx.organization.updateMany({
      where: { id: actor.orgId, biaSettingsVersion: version },
      data: { impactHorizonsMinutes: horizons, intolerableRating, biaSettingsVersion: { increment: 1 } },
    });
    // A write that committed between the read above and this one: refused without details.
    if (count === 0) throw staleEdit("these settings");
    await recordAudit(tx, {
      actor,
      action: "org.bia_settings_updated",
      entityType: "organization",
      entityId: actor.orgId,
      before: settingsSnapshot(before),
      after: {
        ...settingsSnapshot({ impactHorizonsMinutes: horizons, intolerableRating }),
        ...(dropped.ratings > 0 ? { droppedRatings: dropped } : {}),
      },
    });
    return { horizons, intolerableRating, version: version + 1 };
  });
}

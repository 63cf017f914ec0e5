import { z } from "zod";
import { optionalDurationField, TARGET_RULE } from "@/lib/durations";
import { idList, optionalId, optionalNumber, version } from "@/lib/bia/form-fields";
import { MIN_GROUP_SYSTEMS } from "@/lib/priorities/group-size";
import { blankable } from "@/lib/validation";
import { KEY_PATTERN, MAX_KEY_LENGTH } from "@/lib/slug";

const planId = z.string().min(1);

const tierFields = {
  planId,
  name: z.string().trim().min(1, "Give the tier a name.").max(60, "Keep the name under 60 characters."),
  maxRtoMinutes: optionalDurationField("Longest RTO", TARGET_RULE).pipe(z.number({ error: "Give the longest RTO this tier allows." })),
  description: z.string().trim().max(500, "Keep the description under 500 characters.").default(""),
};

export const createTierSchema = z.object(tierFields);
export const updateTierSchema = z.object({ ...tierFields, tierId: z.string().min(1), version });
/** A delete of a tier: the version its page showed (docs/decisions/0073). */
export const deleteTierSchema = z.object({ planId, tierId: z.string().min(1), version });

export const setPrioritySchema = z
  .object({
    planId,
    functionId: z.string().min(1, "Choose a function."),
    version,
    manualRank: optionalNumber("Rank", { min: 1, max: 100000, int: true }),
    tierId: optionalId,
    manualRankReason: z.string().trim().max(1000, "Keep the reason under 1,000 characters.").default(""),
  })
  .refine((v) => (v.manualRank === null && v.tierId === null) || v.manualRankReason !== "", {
    path: ["manualRankReason"],
    message: "Say why this function's rank or tier is set by hand.",
  })
  // A reason alone would silently clear the override it explains; clearing is only ever all three empty (the Clear button).
  .refine((v) => v.manualRank !== null || v.tierId !== null || v.manualRankReason === "", {
    path: ["manualRank"],
    message: "Give a rank or a tier for this reason, or use Clear in the list to go back to the computed priority.",
  });

/** A consistency group with fewer than two systems is refused at its systems, on create and on update. */
export const GROUP_TOO_SMALL = "A consistency group needs at least two systems.";

const groupKey = z
  .string()
  .trim()
  .min(1, "Give the group a key.")
  .max(MAX_KEY_LENGTH, `Keep the key under ${MAX_KEY_LENGTH} characters.`)
  .regex(KEY_PATTERN, "Use lower-case letters, digits and hyphens, starting with a letter or digit (e.g. erp).");

const groupFields = {
  planId,
  name: z.string().trim().min(1, "Give the group a name.").max(120, "Keep the name under 120 characters."),
  maxSkewMinutes: optionalDurationField("Maximum skew (minutes)", { unit: "minutes", max: 10080 }).transform((v) => v ?? 0),
  // A group keeps several systems' restore points consistent: one system alone has nothing to agree with.
  systemIds: idList.refine((ids) => ids.length >= MIN_GROUP_SYSTEMS, GROUP_TOO_SMALL),
};

/** A new group's key may be left blank: it is then made from the name (lib/recovery/new-key.ts). */
export const createGroupSchema = z.object({ ...groupFields, key: blankable(groupKey) });
export const updateGroupSchema = z.object({ ...groupFields, key: groupKey, groupId: z.string().min(1), version });
/** A delete of a consistency group: the version its page showed (docs/decisions/0073). */
export const deleteGroupSchema = z.object({ planId, groupId: z.string().min(1), version });

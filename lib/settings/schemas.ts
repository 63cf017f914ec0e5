import { z } from "zod";
import { formatDuration, parseDuration } from "@/lib/durations";
import { CATEGORY_KEY, IMPACT_RATINGS, MAX_CATEGORY_LABEL, MAX_IMPACT_CATEGORIES } from "@/lib/bia/impact";
import { typedNumber, versionField } from "@/lib/validation";
import { MAX_MARKING, unprintableCharacter } from "@/lib/settings/document-marking";
import { APPROVAL_WINDOW, TEST_WINDOW } from "@/lib/settings/reminder-windows";

/**
 * "1h, 4h, 1d" → sorted minutes. Two entries for the same length ("1.5h, 90m") are refused rather
 * than merged: a typo must not silently shorten the grid the user thinks they saved.
 */
const horizonList = z.string().transform((text, ctx) => {
  const parts = text.split(/[,\n]/).map((p) => p.trim()).filter(Boolean);
  const written = new Map<number, string[]>();
  for (const part of parts) {
    const value = parseDuration(part);
    if (value === undefined || value === null || !Number.isInteger(value) || value <= 0) {
      ctx.addIssue({ code: "custom", message: `“${part}” is not an outage length: write them like 1h, 4h, 1d, 3d, 1w, 2w.` });
      return z.NEVER;
    }
    written.set(value, [...(written.get(value) ?? []), part]);
  }
  const repeated = [...written.entries()].filter(([, texts]) => texts.length > 1);
  if (repeated.length) {
    const named = repeated.map(([minutes, texts]) => `${texts.map((t) => `“${t}”`).join(" and ")} (${formatDuration(minutes)})`);
    ctx.addIssue({ code: "custom", message: `Each outage length once: ${named.join("; ")} ${repeated.length === 1 ? "is the same length" : "are the same lengths"}.` });
    return z.NEVER;
  }
  const minutes = [...written.keys()].sort((a, b) => a - b);
  if (minutes.length < 2 || minutes.length > 10) {
    ctx.addIssue({ code: "custom", message: "Give between 2 and 10 different outage lengths." });
    return z.NEVER;
  }
  return minutes;
});

/** A category's name as typed, with runs of spaces made one so that "Health  and safety" is "Health and safety". */
const categoryName = z
  .string()
  .transform((text) => text.trim().replace(/\s+/g, " "))
  .pipe(
    z
      .string()
      .min(1, "Give the category a name.")
      .max(MAX_CATEGORY_LABEL, `Keep the category's name to ${MAX_CATEGORY_LABEL} characters.`),
  );

/**
 * The impact categories in the order given. An empty key is a category being added (the server
 * makes its key from the name); names must differ, ignoring case, since two rows called
 * "Customer" and "customer" could not be told apart in the grid.
 */
const categoryList = z
  .array(z.object({ key: z.union([z.literal(""), z.string().regex(CATEGORY_KEY, "This category is not one of the list's.")]), label: categoryName }), {
    error: "List the impact categories.",
  })
  .min(1, "Keep at least one impact category.")
  .max(MAX_IMPACT_CATEGORIES, `Use at most ${MAX_IMPACT_CATEGORIES} impact categories.`)
  .superRefine((rows, ctx) => {
    const names = new Map<string, number>();
    const keys = new Set<string>();
    rows.forEach(({ key, label }, index) => {
      const folded = label.toLowerCase();
      if (names.has(folded)) {
        ctx.addIssue({ code: "custom", path: [index, "label"], message: `“${label}” is already category ${names.get(folded)! + 1}: give each category a different name.` });
      } else names.set(folded, index);
      if (key && keys.has(key)) ctx.addIssue({ code: "custom", path: [index, "label"], message: "This category is listed twice." });
      keys.add(key);
    });
  });

/**
 * The categories a settings form posted, as rows in order: `categories.<n>.key` and
 * `categories.<n>.label`, numbered from 0 in the order shown.
 */
export function categoriesFromValues(values: Record<string, string>): { key: string; label: string }[] {
  const rows = new Map<number, { key: string; label: string }>();
  for (const [name, value] of Object.entries(values)) {
    const match = /^categories\.(\d{1,3})\.(key|label)$/.exec(name);
    if (!match) continue;
    const row = rows.get(Number(match[1])) ?? { key: "", label: "" };
    row[match[2] as "key" | "label"] = value;
    rows.set(Number(match[1]), row);
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}

export const updateBiaSettingsSchema = z.object({
  horizons: horizonList,
  categories: categoryList,
  intolerableRating: z.enum(IMPACT_RATINGS.filter((r) => r !== "none") as ["minor", "moderate", "major", "severe"], {
    error: "Choose the first rating the organisation cannot tolerate.",
  }),
  /**
   * The outage lengths the user saw the warning for and confirmed (as they typed them): a save
   * that removes lengths holding ratings goes ahead only when it is the save they confirmed.
   */
  confirmRemoval: z.string().max(1000).optional().default(""),
  version: versionField(),
});

/** The outage lengths a confirmation stood for, or null when it is empty or not a valid list. */
export function confirmedHorizons(text: string): number[] | null {
  const parsed = horizonList.safeParse(text);
  return parsed.success ? parsed.data : null;
}

/**
 * The marking as typed, on one line: trimmed, runs of spaces (a pasted line break) made one. Empty
 * is no marking.
 */
const documentMarking = z
  .string({ error: "Enter the marking, or leave it empty for none." })
  .transform((text) => text.trim().replace(/\s+/g, " "))
  .pipe(
    z
      .string()
      .max(MAX_MARKING, `Keep the marking to ${MAX_MARKING} characters, such as OFFICIAL-SENSITIVE.`)
      .superRefine((text, ctx) => {
        const character = unprintableCharacter(text);
        if (character === undefined) return;
        // The code point too: the character may be one that shows as nothing (a zero-width space).
        const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
        ctx.addIssue({
          code: "custom",
          message: `The PDF reports cannot print “${character}” (${code}): use the letters, digits and punctuation of Western European languages.`,
        });
      }),
  );

export const updateDocumentSettingsSchema = z.object({
  documentMarking,
  version: versionField(),
});

/** A reminder window: a whole number of days within its bounds, the message naming the field and them. */
const windowDays = ({ min, max, label }: { min: number; max: number; label: string }) => {
  const message = `${label}: enter a whole number of days from ${min} to ${max}.`;
  return typedNumber(label, z.number({ error: message }).int(message).min(min, message).max(max, message));
};

export const updateReminderSettingsSchema = z.object({
  approvalReminderDays: windowDays(APPROVAL_WINDOW),
  testReminderDays: windowDays(TEST_WINDOW),
  version: versionField(),
});

import { z } from "zod";
import { formatDuration, parseDuration } from "@/lib/bia/durations";
import { IMPACT_RATINGS } from "@/lib/bia/impact";
import { versionField } from "@/lib/validation";

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

export const updateBiaSettingsSchema = z.object({
  horizons: horizonList,
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

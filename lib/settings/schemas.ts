import { z } from "zod";
import { parseDuration } from "@/lib/bia/durations";
import { IMPACT_RATINGS } from "@/lib/bia/impact";
import { versionField } from "@/lib/validation";

/** "1h, 4h, 1d" → sorted, distinct minutes. */
const horizonList = z.string().transform((text, ctx) => {
  const parts = text.split(/[,\n]/).map((p) => p.trim()).filter(Boolean);
  const minutes: number[] = [];
  for (const part of parts) {
    const value = parseDuration(part);
    if (value === undefined || value === null || !Number.isInteger(value) || value <= 0) {
      ctx.addIssue({ code: "custom", message: `“${part}” is not an outage length: write them like 1h, 4h, 1d, 3d, 1w, 2w.` });
      return z.NEVER;
    }
    minutes.push(value);
  }
  const distinct = [...new Set(minutes)].sort((a, b) => a - b);
  if (distinct.length < 2 || distinct.length > 10) {
    ctx.addIssue({ code: "custom", message: "Give between 2 and 10 different outage lengths." });
    return z.NEVER;
  }
  return distinct;
});

export const updateBiaSettingsSchema = z.object({
  horizons: horizonList,
  intolerableRating: z.enum(IMPACT_RATINGS.filter((r) => r !== "none") as ["minor", "moderate", "major", "severe"], {
    error: "Choose the first rating the organisation cannot tolerate.",
  }),
  version: versionField(),
});

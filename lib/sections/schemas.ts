import { z } from "zod";
import { versionField } from "@/lib/validation";
import { SECTION_KEYS } from "@/lib/sections/section-keys";

export const saveSectionSchema = z.object({
  planId: z.string().min(1),
  key: z.enum(SECTION_KEYS, { error: "Unknown section." }),
  body: z.string().max(50000, "Keep the section under 50,000 characters.").transform((s) => s.trim()),
  // 0 when the section has never been written.
  version: versionField(0),
});

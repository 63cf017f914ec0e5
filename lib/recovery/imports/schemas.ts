import { z } from "zod";
import { IMPORT_KINDS } from "@/lib/recovery/imports/map-rows";

// Generous for a CSV of VMs or job results (RVTools' vInfo of 5,000 VMs is about 10 MB).
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const importSchema = z.object({
  planId: z.string().min(1),
  kind: z.enum(IMPORT_KINDS, { error: "Format: choose RVTools vInfo, generic VM inventory or restore points." }),
  fileName: z.string().trim().max(255, "File: the name is too long.").default("upload.csv"),
  text: z
    .string()
    .min(1, "File: choose a CSV file.")
    .max(MAX_IMPORT_BYTES, "File: larger than 20 MB; split it.")
    .superRefine((text, ctx) => {
      // Postgres cannot store NUL, nor Prisma send half a surrogate pair: name the line instead of failing on save.
      const at = text.search(/\u0000|\p{Cs}/u);
      if (at >= 0) {
        const line = text.slice(0, at).split("\n").length;
        ctx.addIssue({ code: "custom", message: `File: line ${line} holds a character that cannot be saved (NUL, or half of an emoji); save it as UTF-8 CSV text.` });
      }
    }),
  fingerprint: z.string().optional(),
  // VM inventories (RVTools or generic): powered-off VMs are left out unless this is set (RVTools templates always are).
  includePoweredOff: z.boolean().default(false),
});

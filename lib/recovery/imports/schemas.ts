import { z } from "zod";
import { IMPORT_KINDS } from "@/lib/recovery/imports/map-rows";

// Generous for a CSV of VMs or job results (RVTools' vInfo of 5,000 VMs is about 10 MB).
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const importSchema = z.object({
  planId: z.string().min(1),
  kind: z.enum(IMPORT_KINDS, { error: "Format: choose RVTools vInfo, generic VM inventory or restore points." }),
  fileName: z.string().trim().max(255, "File: the name is too long.").default("upload.csv"),
  text: z.string().min(1, "File: choose a CSV file.").max(MAX_IMPORT_BYTES, "File: larger than 20 MB; split it."),
  fingerprint: z.string().optional(),
});

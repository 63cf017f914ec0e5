import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors";

/** The preview lists this many changed records; the counts cover them all. */
const MAX_SHOWN_CHANGES = 200;

/** What an import's plan counts and changes, and the fingerprint its apply must match. */
type Planned<C> = { rows: number; added: number; updated: number; unchanged: number; changes: readonly C[]; fingerprint: string };
/** What a preview shows of it: the file's name, the counts, the first changes and how many more. */
export type ImportPreview<C> = { fileName: string; rows: number; added: number; updated: number; unchanged: number; changes: C[]; moreChanges: number; fingerprint: string };

/** The name of an uploaded file, for the preview, the outcome and the import's audit row. */
export const fileNameOf = (file: unknown) => (file instanceof File ? file.name : "the file");

/** An import's plan as its preview shows it (the BIA's, the threat register's). */
export function previewOf<C>(plan: Planned<C>, file: unknown): ImportPreview<C> {
  return {
    fileName: fileNameOf(file),
    rows: plan.rows,
    added: plan.added,
    updated: plan.updated,
    unchanged: plan.unchanged,
    changes: plan.changes.slice(0, MAX_SHOWN_CHANGES),
    moreChanges: Math.max(0, plan.changes.length - MAX_SHOWN_CHANGES),
    fingerprint: plan.fingerprint,
  };
}

/** An apply whose file would no longer do what its preview showed: `what` changed since ("the BIA"). */
export const changedSincePreview = (what: string) =>
  new AppError("CONFLICT", `Nothing was imported: ${what} changed since the preview, so the file would now do something else. Preview it again to see what it would do.`);

/**
 * What a planned import would write, as a hash: of its writes (each with the versions of the
 * records it read) and of how many rows it found unchanged. The apply recomputes it in its
 * transaction and writes only when it equals the preview's.
 */
export const importFingerprint = (writes: unknown, unchanged: number) => createHash("sha256").update(JSON.stringify(writes)).update(JSON.stringify(unchanged)).digest("hex");

import type { CollectionDiff } from "@/lib/versions/diff";

/** At most this many changes are printed: a plan rewritten since its approval is listed in the app. */
export const MAX_CHANGE_ROWS = 80;

export type ChangeRow = { where: string; what: string };

/**
 * What changed since a version, a row per record added or removed and per field changed, in the
 * words of the app's comparison (lib/versions/diff.ts); "->" for the arrow, which the PDF's
 * standard fonts lack. Pure.
 */
export function changeRows(changes: readonly CollectionDiff[]): ChangeRow[] {
  return changes.flatMap((change) => {
    const where = `${change.stage}: ${change.title}`;
    return [
      ...change.added.map((r) => ({ where, what: `Added: ${r.label}` })),
      ...change.changed.flatMap((r) =>
        r.fields.map((f) => ({ where, what: `${r.label}: ${f.label}: ${f.item ? `${f.item} ${f.item === "added" ? f.after : f.before}` : `${f.before} -> ${f.after}`}` })),
      ),
      ...change.removed.map((r) => ({ where, what: `Removed: ${r.label}` })),
    ];
  });
}

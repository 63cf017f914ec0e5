import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { AppError, type Conflict } from "@/lib/errors";
import { describeConflict, type Shown } from "@/lib/concurrency/stale-edit";

/**
 * The refusal of a delete whose record changed since the page was loaded (docs/decisions/0073):
 * nothing is deleted. With a `conflict` the page says who changed it, when and what
 * (components/ui/conflict-notice.tsx), and confirming again deletes it knowingly; without one (a
 * write that committed between the check and the delete) the refreshed page shows the change.
 */
export function staleDelete(what: string, conflict?: Conflict): AppError {
  const message = `${what} was changed after this page was loaded, so it was not deleted.`;
  if (conflict) return new AppError("CONFLICT", message, {}, { ...conflict, refused: "delete" });
  return new AppError("CONFLICT", `${message} The page now shows the change; delete it again if it should still go.`);
}

/** A delete of a record that is no longer there: said as such, since deleting it twice is no error of the user's. */
export const alreadyDeleted = (what: string) => new AppError("NOT_FOUND", `${what} was not found: it has probably been deleted already.`);

/**
 * The record a delete may go ahead with: the one the page showed, at the version it showed.
 * Refused when it is gone (alreadyDeleted), or when someone saved it since (staleDelete, with who
 * and when from its audit rows of `actions`, and what they changed when `show` gives the display
 * of its fields, read only then). `what` names it as a sentence starts ("The vendor"). The delete
 * itself must still name the version (deleteMany with it) and refuse a count of 0
 * (deletedAtVersion): a save can commit between this read and that write.
 */
export async function atVersionShown<T extends { id: string; version: number }>(
  tx: Tx,
  {
    actor,
    record,
    version,
    what,
    entityType,
    actions,
    snapshot = {},
    show = async () => () => ({}),
  }: {
    actor: Pick<Actor, "orgId">;
    record: T | null;
    version: number;
    what: string;
    entityType: string;
    actions: string[];
    snapshot?: Record<string, unknown>;
    show?: () => Promise<(snapshot: Record<string, unknown>) => Shown>;
  },
): Promise<T> {
  if (!record) throw alreadyDeleted(what);
  if (record.version === version) return record;
  const conflict = await describeConflict(tx, {
    actor,
    entityType,
    entityId: record.id,
    actions,
    startedFrom: version,
    current: { version: record.version, snapshot },
    show: await show(),
  });
  throw staleDelete(what, conflict);
}

/** The count of a delete that named the version (deleteMany with id, orgId, version): none means someone saved first. */
export function deletedAtVersion({ count }: { count: number }, what: string): void {
  if (count === 0) throw staleDelete(what);
}

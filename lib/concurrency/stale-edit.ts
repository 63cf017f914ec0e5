import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { AppError, type Conflict, type ConflictChange } from "@/lib/errors";

/**
 * The one error of an edit whose record changed since the form was loaded (optimistic
 * concurrency, docs/decisions/0007). With a `conflict` the form shows what the other person
 * changed and lets the user overwrite it knowingly (components/ui/conflict-notice.tsx says how);
 * without one it can only offer a reload.
 */
export function staleEdit(what: string, conflict?: Conflict): AppError {
  const message = `Someone else changed ${what} while you were editing.`;
  return new AppError("CONFLICT", conflict ? message : `${message} Reload to see their change.`, {}, conflict);
}

/** A record's fields as the user reads them: field → label and displayed value. */
export type Shown = Record<string, { label: string; text: string }>;

type Snapshot = Record<string, unknown>;

/**
 * Works out what happened to a record since the version a refused form started from, from the
 * audit log: each accepted write of the record bumps its version once and records the `before`
 * of the fields it changed, so the last `current.version - startedFrom` rows of `actions` hold
 * the values the user started from (the oldest row's `before` of each field wins). `show` turns
 * a snapshot (whole, or the part an audit row kept) into displayed fields.
 */
export async function describeConflict(
  tx: Tx,
  {
    actor,
    entityType,
    entityId,
    actions,
    startedFrom,
    current,
    show,
  }: {
    actor: Pick<Actor, "orgId">;
    entityType: string;
    entityId: string;
    actions: string[];
    startedFrom: number;
    current: { version: number; snapshot: Snapshot };
    show: (snapshot: Snapshot) => Shown;
  },
): Promise<Conflict> {
  const rows = await tx.auditLog.findMany({
    where: { orgId: actor.orgId, entityType, entityId, action: { in: actions } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.max(1, current.version - startedFrom),
    select: { actorId: true, actorEmail: true, createdAt: true, before: true },
  });
  const started: Snapshot = {};
  for (const row of rows) Object.assign(started, asSnapshot(row.before));
  const from = show(started);
  const to = show(current.snapshot);
  const changes: ConflictChange[] = Object.entries(from)
    .filter(([field, was]) => to[field] !== undefined && to[field].text !== was.text)
    .map(([field, was]) => ({ field, label: was.label, from: was.text, to: to[field].text }));
  const last = rows[0];
  const user = last?.actorId ? await tx.user.findUnique({ where: { id: last.actorId }, select: { name: true } }) : null;
  return {
    version: current.version,
    by: user?.name ?? last?.actorEmail ?? null,
    at: last ? last.createdAt.toISOString() : null,
    changes,
  };
}

const asSnapshot = (value: unknown): Snapshot => (value && typeof value === "object" && !Array.isArray(value) ? (value as Snapshot) : {});

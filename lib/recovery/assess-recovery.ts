import "server-only";
import { db } from "@/lib/db/client";
import { assess, parseModel } from "@/lib/engine";
import { toRecoveryModel, type RecoveryRows } from "@/lib/recovery/to-model";
import { outcomeOf } from "@/lib/recovery/recovery-outcome";
import { storeOutcome } from "@/lib/recovery/stored-outcomes";
import { nameIssues } from "@/lib/recovery/issue-records";

/** How long an assessment of unchanged data is reused: the ages it shows may be this much older. */
export const ASSESSMENT_REUSE_MS = 60_000;
const MAX_ENTRIES = 16;

type Assessed = ReturnType<typeof assessNow>;
/** An assessment with the rows it was built from and the moment it was made, as the what-if compares a draft with it. */
export type SavedRecovery = { rows: RecoveryRows; at: Date; result: Assessed };
const recent = new Map<string, SavedRecovery>();

function assessNow(rows: RecoveryRows, now: Date) {
  const built = toRecoveryModel(rows, now);
  const parsed = parseModel(built.model, { bounded: true });
  if (!parsed.ok) return { ...built, ok: false as const, issues: nameIssues(parsed.issues, built.model, built.names) };
  // The validated model (defaults filled in) is kept so that a what-if draft starts from it.
  return { ...built, ok: true as const, valid: parsed.model, assessment: assess(parsed.model, { names: built.names }) };
}

/**
 * What the recovery model is built from, in three small queries: the plan's content revision
 * (bumped by triggers on every table the model reads, docs/decisions/0005), its restore points
 * (evidence, which does not bump it: how many, and when one was last written, created or updated
 * in place by an import that corrects its usable time) and the organisation's sites (named in the model).
 */
async function fingerprint(orgId: string, planId: string): Promise<{ key: string; contentRevision: number | null }> {
  const [plan, points, sites] = await Promise.all([
    db.plan.findFirst({ where: { id: planId, orgId }, select: { contentRevision: true } }),
    db.restorePoint.aggregate({ where: { orgId, planId }, _count: { _all: true }, _max: { updatedAt: true } }),
    db.site.findMany({ where: { orgId }, orderBy: { id: "asc" }, select: { id: true, name: true } }),
  ]);
  const contentRevision = plan?.contentRevision ?? null;
  return { key: JSON.stringify([orgId, planId, contentRevision, points._count._all, points._max.updatedAt, sites]), contentRevision };
}

/** Forgets the oldest entries of a map kept in insertion order beyond `max`. */
function trim(map: Map<string, unknown>, max: number) {
  for (const oldest of map.keys()) {
    if (map.size <= max) break;
    map.delete(oldest);
  }
}

/**
 * The plan's recovery model and the engine's assessment of it. Loading the rows and assessing
 * thousands of systems is most of what a readiness page or the plan overview costs, and every
 * member looking at them asks for the same answer, so a result is reused while nothing it was
 * built from has changed (any edit, import or new restore point gives a new one at once) and it
 * is less than a minute old. Callers only read the result. See docs/decisions/0010-load-benchmark.md.
 * Each new assessment also stores the plan's outcome in counts for the plan list (`storeOutcome`,
 * docs/decisions/0027): a reused one found the same, so it stores nothing.
 */
export async function assessRecovery(options: RecoveryRequest): Promise<Assessed> {
  return (await savedRecovery(options)).result;
}

type RecoveryRequest = { orgId: string; planId: string; now: Date; load: () => Promise<RecoveryRows> };

/**
 * `assessRecovery`'s result with the rows it was built from and when it was made. The rows are
 * loaded after the fingerprint is read, so an entry is never older than its key.
 */
export async function savedRecovery({ orgId, planId, now, load }: RecoveryRequest): Promise<SavedRecovery> {
  const { key, contentRevision } = await fingerprint(orgId, planId);
  const hit = recent.get(key);
  const age = hit ? now.getTime() - hit.at.getTime() : -1;
  if (hit && age >= 0 && age < ASSESSMENT_REUSE_MS) return hit;
  const rows = await load();
  const saved = { rows, at: now, result: assessNow(rows, now) };
  recent.delete(key);
  recent.set(key, saved);
  trim(recent, MAX_ENTRIES);
  // No revision: the plan is not the organisation's (or was just deleted), so there is nothing to keep.
  if (contentRevision !== null) await storeOutcome({ orgId, planId, contentRevision, assessedAt: now, outcome: outcomeOf(saved.result) });
  return saved;
}

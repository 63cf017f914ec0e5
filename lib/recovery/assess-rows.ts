import "server-only";
import { createHash } from "node:crypto";
import { assess, parseModel } from "@/lib/engine";
import { toRecoveryModel, type RecoveryRows } from "@/lib/recovery/to-model";

/** How long an assessment of unchanged rows is reused: the ages it shows may be this much older. */
export const ASSESSMENT_REUSE_MS = 60_000;
const MAX_ENTRIES = 16;

type Assessed = ReturnType<typeof assessNow>;
const recent = new Map<string, { at: number; result: Assessed }>();

function assessNow(rows: RecoveryRows, now: Date) {
  const { model, unmodelled } = toRecoveryModel(rows, now);
  const parsed = parseModel(model);
  if (!parsed.ok) return { model, unmodelled, ok: false as const, issues: parsed.issues };
  return { model, unmodelled, ok: true as const, assessment: assess(parsed.model) };
}

/**
 * The plan's recovery model and the engine's assessment of it. Assessing thousands of systems is
 * most of the CPU a readiness page or the plan overview costs, and every member looking at them
 * asks for the same answer, so a result is reused while the rows it was built from are exactly
 * the same (a SHA-256 of all of them: any edit, import or new restore point gives a new
 * assessment at once) and it is less than a minute old. Callers only read the result.
 * See docs/decisions/0010-load-benchmark.md.
 */
export function assessRows({ orgId, planId, rows, now }: { orgId: string; planId: string; rows: RecoveryRows; now: Date }): Assessed {
  const key = createHash("sha256").update(`${orgId}/${planId}/`).update(JSON.stringify(rows)).digest("base64");
  const hit = recent.get(key);
  const age = hit ? now.getTime() - hit.at : -1;
  if (hit && age >= 0 && age < ASSESSMENT_REUSE_MS) return hit.result;
  const result = assessNow(rows, now);
  recent.delete(key);
  recent.set(key, { at: now.getTime(), result });
  for (const oldest of recent.keys()) {
    if (recent.size <= MAX_ENTRIES) break;
    recent.delete(oldest);
  }
  return result;
}

import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { describeConflict, staleEdit } from "@/lib/concurrency/stale-edit";
import { plainText, showFields } from "@/lib/concurrency/show-fields";
import { declarationSnapshot, type Declaration } from "@/lib/incidents/declaration-correction";
import { timeFieldValue } from "@/lib/incidents/incident-time";

/** An instant of a snapshot as the correction form shows it ("2026-12-04 07:10"); blank as a dash. */
const typedTime = (value: unknown) => (typeof value === "string" && value ? timeFieldValue(new Date(value)) : "—");

/**
 * The refusal of a correction of the declaration someone else corrected since `startedFrom`: who,
 * and what they changed as the correction form shows it (docs/decisions/0007). Corrections are the
 * only writes that bump the declaration's version, each audited with the fields it changed before.
 */
export async function declarationConflict(tx: Tx, actor: Pick<Actor, "orgId">, incident: Declaration & { id: string; declarationVersion: number }, startedFrom: number) {
  return staleEdit(
    "this incident's declaration",
    await describeConflict(tx, {
      actor,
      entityType: "incident",
      entityId: incident.id,
      actions: ["incident.declaration_corrected"],
      startedFrom,
      current: { version: incident.declarationVersion, snapshot: declarationSnapshot(incident) },
      show: showFields({
        title: { label: "What happened" },
        scenario: { label: "Scenario of the plan", text: (value) => plainText(value === "" ? "none" : value) },
        declaredAt: { label: "Declared at", text: typedTime },
        startedAt: { label: "Disruption began at", text: typedTime },
        cleanBefore: { label: "Last time known clean", text: typedTime },
        declaredBy: { label: "Declared by" },
      }),
    }),
  );
}

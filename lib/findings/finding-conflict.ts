import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { describeConflict, staleEdit } from "@/lib/concurrency/stale-edit";
import { choice, day, namedId, orgNames, showFields } from "@/lib/concurrency/show-fields";
import { findingSnapshot } from "@/lib/findings/finding-fields";
import { SEVERITY_LABELS, STATUS_LABELS } from "@/lib/findings/schemas";

type Finding = Parameters<typeof findingSnapshot>[0] & { id: string; version: number };

/**
 * The refusal of an edit or a close of a finding someone else saved since `startedFrom`: who, and
 * what they changed as the finding's edit form shows it (docs/decisions/0007). Both writes that
 * bump a finding's version are audited with the whole finding before them.
 */
export async function findingConflict(tx: Tx, actor: Pick<Actor, "orgId">, finding: Finding, startedFrom: number) {
  return staleEdit(
    "this finding",
    await describeConflict(tx, {
      actor,
      entityType: "finding",
      entityId: finding.id,
      actions: ["finding.updated", "finding.closed"],
      startedFrom,
      current: { version: finding.version, snapshot: findingSnapshot(finding) },
      show: showFields({
        description: { label: "Finding" },
        severity: { label: "Severity", text: choice(SEVERITY_LABELS) },
        status: { label: "Status", text: choice(STATUS_LABELS) },
        ownerId: { label: "Owner", text: namedId(await orgNames(tx, actor, "person"), "No owner yet") },
        dueOn: { label: "Due date", text: day },
      }),
    }),
  );
}

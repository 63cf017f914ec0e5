import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record-audit";
import { parseInput } from "@/lib/validation";
import { updateDocumentSettingsSchema } from "@/lib/settings/schemas";
import { staleEdit } from "@/lib/concurrency/stale-edit";
import { staleSettings } from "@/lib/settings/stale-settings";
import { showFields } from "@/lib/concurrency/show-fields";
import { DOCUMENT_MARKING_LABEL } from "@/lib/settings/document-marking";

const DOCUMENT_MARKING_CHANGED = "org.document_marking_changed";

const showMarking = showFields({ documentMarking: { label: DOCUMENT_MARKING_LABEL, text: (value) => (value ? String(value) : "none") } });

/**
 * Sets the marking the organisation's documents carry (docs/decisions/0061), refusing to
 * overwrite a change someone else saved meanwhile (with what it was). It is no plan's content:
 * no plan's revision moves. A save that changes nothing writes nothing: no new version, no audit row.
 */
export async function updateDocumentSettings({ actor, input }: { actor: Actor; input: unknown }) {
  authorize(actor, "org:settings");
  const { documentMarking, version } = parseInput(updateDocumentSettingsSchema, input);
  return db.$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { documentMarking: true, documentSettingsVersion: true } });
    if (before.documentSettingsVersion !== version) {
      throw await staleSettings(tx, {
        actor,
        action: DOCUMENT_MARKING_CHANGED,
        startedFrom: version,
        current: { version: before.documentSettingsVersion, snapshot: { documentMarking: before.documentMarking } },
        show: showMarking,
      });
    }
    if (before.documentMarking === documentMarking) return { documentMarking, version, changed: false };
    const { count } = await tx.organization.updateMany({
      where: { id: actor.orgId, documentSettingsVersion: version },
      data: { documentMarking, documentSettingsVersion: { increment: 1 } },
    });
    // A write that committed between the read above and this one: refused without details.
    if (count === 0) throw staleEdit("these settings");
    await recordAudit(tx, {
      actor,
      action: DOCUMENT_MARKING_CHANGED,
      entityType: "organization",
      entityId: actor.orgId,
      planId: null,
      before: { documentMarking: before.documentMarking },
      after: { documentMarking },
    });
    return { documentMarking, version: version + 1, changed: true };
  });
}

import "server-only";
import type { Tx } from "@/lib/db/client";
import type { NotificationKind } from "@/lib/generated/prisma/client";
import { isEmailed } from "@/lib/notifications/kinds";

type Note = { userId: string; message: string; href: string; planId?: string; versionId?: string };

/** In-app notifications, written in the caller's transaction (they exist only if the change does). */
export async function notify(
  tx: Tx,
  { orgId, kind, userIds, message, href, planId, versionId }: { orgId: string; kind: NotificationKind; userIds: string[]; message: string; href: string; planId?: string; versionId?: string },
): Promise<void> {
  await writeNotifications(tx, { orgId, kind, notes: [...new Set(userIds)].map((userId) => ({ userId, message, href, planId, versionId })) });
}

/**
 * Notifications of one kind, each to its member, in one insert in the caller's transaction. Each
 * says whether it is e-mailed, from its member's choice as it stands now (decision 67): deciding
 * here keeps the worker's query and the administrators' counts to the column, and a choice
 * changed later applies to what is written after it.
 */
export async function writeNotifications(tx: Tx, { orgId, kind, notes }: { orgId: string; kind: NotificationKind; notes: Note[] }): Promise<void> {
  if (notes.length === 0) return;
  const members = await tx.membership.findMany({
    where: { orgId, userId: { in: [...new Set(notes.map((note) => note.userId))] } },
    select: { userId: true, emailOffKinds: true },
  });
  const offKinds = new Map(members.map((member) => [member.userId, member.emailOffKinds]));
  await tx.notification.createMany({
    data: notes.map((note) => ({ ...note, orgId, kind, emailWanted: isEmailed(kind, offKinds.get(note.userId) ?? []) })),
  });
}

/**
 * Marks as read the requests to decide on versions that no longer await a decision (approved,
 * rejected, superseded or withdrawn), or, with `onlyUserIds`, that those approvers have decided,
 * in the caller's transaction: an approver's list must not keep asking for a decision nobody can
 * make any more. Their e-mails not sent yet (a mail server down, a backlog) are no longer wanted
 * either, read or not: mailed late, they would ask for a decision the list no longer asks for.
 */
export async function resolveVersionRequests(
  tx: Tx,
  { orgId, versionIds, onlyUserIds, now = new Date() }: { orgId: string; versionIds: string[]; onlyUserIds?: string[]; now?: Date },
): Promise<number> {
  if (versionIds.length === 0) return 0;
  const versions = await tx.planVersion.findMany({ where: { orgId, id: { in: versionIds } }, select: { id: true, requiredApproverIds: true } });
  let resolved = 0;
  for (const version of versions) {
    const requests = { orgId, versionId: version.id, userId: { in: version.requiredApproverIds.filter((id) => !onlyUserIds || onlyUserIds.includes(id)) } };
    const { count } = await tx.notification.updateMany({ where: { ...requests, readAt: null }, data: { readAt: now } });
    await tx.notification.updateMany({ where: { ...requests, emailWanted: true, emailedAt: null }, data: { emailWanted: false } });
    resolved += count;
  }
  return resolved;
}

import "server-only";
import { db } from "@/lib/db/client";
import type { ApproverStanding } from "@/lib/versions/lost-approvers";

/** Required approvers as they stand now in the organisation (role, or null once removed), in the order given. */
export async function approverStandings({ orgId, userIds }: { orgId: string; userIds: string[] }): Promise<ApproverStanding[]> {
  const users = await db.user.findMany({
    where: { id: { in: userIds } },
    select: { id: true, name: true, membership: { select: { orgId: true, role: true } } },
  });
  const byId = new Map(users.map((u) => [u.id, { id: u.id, name: u.name, role: u.membership?.orgId === orgId ? u.membership.role : null }]));
  return userIds.flatMap((id) => byId.get(id) ?? []);
}

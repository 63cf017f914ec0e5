import "server-only";
import { db } from "@/lib/db/client";
import { authorize, type Actor } from "@/lib/auth/context";

/** The versions a report can be made of (newest first) and the one offered by default: the approved one. */
export async function getReportOptions({ actor, planId }: { actor: Actor; planId: string }) {
  authorize(actor, "plan:export");
  const versions = await db.planVersion.findMany({
    where: { orgId: actor.orgId, planId },
    orderBy: { number: "desc" },
    select: { number: true, status: true, submittedAt: true },
  });
  const approved = versions.find((v) => v.status === "approved");
  return { versions, defaultVersion: approved ? String(approved.number) : "draft" };
}

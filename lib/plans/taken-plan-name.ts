import "server-only";
import { db } from "@/lib/db/client";
import { invalid, type AppError } from "@/lib/errors";

/**
 * The refusal of a plan name another plan of the organisation holds (the unique index covers
 * archived plans too). The plan list shows active plans only, so an archived holder is named as
 * such, and where to find it: "already exists" alone sends the user looking for a plan that is
 * not in the list. Read after the refused write's transaction has ended.
 */
export async function takenPlanName({ orgId, name }: { orgId: string; name: string }): Promise<AppError> {
  const holder = await db.plan.findFirst({ where: { orgId, name }, select: { status: true } });
  return invalid(
    "name",
    holder?.status === "archived"
      ? `An archived plan is called “${name}”: restore it from the archived plans (Show archived plans), or choose another name.`
      : "A plan with this name already exists.",
  );
}

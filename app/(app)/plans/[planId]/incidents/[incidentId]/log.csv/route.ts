import { currentActor } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/route-guards";
import { download } from "@/lib/http/download";
import { exportIncidentLog } from "@/lib/incidents/export-incident-log";

export const dynamic = "force-dynamic";

/** An incident's log as CSV, for the post-incident review. */
export async function GET(_request: Request, { params }: { params: Promise<{ planId: string; incidentId: string }> }) {
  try {
    const actor = await currentActor();
    if (!actor) return errorResponse(new AppError("UNAUTHENTICATED", "Sign in to export."));
    const { planId, incidentId } = await params;
    const { filename, csv } = await exportIncidentLog({ actor, planId, incidentId });
    return download(csv, { filename, type: "text/csv; charset=utf-8" });
  } catch (error) {
    return errorResponse(error);
  }
}

import { currentActor } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/route-guards";
import { download } from "@/lib/http/download";
import { exportIncidentReport } from "@/lib/incidents/export-incident-report";

export const dynamic = "force-dynamic";

/** An incident's post-incident report as PDF: declaration, log, expected and reported recovery, corrective actions. */
export async function GET(_request: Request, { params }: { params: Promise<{ planId: string; incidentId: string }> }) {
  try {
    const actor = await currentActor();
    if (!actor) return errorResponse(new AppError("UNAUTHENTICATED", "Sign in to download."));
    const { planId, incidentId } = await params;
    const { filename, bytes } = await exportIncidentReport({ actor, planId, incidentId });
    return download(new Uint8Array(bytes), { filename, type: "application/pdf" });
  } catch (error) {
    return errorResponse(error);
  }
}

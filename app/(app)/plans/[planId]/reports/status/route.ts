import { currentActor } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/route-guards";
import { listReports } from "@/lib/reports/list-reports";

export const dynamic = "force-dynamic";

/** The plan's recent reports and their progress, polled by the Reports page. */
export async function GET(_request: Request, { params }: { params: Promise<{ planId: string }> }) {
  try {
    const actor = await currentActor();
    if (!actor) return errorResponse(new AppError("UNAUTHENTICATED", "Sign in."));
    return Response.json({ reports: await listReports({ actor, planId: (await params).planId }) }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}

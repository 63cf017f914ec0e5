import { currentActor } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/route-guards";
import { download } from "@/lib/http/download";
import { exportReadiness } from "@/lib/reports/export-readiness";

export const dynamic = "force-dynamic";

/** The readiness matrix (systems × scenarios) as CSV, audited by the use case. */
export async function GET(_request: Request, { params }: { params: Promise<{ planId: string }> }) {
  try {
    const actor = await currentActor();
    if (!actor) return errorResponse(new AppError("UNAUTHENTICATED", "Sign in to export."));
    const { filename, csv } = await exportReadiness({ actor, planId: (await params).planId });
    return download(csv, { filename, type: "text/csv; charset=utf-8" });
  } catch (error) {
    return errorResponse(error);
  }
}

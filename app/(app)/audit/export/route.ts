import { currentActor } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/route-guards";
import { download } from "@/lib/http/download";
import { exportAudit } from "@/lib/audit/export-audit";

export const dynamic = "force-dynamic";

/** The audit log, filtered as on its page, as a CSV download (audit:read; audited by the use case). */
export async function GET(request: Request) {
  try {
    const actor = await currentActor();
    if (!actor) return errorResponse(new AppError("UNAUTHENTICATED", "Sign in to export."));
    const { filename, csv } = await exportAudit({ actor, query: Object.fromEntries(new URL(request.url).searchParams) });
    return download(csv, { filename, type: "text/csv; charset=utf-8" });
  } catch (error) {
    return errorResponse(error);
  }
}

import { currentActor } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/route-guards";
import { exportAudit } from "@/lib/audit/export-audit";

export const dynamic = "force-dynamic";

/** The audit log, filtered as on its page, as a CSV download (audit:read; audited by the use case). */
export async function GET(request: Request) {
  try {
    const actor = await currentActor();
    if (!actor) return errorResponse(new AppError("UNAUTHENTICATED", "Sign in to export."));
    const { filename, csv } = await exportAudit({ actor, query: Object.fromEntries(new URL(request.url).searchParams) });
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}

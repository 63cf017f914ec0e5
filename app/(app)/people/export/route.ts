import { currentActor } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/route-guards";
import { download } from "@/lib/http/download";
import { exportPeople } from "@/lib/people/export-people";

export const dynamic = "force-dynamic";

/** The People register as a CSV download, for every role with plan:export (audited by the use case). */
export async function GET() {
  try {
    const actor = await currentActor();
    if (!actor) return errorResponse(new AppError("UNAUTHENTICATED", "Sign in to export."));
    const { filename, csv } = await exportPeople({ actor });
    return download(csv, { filename, type: "text/csv; charset=utf-8" });
  } catch (error) {
    return errorResponse(error);
  }
}

import { currentActor } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/route-guards";
import { download } from "@/lib/http/download";
import { exportOrganization } from "@/lib/exports/export-organization";

export const dynamic = "force-dynamic";

/** The whole organisation as JSON, streamed as it is read (administrators; audited by the use case). */
export async function GET() {
  try {
    const actor = await currentActor();
    if (!actor) return errorResponse(new AppError("UNAUTHENTICATED", "Sign in to export."));
    const { filename, stream } = await exportOrganization({ actor });
    return download(stream, { filename, type: "application/json; charset=utf-8" });
  } catch (error) {
    return errorResponse(error);
  }
}

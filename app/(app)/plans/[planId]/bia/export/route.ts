import { currentActor } from "@/lib/auth/context";
import { AppError, notFound } from "@/lib/errors";
import { errorResponse } from "@/lib/http/route-guards";
import { download } from "@/lib/http/download";
import { exportFunctions } from "@/lib/bia/export-functions";

export const dynamic = "force-dynamic";

/** The BIA as a CSV download, or with ?template=1 its header alone, for every role with plan:export (audited by the use case). */
export async function GET(request: Request, { params }: { params: Promise<{ planId: string }> }) {
  try {
    const actor = await currentActor();
    if (!actor) return errorResponse(new AppError("UNAUTHENTICATED", "Sign in to export."));
    const template = new URL(request.url).searchParams.get("template") === "1";
    const { filename, csv } = await exportFunctions({ actor, input: { ...(await params), template } });
    return download(csv, { filename, type: "text/csv; charset=utf-8" });
  } catch (error) {
    return errorResponse(error instanceof AppError && error.code === "VALIDATION" ? notFound("The plan") : error);
  }
}

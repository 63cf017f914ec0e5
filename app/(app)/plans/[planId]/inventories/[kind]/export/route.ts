import { currentActor } from "@/lib/auth/context";
import { AppError, notFound } from "@/lib/errors";
import { errorResponse } from "@/lib/http/route-guards";
import { download } from "@/lib/http/download";
import { exportItems } from "@/lib/inventories/export-items";

export const dynamic = "force-dynamic";

/** A register as a CSV download, for every role with plan:export (audited by the use case). */
export async function GET(_request: Request, { params }: { params: Promise<{ planId: string; kind: string }> }) {
  try {
    const actor = await currentActor();
    if (!actor) return errorResponse(new AppError("UNAUTHENTICATED", "Sign in to export."));
    const { filename, csv } = await exportItems({ actor, input: await params });
    return download(csv, { filename, type: "text/csv; charset=utf-8" });
  } catch (error) {
    // Validation of the path (an unknown register) reads as "no such page".
    return errorResponse(error instanceof AppError && error.code === "VALIDATION" ? notFound("The register") : error);
  }
}

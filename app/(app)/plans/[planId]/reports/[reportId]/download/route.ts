import { currentActor } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/route-guards";
import { download } from "@/lib/http/download";
import { downloadReport } from "@/lib/reports/download-report";

export const dynamic = "force-dynamic";

/** A finished report's PDF (the download is audited by the use case). */
export async function GET(_request: Request, { params }: { params: Promise<{ planId: string; reportId: string }> }) {
  try {
    const actor = await currentActor();
    if (!actor) return errorResponse(new AppError("UNAUTHENTICATED", "Sign in to download."));
    const { filename, bytes } = await downloadReport({ actor, input: await params });
    return download(new Uint8Array(bytes), { filename, type: "application/pdf" });
  } catch (error) {
    return errorResponse(error);
  }
}

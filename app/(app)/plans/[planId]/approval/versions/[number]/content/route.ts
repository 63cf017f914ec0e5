import { currentActor } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/route-guards";
import { download } from "@/lib/http/download";
import { downloadVersionContent } from "@/lib/versions/download-version-content";

export const dynamic = "force-dynamic";

/** A version's frozen content, the bytes its SHA-256 identifies (the download is audited by the use case). */
export async function GET(_request: Request, { params }: { params: Promise<{ planId: string; number: string }> }) {
  try {
    const actor = await currentActor();
    if (!actor) return errorResponse(new AppError("UNAUTHENTICATED", "Sign in to download."));
    const { filename, json } = await downloadVersionContent({ actor, input: await params });
    return download(json, { filename, type: "application/json; charset=utf-8" });
  } catch (error) {
    return errorResponse(error);
  }
}

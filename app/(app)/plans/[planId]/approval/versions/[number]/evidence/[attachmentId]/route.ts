import { NextResponse } from "next/server";
import { currentActor } from "@/lib/auth/context";
import { errorResponse } from "@/lib/http/route-guards";
import { getVersionEvidence } from "@/lib/versions/get-version-evidence";
import { evidenceDownload } from "@/lib/http/download";

/** Download of an evidence file a frozen version lists, even after it left the current plan. */
export async function GET(request: Request, { params }: { params: Promise<{ planId: string; number: string; attachmentId: string }> }) {
  try {
    const actor = await currentActor();
    if (!actor) return NextResponse.redirect(new URL("/signin", request.url));
    return evidenceDownload(await getVersionEvidence({ actor, input: await params }));
  } catch (error) {
    return errorResponse(error);
  }
}

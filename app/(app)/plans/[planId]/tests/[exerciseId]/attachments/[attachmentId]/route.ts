import { NextResponse } from "next/server";
import { currentActor } from "@/lib/auth/context";
import { errorResponse } from "@/lib/http/route-guards";
import { getAttachment } from "@/lib/exercises/get-attachment";
import { evidenceDownload } from "@/lib/http/download";

/** Download of a test's evidence (on the current plan). */
export async function GET(request: Request, { params }: { params: Promise<{ planId: string; exerciseId: string; attachmentId: string }> }) {
  try {
    const actor = await currentActor();
    if (!actor) return NextResponse.redirect(new URL("/signin", request.url));
    return evidenceDownload(await getAttachment({ actor, input: await params }));
  } catch (error) {
    return errorResponse(error);
  }
}

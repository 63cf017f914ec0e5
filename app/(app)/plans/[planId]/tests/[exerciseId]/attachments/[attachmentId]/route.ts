import { NextResponse } from "next/server";
import { currentActor } from "@/lib/auth/context";
import { errorResponse } from "@/lib/http/route-guards";
import { getAttachment } from "@/lib/exercises/get-attachment";
import { contentDisposition } from "@/lib/http/download";

/**
 * Download of a test's evidence. Always as an attachment and with nosniff, so an uploaded file
 * is never rendered by the browser as part of the app.
 */
export async function GET(request: Request, { params }: { params: Promise<{ planId: string; exerciseId: string; attachmentId: string }> }) {
  try {
    const actor = await currentActor();
    if (!actor) return NextResponse.redirect(new URL("/signin", request.url));
    const attachment = await getAttachment({ actor, input: await params });
    return new Response(new Uint8Array(attachment.data), {
      headers: {
        "Content-Type": attachment.contentType,
        "Content-Length": String(attachment.sizeBytes),
        "Content-Disposition": contentDisposition(attachment.fileName),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
        ETag: `"${attachment.sha256}"`,
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}

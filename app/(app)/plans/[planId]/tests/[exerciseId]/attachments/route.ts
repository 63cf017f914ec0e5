import { NextResponse } from "next/server";
import { authorize, currentActor } from "@/lib/auth/context";
import type { FormState } from "@/lib/http/form-state";
import { errorResponse, isSameOrigin } from "@/lib/http/route-guards";
import { uploadAttachment } from "@/lib/exercises/upload-attachment";
import { formatBytes, MAX_ATTACHMENT_BYTES } from "@/lib/exercises/attachment-rules";

// Room for the multipart envelope around a file at the limit.
const MAX_BODY_BYTES = MAX_ATTACHMENT_BYTES + 64 * 1024;

const reply = (state: FormState, status: number) => NextResponse.json(state, { status });

/**
 * Upload of evidence for a test (multipart, field "file"). A route handler rather than a server
 * action because server actions cap request bodies at 1 MB. Answers with form state as JSON.
 */
export async function POST(request: Request, { params }: { params: Promise<{ planId: string; exerciseId: string }> }) {
  try {
    const actor = await currentActor();
    if (!actor) return reply({ status: "error", message: "Your session has ended. Sign in again." }, 401);
    if (!isSameOrigin(request)) return reply({ status: "error", message: "The upload did not come from this site." }, 403);
    // Before the body is read: a member who may not upload does not make the server take in 10 MB.
    authorize(actor, "plan:edit");
    const tooLarge = { status: "error", message: `The file is larger than the limit of ${formatBytes(MAX_ATTACHMENT_BYTES)}.` } as const;
    if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) {
      return reply({ ...tooLarge, fieldErrors: { file: tooLarge.message } }, 413);
    }
    const { planId, exerciseId } = await params;
    // A body that is not a form (wrong content type, broken multipart) is the client's error, not ours.
    const form = await request.formData().catch(() => null);
    if (!form) {
      const message = "Send the file as a multipart form upload, in a field named “file”.";
      return reply({ status: "error", message, fieldErrors: { file: message } }, 400);
    }
    const file = form.get("file");
    const attachment = await uploadAttachment({
      actor,
      input: { planId, exerciseId },
      file: file instanceof File && file.name !== "" ? { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) } : null,
    });
    return reply({ status: "ok", message: `Attached ${attachment.fileName}.` }, 201);
  } catch (error) {
    return errorResponse(error);
  }
}

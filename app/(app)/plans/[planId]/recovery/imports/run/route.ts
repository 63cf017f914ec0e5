import { authorize, currentActor } from "@/lib/auth/context";
import { toAppError } from "@/lib/errors";
import { errorResponse, isSameOrigin } from "@/lib/http/route-guards";
import { getPlan } from "@/lib/plans/get-plan";
import { applyImport, previewImport, type ImportProgress } from "@/lib/recovery/imports/run-import";
import { readBodyUpTo } from "@/lib/http/read-body";
import { MAX_IMPORT_BYTES } from "@/lib/recovery/imports/schemas";

/**
 * Runs an import's preview or apply step and streams its progress as NDJSON lines
 * ({"type":"progress",…}, then one {"type":"result",…} or {"type":"error",…}), so the page can show
 * rows processed while a large file is checked and written. The body is the CSV text; one over the
 * size limit is refused (413) without being read whole.
 */
export async function POST(request: Request, { params }: { params: Promise<{ planId: string }> }) {
  // Refuse before streaming, so a refusal (or an outage) is an HTTP status and not a line in a
  // 200 response.
  const actor = await currentActor().catch((error: unknown) => errorResponse(error));
  if (actor instanceof Response) return actor;
  if (!actor) return Response.json({ message: "Sign in again." }, { status: 401 });
  if (!isSameOrigin(request)) return Response.json({ message: "The import did not come from this site." }, { status: 403 });
  const { planId } = await params;
  try {
    authorize(actor, "plan:edit");
    await getPlan({ actor, planId });
  } catch (error) {
    return errorResponse(error);
  }
  const text = await readBodyUpTo(request, MAX_IMPORT_BYTES);
  if (text === null) {
    const refusal = { type: "error", code: "VALIDATION", message: "File: larger than 20 MB; split it.", errors: [] };
    return new Response(`${JSON.stringify(refusal)}\n`, { status: 413, headers: { "content-type": "application/x-ndjson; charset=utf-8" } });
  }
  const url = new URL(request.url);
  const input = {
    planId,
    kind: url.searchParams.get("kind") ?? "",
    fileName: url.searchParams.get("fileName") ?? undefined,
    fingerprint: url.searchParams.get("fingerprint") ?? undefined,
    includePoweredOff: url.searchParams.get("includePoweredOff") === "1",
    text,
  };
  const apply = url.searchParams.get("mode") === "apply";
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (message: object) => controller.enqueue(encoder.encode(`${JSON.stringify(message)}\n`));
      const onProgress = (progress: ImportProgress) => send({ type: "progress", ...progress });
      try {
        const result = apply ? await applyImport({ actor, input, onProgress }) : await previewImport({ actor, input, onProgress });
        send({ type: "result", mode: apply ? "apply" : "preview", result });
      } catch (error) {
        const known = toAppError(error);
        if (known) send({ type: "error", code: known.code, message: known.message, errors: Object.values(known.fieldErrors) });
        else {
          console.error("Unexpected error in an import", error);
          send({ type: "error", code: "UNEXPECTED", message: "Something went wrong on our side. Nothing was imported; please try again.", errors: [] });
        }
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
}

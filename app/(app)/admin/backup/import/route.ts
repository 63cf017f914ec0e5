import { authorize, currentActor } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { errorResponse, isSameOrigin } from "@/lib/http/route-guards";
import { readBodyUpTo } from "@/lib/http/read-body";
import { importOrganization } from "@/lib/exports/import-organization";
import { MAX_WEB_IMPORT_BYTES } from "@/lib/exports/format";
import { formatBytes } from "@/lib/exercises/attachment-rules";

/**
 * Imports an organisation export sent as the request body (JSON). A route handler rather than a
 * server action, whose body limit (next.config.ts) is far below a real export's size; the proxy
 * leaves this path alone so the body is not buffered twice (proxy.ts). Answers with form state.
 */
export async function POST(request: Request) {
  try {
    const actor = await currentActor();
    if (!actor) return Response.json({ status: "error", message: "Your session has ended. Sign in again." }, { status: 401 });
    if (!isSameOrigin(request)) return Response.json({ status: "error", message: "The import did not come from this site." }, { status: 403 });
    // Before the body is read: a member who may not import does not make the server take in 100 MB.
    authorize(actor, "org:export");
    const tooLarge = `The file is larger than the limit of ${formatBytes(MAX_WEB_IMPORT_BYTES)} for the web; import it with scripts/import-org.ts.`;
    const text = await readBodyUpTo(request, MAX_WEB_IMPORT_BYTES);
    if (text === null) throw new AppError("VALIDATION", tooLarge, { file: tooLarge });
    const result = await importOrganization({ actor, text });
    const imported = `Imported “${result.organization.name}”: ${result.rows} rows in ${result.tables} tables. Its members sign in with their own passwords.`;
    const message = result.warnings.length ? `${imported} ${result.warnings.length === 1 ? "One thing needs attention" : `${result.warnings.length} things need attention`}: ${result.warnings.join(" ")}` : imported;
    return Response.json({ status: "ok", message }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}

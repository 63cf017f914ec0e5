import { currentActor } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { exportOrganization } from "@/lib/exports/export-organization";

export const dynamic = "force-dynamic";

/** The whole organisation as JSON (administrators; audited by the use case). */
export async function GET() {
  const actor = await currentActor();
  if (!actor) return new Response("Sign in to export.", { status: 401 });
  try {
    const { filename, json } = await exportOrganization({ actor });
    return new Response(json, {
      headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response(error.message, { status: error.status });
    throw error;
  }
}

import { currentActor } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { exportReadiness } from "@/lib/reports/export-readiness";

export const dynamic = "force-dynamic";

/** The readiness matrix (systems × scenarios) as CSV, audited by the use case. */
export async function GET(_request: Request, { params }: { params: Promise<{ planId: string }> }) {
  const actor = await currentActor();
  if (!actor) return new Response("Sign in to export.", { status: 401 });
  try {
    const { filename, csv } = await exportReadiness({ actor, planId: (await params).planId });
    return new Response(csv, {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response(error.message, { status: error.status });
    throw error;
  }
}

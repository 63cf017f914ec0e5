import { currentActor } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { listReports } from "@/lib/reports/list-reports";

export const dynamic = "force-dynamic";

/** The plan's recent reports and their progress, polled by the Reports page. */
export async function GET(_request: Request, { params }: { params: Promise<{ planId: string }> }) {
  const actor = await currentActor();
  if (!actor) return Response.json({ error: "Sign in." }, { status: 401 });
  try {
    return Response.json({ reports: await listReports({ actor, planId: (await params).planId }) }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof AppError) return Response.json({ error: error.message }, { status: error.status });
    throw error;
  }
}

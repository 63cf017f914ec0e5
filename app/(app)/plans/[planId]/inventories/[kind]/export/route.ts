import { currentActor } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { exportItems } from "@/lib/inventories/export-items";

export const dynamic = "force-dynamic";

/** A register as a CSV download, for every role with plan:export (audited by the use case). */
export async function GET(_request: Request, { params }: { params: Promise<{ planId: string; kind: string }> }) {
  const actor = await currentActor();
  if (!actor) return new Response("Sign in to export.", { status: 401 });
  try {
    const { filename, csv } = await exportItems({ actor, input: await params });
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) {
      // Validation of the path (an unknown register) reads as "no such page".
      const status = error.code === "VALIDATION" ? 404 : error.status;
      return new Response(error.message, { status });
    }
    throw error;
  }
}

import { currentActor } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/route-guards";
import { download } from "@/lib/http/download";
import { exportRecoveryModel } from "@/lib/recovery/export-recovery-model";

/** Downloads the plan's recovery model, the file `continuity check` reads. */
export async function GET(_request: Request, { params }: { params: Promise<{ planId: string }> }) {
  try {
    const actor = await currentActor();
    if (!actor) return errorResponse(new AppError("UNAUTHENTICATED", "Sign in to download the model."));
    const { planId } = await params;
    const { model, fileName } = await exportRecoveryModel({ actor, planId });
    return download(`${JSON.stringify(model, null, 2)}
`, { filename: fileName, type: "application/json; charset=utf-8" });
  } catch (error) {
    return errorResponse(error);
  }
}

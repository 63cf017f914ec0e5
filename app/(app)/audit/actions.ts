"use server";

import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/context";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { AppError } from "@/lib/errors";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { verificationText } from "@/lib/audit/audit-chain";

/** Recomputes the organisation's audit chain (audit:read; audited by the use case). An altered log is said as a refusal. */
export async function verifyAuditChainAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async () => {
    const result = await verifyAuditChain({ actor: await actionActor() });
    // The log lists the verification's own entry.
    revalidatePath("/audit");
    if (!result.intact) throw new AppError("CONFLICT", verificationText(result));
    return verificationText(result);
  });
}

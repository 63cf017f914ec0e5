"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/context";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { requestReport } from "@/lib/reports/request-report";

export async function requestReportAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    await requestReport({ actor: await requireActor(), input: values });
    revalidatePath(`/plans/${values.planId}/reports`);
    return "Report requested. It appears below when ready.";
  });
}

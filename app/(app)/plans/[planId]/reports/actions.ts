"use server";

import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/context";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { requestReport } from "@/lib/reports/request-report";

export async function requestReportAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    try {
      await requestReport({ actor: await actionActor(), input: values });
    } finally {
      // Also when refused: a report whose job could not be queued is listed, as failed.
      revalidatePath(`/plans/${values.planId}/reports`);
    }
    return "Report requested. It appears below when ready.";
  });
}

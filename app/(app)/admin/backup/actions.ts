"use server";

import { requireActor } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { runAction, type ActionState } from "@/lib/http/action-state";
import { importOrganization } from "@/lib/exports/import-organization";

export async function importOrganizationAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async () => {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) throw new AppError("VALIDATION", "Choose an export file.", { file: "Choose an export file." });
    const result = await importOrganization({ actor: await requireActor(), text: await file.text() });
    return `Imported “${result.organization.name}”: ${result.rows} rows in ${result.tables} tables. Its members sign in with their own passwords.`;
  });
}

"use server";

import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/context";
import { refreshingOnConflict, runAction, type ActionState } from "@/lib/http/action-state";
import { createDepartment } from "@/lib/departments/create-department";
import { renameDepartment } from "@/lib/departments/rename-department";
import { deleteDepartment } from "@/lib/departments/delete-department";

// Departments show in the selects and lists of people and of every plan's BIA: all of them go stale.
const revalidate = () => revalidatePath("/", "layout");

export async function createDepartmentAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const department = await createDepartment({ actor: await actionActor(), input: values });
    revalidate();
    return `${department.name} was added.`;
  });
}

export async function renameDepartmentAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const renamed = await renameDepartment({ actor: await actionActor(), input: values });
    if (!renamed.changed) return "Nothing changed, so nothing was saved.";
    revalidate();
    return { message: `Renamed to ${renamed.name}.`, version: renamed.version };
  });
}

export async function deleteDepartmentAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  return runAction(formData, async (values) => {
    const actor = await actionActor();
    const department = await refreshingOnConflict(() => deleteDepartment({ actor, input: values }), revalidate);
    revalidate();
    return `${department.name} was deleted.`;
  });
}

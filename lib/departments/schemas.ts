import { z } from "zod";
import { versionField } from "@/lib/validation";

/** As long as a product's, a function's or a person's name may be. */
export const MAX_DEPARTMENT_NAME = 120;

/**
 * A department's name as typed, trimmed, with runs of spaces made one: "Sales  and marketing" is
 * "Sales and marketing", so the two cannot sit side by side as different departments.
 */
const departmentName = z
  .string()
  .transform((text) => text.trim().replace(/\s+/g, " "))
  .pipe(
    z
      .string()
      .min(1, "Give the department a name.")
      .max(MAX_DEPARTMENT_NAME, `Keep the name to ${MAX_DEPARTMENT_NAME} characters.`),
  );

const departmentId = z.string().min(1);

export const createDepartmentSchema = z.object({ name: departmentName });

/** With the version the form was shown (optimistic concurrency, docs/decisions/0007). */
export const renameDepartmentSchema = z.object({ departmentId, name: departmentName, version: versionField() });

/** With the version the page showed (docs/decisions/0073). */
export const deleteDepartmentSchema = z.object({ departmentId, version: versionField() });

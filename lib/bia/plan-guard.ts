import "server-only";
import { AppError } from "@/lib/errors";

/** The error of an edit whose record changed since the form was loaded (optimistic concurrency). */
export const staleEdit = (what: string) =>
  new AppError("CONFLICT", `Someone else changed ${what} while you were editing. Reload to see their change.`);

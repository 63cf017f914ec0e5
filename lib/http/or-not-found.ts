import "server-only";
import { notFound } from "next/navigation";
import { toAppError } from "@/lib/errors";

/**
 * For pages: a use case's NOT_FOUND (a record that does not exist, or belongs to another
 * organisation) renders the 404 page; any other error goes to the error boundary, a database
 * outage as UNAVAILABLE so that the boundary shows "temporarily unavailable".
 */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    const known = toAppError(error);
    if (known?.code === "NOT_FOUND") notFound();
    throw known ?? error;
  }
}

/**
 * A use case's NOT_FOUND as null, for what must not fail when the record is missing: a layout's
 * title (see NOT_FOUND_METADATA). Any other error is thrown as by orNotFound.
 */
export async function orNull<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    const known = toAppError(error);
    if (known?.code === "NOT_FOUND") return null;
    throw known ?? error;
  }
}

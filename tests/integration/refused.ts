import { AppError } from "@/lib/errors";

/** Runs a use case that must be refused and returns its AppError (any other outcome fails the test). */
export async function refused(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => new Error("Expected the save to be refused, but it succeeded."),
    (reason: unknown) => reason,
  );
  if (!(error instanceof AppError)) throw error;
  return error;
}

/**
 * An error in one line for a server log: its message, or its code when it has none. A failed
 * connection to "localhost" is an AggregateError (one attempt per address) whose own message is
 * empty, so its attempts' messages are joined instead. Never the whole object: a pg error prints
 * its client, pool and connection settings over dozens of lines.
 */
export function oneLineError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0 && !error.message) {
    return [...new Set(error.errors.map(oneLineError))].join("; ");
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const text = error.message || (typeof code === "string" ? code : error.name);
    return text.replace(/\s*\n\s*/g, " ");
  }
  return String(error).replace(/\s*\n\s*/g, " ");
}

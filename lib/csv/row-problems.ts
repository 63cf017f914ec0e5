import { AppError } from "@/lib/errors";

const MAX_LISTED = 50;

/** Where a problem is, as a spreadsheet user finds it: `Row 4, column “Owner”`. */
export const cellAt = (row: number, column: string) => `Row ${row}, column “${column}”`;

/** The row a problem is on (0: the file's own, such as its header). */
const rowOf = (problem: string) => Number(/^Row (\d+)/.exec(problem)?.[1] ?? 0);

/** Problems in the file's order, those of one row in the order they were found. */
export const inFileOrder = (problems: readonly string[]) => [...problems].sort((a, b) => rowOf(a) - rowOf(b));

/**
 * A file refused for the problems of its rows and columns: each at a field of its own
 * (`import.0`, `import.1`…, the first 50, then how many more), which the import panels list under
 * the file field, and the file field saying how many there are.
 */
export function rowProblems(problems: readonly string[]): AppError {
  const listed = problems.slice(0, MAX_LISTED);
  if (problems.length > listed.length) listed.push(`…and ${problems.length - listed.length} more.`);
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  return new AppError("VALIDATION", `Nothing was imported: the file has ${count}.`, {
    file: `The file has ${count}, listed below.`,
    ...Object.fromEntries(listed.map((text, index) => [`import.${index}`, text])),
  });
}

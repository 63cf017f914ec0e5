/** The largest CSV file an import accepts (the registers', the People register's, the BIA's). */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/**
 * What is wrong with a chosen import file's size, or null. Shared by the forms, which check
 * before sending (a file over the server actions' body limit never reaches the use case), and
 * the use cases (lib/csv/read-upload.ts).
 */
export function importFileSizeProblem(size: number): string | null {
  if (size === 0) return "The file is empty.";
  if (size > MAX_IMPORT_BYTES) return "The file is larger than 2 MB. Split it and import the parts one at a time.";
  return null;
}

import { AppError } from "@/lib/errors";

const CSV_TYPES = ["", "text/csv", "text/plain", "application/csv", "application/vnd.ms-excel"];
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** A problem with the file as a whole, shown at the file field. */
export const fileProblem = (message: string) => new AppError("VALIDATION", "Nothing was imported.", { file: message });

/**
 * The text of an uploaded CSV file: a .csv of at most 2 MB, UTF-8 (a BOM is left for the CSV
 * reader to drop), with no NUL character (Postgres cannot store one).
 */
export async function readImportFile(file: unknown): Promise<string> {
  // A form sent with no file chosen carries an empty, unnamed file.
  const name = file instanceof File ? file.name : "";
  if (!(file instanceof Blob) || (file.size === 0 && name === "")) throw fileProblem("Choose a CSV file to import.");
  if (!name.toLowerCase().endsWith(".csv") || !CSV_TYPES.includes(file.type)) throw fileProblem("Choose a CSV file (.csv), for example one downloaded from this page.");
  if (file.size === 0) throw fileProblem("The file is empty.");
  if (file.size > MAX_IMPORT_BYTES) throw fileProblem("The file is larger than 2 MB. Split it and import the parts one at a time.");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw fileProblem("The file is not UTF-8 text. Save it as “CSV UTF-8” and try again.");
  }
  const nul = text.indexOf("\u0000");
  if (nul >= 0) throw fileProblem(`Line ${text.slice(0, nul).split("\n").length} of the file holds a NUL character, which is not text. Save it as “CSV UTF-8” and try again.`);
  return text;
}

import { AppError } from "@/lib/errors";
import { importFileSizeProblem } from "@/lib/inventories/schemas";

const CSV_TYPES = ["", "text/csv", "text/plain", "application/csv", "application/vnd.ms-excel"];

/** A problem with the file as a whole: shown at the file field, beside what it means. */
export const fileProblem = (message: string) => new AppError("VALIDATION", "Nothing was imported.", { file: message });

/**
 * The text of an uploaded CSV file, or a refusal at the file field: no file chosen, not a .csv,
 * empty or over the imports' size limit (the one the registers' imports use), not UTF-8, or
 * holding a NUL character (which Postgres cannot store): the checks of the registers' import.
 */
export async function readCsvUpload(file: unknown): Promise<{ name: string; text: string }> {
  // A form sent with no file chosen carries an empty, unnamed file.
  const name = file instanceof File ? file.name : "";
  if (!(file instanceof Blob) || (file.size === 0 && name === "")) throw fileProblem("Choose a CSV file to import.");
  if (!name.toLowerCase().endsWith(".csv") || !CSV_TYPES.includes(file.type)) {
    throw fileProblem("Choose a CSV file (.csv), for example one downloaded from this page.");
  }
  const sizeProblem = importFileSizeProblem(file.size);
  if (sizeProblem) throw fileProblem(sizeProblem);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw fileProblem("The file is not UTF-8 text. Save it as “CSV UTF-8” and try again.");
  }
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    throw fileProblem(`Line ${text.slice(0, nul).split("\n").length} of the file holds a NUL character, which is not text. Save it as “CSV UTF-8” and try again.`);
  }
  return { name, text };
}

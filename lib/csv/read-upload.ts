import { AppError } from "@/lib/errors";
import { importFileSizeProblem } from "@/lib/csv/upload-size";

const CSV_TYPES = ["", "text/csv", "text/plain", "application/csv", "application/vnd.ms-excel"];

/** A problem with the file as a whole: shown at the file field, beside what it means ("Nothing was imported."), not "Some fields need attention." */
export const fileProblem = (message: string) => new AppError("VALIDATION", "Nothing was imported.", { file: message });

/**
 * The name and text of an uploaded CSV file, or a refusal at the file field: no file chosen, not a
 * .csv, empty or over the imports' size limit, not UTF-8 (a BOM is left for the CSV reader to
 * drop), or holding a NUL character (which Postgres cannot store). `example` says where a good
 * file comes from ("one exported from this register").
 */
export async function readCsvUpload(file: unknown, { example }: { example: string }): Promise<{ name: string; text: string }> {
  // A form sent with no file chosen carries an empty, unnamed file.
  const name = file instanceof File ? file.name : "";
  if (!(file instanceof Blob) || (file.size === 0 && name === "")) throw fileProblem("Choose a CSV file to import.");
  if (!name.toLowerCase().endsWith(".csv") || !CSV_TYPES.includes(file.type)) throw fileProblem(`Choose a CSV file (.csv), for example ${example}.`);
  const sizeProblem = importFileSizeProblem(file.size);
  if (sizeProblem) throw fileProblem(sizeProblem);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw fileProblem("The file is not UTF-8 text. Save it as “CSV UTF-8” and try again.");
  }
  // Refused here rather than failing when saving.
  const nul = text.indexOf("\u0000");
  if (nul >= 0) {
    throw fileProblem(`Line ${text.slice(0, nul).split("\n").length} of the file holds a NUL character, which is not text. Save it as “CSV UTF-8” and try again.`);
  }
  return { name, text };
}

import { andList } from "@/lib/count";

/** One evidence file as a frozen version lists it, with the test it belonged to then. */
export type VersionEvidence = { id: string; fileName: string; contentType: string; sizeBytes: number; sha256: string; testId: string; testTitle: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === "string" ? value : "");

/**
 * The evidence a stored snapshot lists (tests.exercises[].attachments[], lib/versions/build-snapshot.ts),
 * in the snapshot's order. A snapshot is stored JSON, so anything not shaped as expected is skipped
 * rather than trusted: only the ids found here can be downloaded through the version.
 */
export function versionEvidence(snapshot: unknown): VersionEvidence[] {
  const tests = isRecord(snapshot) && isRecord(snapshot.tests) && Array.isArray(snapshot.tests.exercises) ? snapshot.tests.exercises : [];
  const found: VersionEvidence[] = [];
  for (const test of tests) {
    if (!isRecord(test) || !Array.isArray(test.attachments)) continue;
    for (const file of test.attachments) {
      if (!isRecord(file) || typeof file.id !== "string" || !file.id) continue;
      found.push({
        id: file.id,
        fileName: text(file.fileName),
        contentType: text(file.contentType),
        sizeBytes: typeof file.sizeBytes === "number" ? file.sizeBytes : 0,
        sha256: text(file.sha256),
        testId: text(test.id),
        testTitle: text(test.title),
      });
    }
  }
  return found;
}

/** "version 2", "versions 1 and 3", "versions 1, 2 and 4". */
export function versionsText(numbers: number[]): string {
  if (numbers.length === 1) return `version ${numbers[0]}`;
  return `versions ${andList(numbers.map(String))}`;
}

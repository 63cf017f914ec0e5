import { versionChoiceLabel } from "@/lib/versions/status-words";

/** What the report form offers: each version, newest first as given, with its status in the pages' words, then the current draft. */
export function reportVersionOptions(versions: readonly { number: number; status: string }[]): { value: string; label: string }[] {
  return [...versions.map((v) => ({ value: String(v.number), label: versionChoiceLabel(v) })), { value: "draft", label: "Current draft (watermarked DRAFT)" }];
}

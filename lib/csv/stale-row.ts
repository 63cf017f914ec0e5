import { formatDay } from "@/lib/days";

/** Who last changed a record, and when (from the audit log); `by` is null when the log does not say. */
export type Writer = { by: string | null; at: Date };

/**
 * A row of an import refused because its record changed since the file was exported, saying who
 * changed it and when: `Row 4 (“Flood”): Alex Morgan changed this threat on 3 Dec 2026 at 14:02
 * UTC, after you exported it. Export the threat register again and make your change in the new file.`
 */
export function staleRowMessage({ row, name, kind, writer, exported }: { row: number; name: string; kind: string; writer: Writer | undefined; exported: string }): string {
  const redo = `Export ${exported} again and make your change in the new file.`;
  if (!writer) return `Row ${row} (“${name}”): this ${kind} was changed since you exported it. ${redo}`;
  const when = `${formatDay(writer.at)} at ${writer.at.toISOString().slice(11, 16)} UTC`;
  return `Row ${row} (“${name}”): ${writer.by ?? "someone"} changed this ${kind} on ${when}, after you exported it. ${redo}`;
}

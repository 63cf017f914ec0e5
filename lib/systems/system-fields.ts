import "server-only";
import { plainText, type FieldDisplay } from "@/lib/concurrency/show-fields";
import { SYSTEM_KIND_LABELS } from "@/lib/systems/schemas";

/** What the audit log records of a system's register entry. */
export function systemSnapshot(s: { name: string; kind: string; owner: string; description: string }) {
  return { name: s.name, kind: s.kind, owner: s.owner, description: s.description };
}

/** The register form's fields as a refused stale save shows them (a kind by its label). */
export const SYSTEM_FIELDS: FieldDisplay = {
  name: { label: "Name" },
  kind: { label: "Kind", text: (value) => SYSTEM_KIND_LABELS[value as keyof typeof SYSTEM_KIND_LABELS] ?? plainText(value) },
  owner: { label: "Owner" },
  description: { label: "Description" },
};

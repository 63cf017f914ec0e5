import "server-only";
import { choice, type FieldDisplay } from "@/lib/concurrency/show-fields";
import { SYSTEM_KIND_LABELS } from "@/lib/systems/schemas";

/** What the audit log records of a system's register entry. */
export function systemSnapshot(s: { name: string; kind: string; owner: string; description: string }) {
  return { name: s.name, kind: s.kind, owner: s.owner, description: s.description };
}

/** The register form's fields as a refused stale save shows them (a kind by its label). */
export const SYSTEM_FIELDS: FieldDisplay = {
  name: { label: "Name" },
  kind: { label: "Kind", text: choice(SYSTEM_KIND_LABELS) },
  owner: { label: "Owner" },
  description: { label: "Description" },
};

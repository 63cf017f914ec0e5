import "server-only";
import { choice, namedId, showFields } from "@/lib/concurrency/show-fields";
import { SYSTEM_KIND_LABELS } from "@/lib/systems/schemas";

type SystemFields = { name: string; kind: string; ownerPersonId: string | null; ownerText: string; description: string };

/** What the audit log records of a system's register entry (the owner by the person's id, which the log names). */
export function systemSnapshot(s: SystemFields) {
  return { name: s.name, kind: s.kind, ownerPersonId: s.ownerPersonId, ownerText: s.ownerText, description: s.description };
}

/** The register form's fields as a refused stale save shows them: a kind by its label, the owner by name. */
export function showSystem(people: Map<string, string>) {
  return showFields({
    name: { label: "Name" },
    kind: { label: "Kind", text: choice(SYSTEM_KIND_LABELS) },
    ownerPersonId: { label: "Owner", text: namedId(people, "No owner yet") },
    ownerText: { label: "Owner (not in the People register)" },
    description: { label: "Description" },
  });
}

import type { Shown } from "@/lib/concurrency/stale-edit";
import { COMMITTEE_ROLE_LABELS, COMMITTEE_ROLES } from "@/lib/committee/schemas";

/** The audited writes that bump a committee seat's version. */
export const MEMBER_WRITES = ["committee.member-updated"];

/** The fields of a committee seat that the audit log records before and after a change. */
export function memberSnapshot(member: { functionalArea: string; role: string }) {
  return { functionalArea: member.functionalArea, role: member.role };
}

const roleLabel = (role: unknown) => (COMMITTEE_ROLES.includes(role as never) ? COMMITTEE_ROLE_LABELS[role as (typeof COMMITTEE_ROLES)[number]] : "—");

/** A committee seat's snapshot as the edit form labels it, for a refused stale save. */
export function showMember(snapshot: Record<string, unknown>): Shown {
  const shown: Shown = {};
  if ("functionalArea" in snapshot) shown.functionalArea = { label: "Functional area", text: String(snapshot.functionalArea ?? "") || "—" };
  if ("role" in snapshot) shown.role = { label: "Committee role", text: roleLabel(snapshot.role) };
  return shown;
}

/** The fields of an ERT role that the audit log records before and after a change. */
export function ertRoleSnapshot(role: { title: string; responsibilities: string; primaryId: string | null; alternateId: string | null }) {
  return { title: role.title, responsibilities: role.responsibilities, primaryId: role.primaryId, alternateId: role.alternateId };
}

export const DUPLICATE_ERT_ROLE = "The response team already has a role with this title.";

import "server-only";
import type { Tx } from "@/lib/db/client";
import { invalid } from "@/lib/errors";

type PersonFields = {
  name: string;
  jobTitle: string;
  departmentId: string | null;
  email: string;
  workPhone: string;
  mobilePhone: string;
  afterHoursPhone: string;
  notes: string;
};

/** The fields of a person that the audit log records before and after a change. */
export function personSnapshot(person: PersonFields) {
  return {
    name: person.name,
    jobTitle: person.jobTitle,
    departmentId: person.departmentId,
    email: person.email,
    workPhone: person.workPhone,
    mobilePhone: person.mobilePhone,
    afterHoursPhone: person.afterHoursPhone,
    notes: person.notes,
  };
}

/** A department id from the client must be one of the organisation's departments. */
export async function assertDepartmentInOrg(tx: Tx, orgId: string, departmentId: string | null): Promise<void> {
  if (!departmentId) return;
  const found = await tx.department.count({ where: { id: departmentId, orgId } });
  if (!found) throw invalid("departmentId", "Choose one of the organisation's departments.");
}

export const DUPLICATE_PERSON = "This person (same name and e-mail) is already in the register.";

import "server-only";
import { db } from "@/lib/db/client";
import type { CompletenessSource } from "@/lib/plans/get-plan-overview";
import { isPhoneNumber } from "@/lib/people/phone";
import { count } from "@/lib/count";

/**
 * The committee stage is complete when each of these holds (each counts equally):
 * the committee has a chair; it has at least three members; the response team has at least one
 * role; every role has a primary and an alternate, each with a valid 24/7 (after-hours) number; and the
 * plan has a sponsor and an endorsement date.
 */
export const committeeCompleteness: CompletenessSource = async ({ orgId, planId }) => {
  const scope = { orgId, planId };
  const [members, chairs, roles, plan] = await db.$transaction([
    db.committeeMember.count({ where: scope }),
    db.committeeMember.count({ where: { ...scope, role: "chair" } }),
    db.ertRole.findMany({
      where: scope,
      select: { primary: { select: { afterHoursPhone: true } }, alternate: { select: { afterHoursPhone: true } } },
    }),
    db.plan.findFirst({ where: { id: planId, orgId }, select: { sponsorId: true, endorsedOn: true } }),
  ]);
  // Text that is not a number (kept from before numbers were checked) reaches nobody.
  const reachable = (person: { afterHoursPhone: string } | null) => Boolean(person && isPhoneNumber(person.afterHoursPhone));
  const checks = [
    chairs > 0,
    members >= 3,
    roles.length > 0,
    roles.length > 0 && roles.every((role) => reachable(role.primary) && reachable(role.alternate)),
    Boolean(plan?.sponsorId && plan.endorsedOn),
  ];
  const unreachable = roles.filter((role) => !reachable(role.primary) || !reachable(role.alternate)).length;
  const todo = [
    chairs > 0 ? null : "Name a chair of the committee.",
    members >= 3 ? null : `Seat at least three committee members (${members} so far).`,
    roles.length > 0 ? null : "Add the emergency response team's roles.",
    roles.length > 0 && unreachable > 0 ? `Give the primary and alternate of ${count(unreachable, "response-team role")} a 24/7 number.` : null,
    plan?.sponsorId && plan.endorsedOn ? null : "Record the sponsor and the date they endorsed the plan.",
  ];
  return { committee: (100 * checks.filter(Boolean).length) / checks.length, todo: { committee: todo.filter((t): t is string => t !== null) } };
};

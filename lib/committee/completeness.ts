import "server-only";
import { db } from "@/lib/db/client";
import type { CompletenessSource } from "@/lib/plans/get-plan-overview";
import { reachable, responseTeamTodo } from "@/lib/committee/response-team-todo";

/**
 * The committee stage is complete when each of these holds (each counts equally):
 * the committee has a chair; it has at least three members; the response team has at least one
 * role; every role has a primary and an alternate, each with a valid 24/7 (after-hours) number;
 * a role is marked as leading the response (the emergency sheet's "Who leads", decision 56); and
 * the plan has a sponsor and an endorsement date.
 */
export const committeeCompleteness: CompletenessSource = async ({ orgId, planId }) => {
  const scope = { orgId, planId };
  const [members, chairs, roles, plan] = await db.$transaction([
    db.committeeMember.count({ where: scope }),
    db.committeeMember.count({ where: { ...scope, role: "chair" } }),
    db.ertRole.findMany({
      where: scope,
      orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
      select: { title: true, leadsResponse: true, primary: { select: { name: true, afterHoursPhone: true } }, alternate: { select: { name: true, afterHoursPhone: true } } },
    }),
    db.plan.findFirst({ where: { id: planId, orgId }, select: { sponsorId: true, endorsedOn: true } }),
  ]);
  const checks = [
    chairs > 0,
    members >= 3,
    roles.length > 0,
    roles.length > 0 && roles.every((role) => reachable(role.primary) && reachable(role.alternate)),
    roles.some((role) => role.leadsResponse),
    Boolean(plan?.sponsorId && plan.endorsedOn),
  ];
  // Nothing recorded: the overview's empty state says so, not a list of everything.
  if (members === 0 && roles.length === 0 && !plan?.sponsorId && !plan?.endorsedOn) return { committee: 0 };
  const todo = [
    chairs > 0 ? null : "Name a chair of the committee.",
    members >= 3 ? null : `Seat at least three committee members (${members} so far).`,
    roles.length > 0 ? null : "Add the emergency response team's roles.",
    ...responseTeamTodo(roles),
    roles.length === 0 || roles.some((role) => role.leadsResponse) ? null : "Mark the ERT role that leads the response (declares the incident and invokes the plan).",
    plan?.sponsorId && plan.endorsedOn ? null : "Record the sponsor and the date they endorsed the plan.",
  ];
  return { committee: (100 * checks.filter(Boolean).length) / checks.length, todo: { committee: todo.filter((t): t is string => t !== null) } };
};

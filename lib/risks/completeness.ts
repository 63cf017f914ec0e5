import "server-only";
import { db } from "@/lib/db/client";
import type { CompletenessSource } from "@/lib/plans/get-plan-overview";
import { count } from "@/lib/count";

/**
 * The risk stage is complete when each of these holds (each counts equally): the register has at
 * least one threat; every threat has an owner and a mitigation; every threat has a residual
 * rating; the plan has at least one disaster scenario; and every scenario is linked to at least
 * one threat that could cause it.
 */
export const risksCompleteness: CompletenessSource = async ({ orgId, planId }) => {
  const scope = { orgId, planId };
  const [threats, unowned, unrated, scenarios, unlinked] = await db.$transaction([
    db.threat.count({ where: scope }),
    db.threat.count({ where: { ...scope, OR: [{ ownerId: null }, { mitigation: "" }] } }),
    db.threat.count({ where: { ...scope, OR: [{ residualLikelihood: null }, { residualImpact: null }] } }),
    db.scenario.count({ where: scope }),
    db.scenario.count({ where: { ...scope, threats: { none: {} } } }),
  ]);
  // Nothing recorded: the overview's empty state says so, not a list of everything.
  if (threats === 0 && scenarios === 0) return { risks: 0 };
  const checks = [threats > 0, threats > 0 && unowned === 0, threats > 0 && unrated === 0, scenarios > 0, scenarios > 0 && unlinked === 0];
  const todo = [
    threats > 0 ? null : "Add the threats the business faces.",
    threats > 0 && unowned > 0 ? `Give ${count(unowned, "threat")} an owner and a mitigation.` : null,
    threats > 0 && unrated > 0 ? `Rate the residual risk of ${count(unrated, "threat")}.` : null,
    scenarios > 0 ? null : "Add the disaster scenarios to plan for.",
    scenarios > 0 && unlinked > 0 ? `Link ${count(unlinked, "scenario")} to the threats that could cause ${unlinked === 1 ? "it" : "them"}.` : null,
  ];
  return { risks: (100 * checks.filter(Boolean).length) / checks.length, todo: { risks: todo.filter((t): t is string => t !== null) } };
};

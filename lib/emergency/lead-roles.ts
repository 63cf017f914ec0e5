/**
 * Which response-team roles lead in an incident. A role has a title and responsibilities, nothing
 * else says "this one decides": the leads are the roles whose title or responsibilities say they
 * declare an incident or invoke (activate) the plan. When none says so, the team's first role (the
 * committee orders the roles) stands in, and the sheet says that no role is written as the one
 * who decides. Pure.
 */
const DECIDES = /\b(?:declar\w*|invok\w*|invocation|activat\w*)\b/i;

export type Leads<T> = { leads: T[]; others: T[]; named: boolean };

export function splitLeads<T extends { title: string; responsibilities: string }>(roles: readonly T[]): Leads<T> {
  const named = roles.filter((role) => DECIDES.test(role.title) || DECIDES.test(role.responsibilities));
  const leads = named.length ? named : roles.slice(0, 1);
  return { leads, others: roles.filter((role) => !leads.includes(role)), named: named.length > 0 };
}

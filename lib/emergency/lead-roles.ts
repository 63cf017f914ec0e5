/**
 * Which response-team roles lead in an incident: those the committee marked "Leads the response"
 * (they declare the incident and invoke the plan; decision 56), in the team's order, and the rest.
 * No role is guessed: a team with none marked has no leads, and the sheet says where to mark one.
 * Pure.
 */
export type Leads<T> = { leads: T[]; others: T[] };

export function splitLeads<T extends { leadsResponse: boolean }>(roles: readonly T[]): Leads<T> {
  return { leads: roles.filter((role) => role.leadsResponse), others: roles.filter((role) => !role.leadsResponse) };
}

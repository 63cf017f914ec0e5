/**
 * Organisation-wide changes to records a plan shows (docs/decisions/0044): a person renamed or
 * their contact details changed (the plan's committee, response team, owners and sponsor), a
 * department renamed or deleted (its products and functions), a site changed (its systems, the
 * scenarios that lose it, the recovery model), the BIA settings (the impact categories and outage
 * lengths of every plan's impact analysis). Such a row names no plan (it belongs to the
 * organisation), yet it can change what a plan says since its approval: a plan's audit trail, the
 * log filtered by the plan and the PDF's appendix, lists it marked "Organisation-wide". A record
 * created is in no plan until a plan's own row uses it; members, roles, imports and exports change
 * no plan's content.
 */
export const PLAN_INPUT_ACTIONS: readonly string[] = [
  "person.updated",
  "person.deleted",
  "department.renamed",
  "department.deleted",
  "site.updated",
  "org.bia_settings_updated",
];

/** Whether a row is an organisation-wide change to records plans use (listed with every plan's entries). */
export function isOrganisationWide(row: { planId: string | null; action: string }): boolean {
  return row.planId === null && PLAN_INPUT_ACTIONS.includes(row.action);
}

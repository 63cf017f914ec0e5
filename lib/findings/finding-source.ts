/**
 * Where a finding came from, as the pages and the PDF say it: one of the plan's tests, or one of
 * its incidents as a corrective action (docs/decisions/0058); a finding whose test was deleted
 * comes from neither. Pure.
 */
type Named = { id: string; title: string } | null | undefined;
type Sourced = { exercise?: Named; incident?: Named };

/** The words after a finding's description in a list: "from “Restore test”", "from incident “Head office flooded”"; null for neither. */
export function findingSourceText(finding: Sourced): string | null {
  if (finding.exercise) return `from “${finding.exercise.title}”`;
  if (finding.incident) return `from incident “${finding.incident.title}”`;
  return null;
}

/** The page where the finding is edited and closed: its test's, its incident's, else the plan's tests. */
export function findingSourceHref(planId: string, { exerciseId, incidentId }: { exerciseId?: string | null; incidentId?: string | null }): string {
  if (exerciseId) return `/plans/${planId}/tests/${exerciseId}`;
  if (incidentId) return `/plans/${planId}/incidents/${incidentId}#corrective-actions-heading`;
  return `/plans/${planId}/tests`;
}

/** The PDF's "From" column: the test's title, "Incident: Head office flooded", or a dash. */
export function findingSourceCell(finding: Sourced): string {
  if (finding.exercise) return finding.exercise.title;
  if (finding.incident) return `Incident: ${finding.incident.title}`;
  return "—";
}

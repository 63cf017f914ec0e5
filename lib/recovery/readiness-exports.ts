/**
 * What the readiness page offers to take away beside the what-if and the model: the readiness CSV
 * (the Reports page's own route) and the way to a PDF report, which is made in the background on
 * the Reports page (no route renders one on request). Only to a role the shared permission table
 * lets export, as those routes and the Reports page check. Pure.
 */
import { can, type Role } from "@/lib/auth/permissions";

export type ReadinessExport = { label: string; href: string; download: boolean };

export function readinessExports({ planId, role }: { planId: string; role: Role }): ReadinessExport[] {
  if (!can(role, "plan:export")) return [];
  return [
    { label: "Download readiness CSV", href: `/plans/${planId}/reports/readiness.csv`, download: true },
    { label: "Make a PDF report", href: `/plans/${planId}/reports`, download: false },
  ];
}

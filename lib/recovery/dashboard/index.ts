/**
 * The readiness dashboard's view model, from one assessment: the matrix, capacity, the MTD check
 * per function and scenario, current ages, and the count of findings. Pure, so the benchmark
 * times exactly what a request does.
 */
import type { Assessment } from "@/lib/engine";
import { ageSummary } from "./ages";
import { capacityRows } from "./capacity";
import { matrixRows } from "./matrix";

export type ProcessRow = { scenario: string; process: string; rtoMinutes: number | null; mtdOk: boolean | null; slackMinutes: number | null };

export function buildDashboard(assessment: Assessment) {
  const processes: ProcessRow[] = assessment.scenarios.flatMap((sc) =>
    sc.processes.map((p) => ({ scenario: sc.id, process: p.id, rtoMinutes: p.rtoMinutes, mtdOk: p.mtdOk, slackMinutes: p.slackMinutes })),
  );
  return {
    matrix: matrixRows(assessment),
    capacity: capacityRows(assessment),
    processes,
    ages: ageSummary(assessment),
    errors: assessment.findings.filter((f) => f.severity === "error").length,
    warnings: assessment.findings.filter((f) => f.severity === "warning").length,
  };
}

export type Dashboard = ReturnType<typeof buildDashboard>;

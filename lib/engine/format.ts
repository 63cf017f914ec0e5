// The human summary `continuity check` prints: current ages, then a table per
// scenario, then the findings and the verdict.
import type { RecoveryModel } from "./schema";
import type { Assessment, ScenarioResult } from "./types";
import { formatDuration as dur, formatMiB } from "./words";

function table(header: string[], rows: string[][], indent = "  "): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => indent + cells.map((cell, i) => cell.padEnd(widths[i])).join("  ").trimEnd();
  return [line(header), ...rows.map(line)];
}

const orDash = (x: number | null) => (x === null ? "-" : dur(x));

/** Verdict counts: what makes `continuity check` exit 1. */
export function countBreaches(a: Assessment): { targets: number; processes: number } {
  let targets = 0;
  let processes = 0;
  for (const sc of a.scenarios) {
    for (const s of sc.systems) targets += Number(s.rpo.status === "breached") + Number(s.rto.status === "breached");
    processes += sc.processes.filter((p) => p.mtdOk === false).length;
  }
  return { targets, processes };
}

function describeScenario(model: RecoveryModel | undefined, id: string): string {
  const sc = model?.scenarios.find((s) => s.id === id);
  if (!sc) return "";
  const parts: string[] = [sc.kind];
  if (sc.lostSites.length && sc.kind === "site") parts.push(`sites lost: ${sc.lostSites.join(", ")}`);
  if (sc.lostHosts.length && (sc.kind === "site" || sc.kind === "host")) parts.push(`hosts lost: ${sc.lostHosts.join(", ")}`);
  if (sc.at) parts.push(`at ${sc.at}`);
  if (sc.cleanBefore && sc.kind === "ransomware") parts.push(`clean before ${sc.cleanBefore}`);
  return ` (${parts.join("; ")})`;
}

function scenarioLines(sc: ScenarioResult, model?: RecoveryModel): string[] {
  const out = [`Scenario ${sc.id}${describeScenario(model, sc.id)}`];
  const rows = sc.systems.map((s) =>
    s.affected
      ? [
          s.id,
          orDash(s.rpo.worstCaseMinutes),
          orDash(s.rpo.atDisasterMinutes),
          orDash(s.rpo.target),
          s.rpo.status,
          s.rpo.location ?? "-",
          orDash(s.rto.achievableMinutes),
          orDash(s.rto.target),
          s.rto.status,
          s.rto.host ?? "-",
          s.rto.source ?? "-",
        ]
      : [s.id, "-", "-", orDash(s.rpo.target), "not affected", "-", "-", orDash(s.rto.target), "not affected", s.rto.host ?? "-", "-"],
  );
  out.push(...table(["SYSTEM", "RPO WORST", "AT DISASTER", "TARGET", "RPO", "FROM", "RTO", "TARGET", "RTO", "HOST", "BY"], rows));
  const hosts = sc.hosts.filter((h) => h.demandMiB > 0 || h.unplaced.length > 0);
  if (hosts.length > 0) {
    out.push("  Hosts:");
    for (const h of hosts) {
      const over = h.demandMiB > h.availableMiB ? "  OVER CAPACITY" : "";
      const unplaced = h.unplaced.length ? `; unplaced: ${h.unplaced.join(", ")}` : "";
      out.push(`    ${h.id}: needs ${formatMiB(h.demandMiB)} of ${formatMiB(h.availableMiB)}${over}${unplaced}`);
    }
  }
  const groups = sc.consistencyGroups.filter((g) => g.consistent !== null);
  if (groups.length > 0) {
    out.push("  Consistency groups:");
    for (const g of groups) out.push(`    ${g.id}: skew ${orDash(g.skewMinutes)}, ${g.consistent ? "consistent" : "INCONSISTENT"}, RPO at disaster ${orDash(g.rpoAtDisasterMinutes)}`);
  }
  if (sc.processes.length > 0) {
    out.push("  Processes:");
    for (const p of sc.processes) {
      const verdict = p.mtdOk === null ? "no MTD" : p.mtdOk ? `within MTD, slack ${dur(p.slackMinutes, "down")}` : "BEYOND MTD";
      out.push(`    ${p.id}: RTO ${orDash(p.rtoMinutes)}, ${verdict}`);
    }
  }
  return out;
}

/** The readable summary of an assessment; pass the model to show scenario details. */
export function formatAssessment(a: Assessment, model?: RecoveryModel): string {
  const lines = [`Recovery assessment at ${a.assessedAt}`, "", "Current restore points"];
  const rpo = new Map(model?.systems.map((s) => [s.id, s.rpoMinutes ?? null]) ?? []);
  lines.push(
    ...table(
      model ? ["SYSTEM", "AGE", "RPO", "STATUS"] : ["SYSTEM", "AGE", "STATUS"],
      a.systems.map((s) => {
        const row = [s.id, orDash(s.currentAge.minutes), s.currentAge.status];
        if (model) row.splice(2, 0, orDash(rpo.get(s.id) ?? null));
        return row;
      }),
    ),
  );
  for (const sc of a.scenarios) lines.push("", ...scenarioLines(sc, model));
  const errors = a.findings.filter((f) => f.severity === "error").length;
  lines.push("", `Findings: ${errors} error${errors === 1 ? "" : "s"}, ${a.findings.length - errors} warning${a.findings.length - errors === 1 ? "" : "s"}`);
  for (const f of a.findings) {
    const where = [f.scenario, f.system ?? f.process ?? f.group].filter(Boolean).join(" / ");
    lines.push(`  ${f.severity === "error" ? "ERROR  " : "warning"} ${f.code} ${where}: ${f.message}`);
  }
  const { targets, processes } = countBreaches(a);
  lines.push(
    "",
    targets + processes === 0
      ? "Result: every target is met."
      : `Result: ${targets} breached target${targets === 1 ? "" : "s"}, ${processes} process${processes === 1 ? "" : "es"} beyond MTD.`,
  );
  return lines.join("\n") + "\n";
}

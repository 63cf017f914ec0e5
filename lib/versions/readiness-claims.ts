/** A scenario of an assessment as the engine stores it, as far as what it judged goes. */
type JudgedScenario = {
  systems: readonly { rpo: { target: number | null }; rto: { target: number | null } }[];
  processes: readonly { mtdOk: boolean | null }[];
};

/**
 * What a summary may say about recovery objectives when nothing breached them (pure). "Every
 * RPO… was met" is only true of something: with no systems or no scenarios the engine had
 * nothing to assess, nor when no system had a target and no function's MTD could be checked (a
 * new plan's VMs imported before its impact analysis), and a reader must not mistake that for
 * good news.
 */
export function nothingToAssess({ systems, scenarios }: { systems: readonly unknown[]; scenarios: readonly JudgedScenario[] }): string | null {
  if (systems.length === 0 && scenarios.length === 0) return "Nothing to assess: no systems or scenarios yet.";
  if (systems.length === 0) return "Nothing to assess: no systems yet.";
  if (scenarios.length === 0) return "Nothing to assess: no disaster scenarios yet.";
  const judged = scenarios.some(
    (sc) => sc.systems.some((s) => s.rpo.target !== null || s.rto.target !== null) || sc.processes.some((p) => p.mtdOk !== null),
  );
  if (!judged) return "Nothing to assess: no system has an RPO or RTO target yet (they come from the business functions that need the systems).";
  return null;
}

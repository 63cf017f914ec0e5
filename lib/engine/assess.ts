// assess(model): the whole assessment. Pure and deterministic: assessedAt is
// the clock, and every list is processed in id order.
import { currentAges } from "./age";
import { placeSystems, type Placement } from "./capacity";
import { compile, type Compiled, type ModelNames } from "./compile";
import { globalFindings, scenarioFindings } from "./findings";
import { assessGroup, type GroupDetail } from "./groups";
import { assessProcess } from "./processes";
import { RpoModel, systemRpo, type RpoCandidate, type SurvivalSet, type SystemRpo } from "./rpo";
import { planRestores, standAloneMinutes, type RestorePlan } from "./rto";
import { scenarioView, type ScenarioView } from "./scenario";
import type { RecoveryModel } from "./schema";
import type { Assessment, Finding, ScenarioResult, ScenarioSystem, TargetStatus } from "./types";

/** Output precision: a thousandth of a minute hides float noise such as 59.99999999. */
export const round = (x: number): number => Math.round(x * 1000) / 1000;
const rounded = (x: number | null): number | null => (x === null || !Number.isFinite(x) ? null : round(x));

function status(value: number | null, target: number | null): TargetStatus {
  if (target === null) return "no-target";
  return value !== null && value <= target ? "met" : "breached";
}

/** Everything the findings need to explain one scenario. */
export interface ScenarioDetail {
  view: ScenarioView;
  rpoModel: RpoModel;
  set: SurvivalSet;
  rpo: Array<SystemRpo | null>;
  chosen: Array<RpoCandidate | null>;
  placement: Placement;
  plans: Array<RestorePlan | null>;
  groups: GroupDetail[];
  result: ScenarioResult;
}

/**
 * The surviving path with the smallest worst case of its own; ties: the
 * faster stand-alone restore, then the location id (then a replica first).
 */
function choose(c: Compiled, view: ScenarioView, system: number, candidates: RpoCandidate[]): RpoCandidate | null {
  const keyed = candidates.map((x) => ({ x, worst: round(x.worst), solo: round(standAloneMinutes(c, view, system, x)) }));
  // Unbounded worst cases are Infinity: compare, never subtract.
  const cmp = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);
  keyed.sort(
    (a, b) =>
      cmp(a.worst, b.worst) ||
      cmp(a.solo, b.solo) ||
      a.x.location - b.x.location || // location indices follow id order
      Number(b.x.replica) - Number(a.x.replica),
  );
  return keyed.length > 0 ? keyed[0].x : null;
}

function assessScenario(c: Compiled, rpoModel: RpoModel, scenario: number): ScenarioDetail {
  const view = scenarioView(c, c.scenarios[scenario]);
  const set = rpoModel.survivalSet(view);
  const rpo = c.systems.map((s) => (view.affected[s.index] ? systemRpo(rpoModel, set, view, s.index) : null));
  const chosen = rpo.map((r, s) => (r === null ? null : choose(c, view, s, r.candidates)));
  const placement = placeSystems(c, view, chosen.map((x) => x !== null));
  const plans = planRestores(c, view, chosen, placement.placed);
  const at = view.sc.at;

  const systems: ScenarioSystem[] = c.systems.map((s) => {
    const r = rpo[s.index];
    const host = c.hosts[view.recoveryHost[s.index]].id;
    if (r === null) {
      return {
        id: s.id,
        affected: false,
        rpo: { worstCaseMinutes: null, atDisasterMinutes: null, target: s.rpo, status: "not-affected", location: null },
        rto: { achievableMinutes: null, target: s.rto, status: "not-affected", restoreStart: null, transferEnd: null, ready: null, host: c.hosts[s.host].id, source: null },
      };
    }
    const source = chosen[s.index];
    const plan = plans[s.index];
    const worst = rounded(r.worst);
    const ready = plan === null ? null : rounded(plan.ready);
    return {
      id: s.id,
      affected: true,
      rpo: {
        worstCaseMinutes: worst,
        atDisasterMinutes: at === null || r.atPit === null ? null : round(at - r.atPit),
        target: s.rpo,
        status: status(worst, s.rpo),
        location: source === null ? null : c.locations[source.location].id,
      },
      rto: {
        achievableMinutes: ready,
        target: s.rto,
        status: status(ready, s.rto),
        restoreStart: plan === null ? null : round(plan.start),
        transferEnd: plan === null ? null : rounded(plan.transferEnd),
        ready,
        host,
        source: plan === null ? null : plan.test ? "test" : "estimate",
      },
    };
  });

  const atPits = rpo.map((r) => (r === null ? null : r.atPit));
  const groups = c.groups.map((_, g) => assessGroup(c, view, g, atPits, round));
  const rtoBySystem = systems.map((x) => x.rto.achievableMinutes);
  const result: ScenarioResult = {
    id: view.sc.id,
    systems,
    hosts: c.hosts.map((h, i) => ({
      id: h.id,
      demandMiB: round(placement.hosts[i].demandMiB),
      availableMiB: round(placement.hosts[i].availableMiB),
      unplaced: placement.hosts[i].unplaced.map((s) => c.systems[s].id),
    })),
    consistencyGroups: groups.map((g) => g.result),
    processes: c.processes.map((_, p) => assessProcess(c, view, p, rtoBySystem)),
  };
  return { view, rpoModel, set, rpo, chosen, placement, plans, groups, result };
}

export interface AssessOptions {
  /** Names for the findings' sentences; ids are used where none is given. */
  names?: ModelNames;
}

export function assess(model: RecoveryModel, { names }: AssessOptions = {}): Assessment {
  const c = compile(model, names);
  const rpoModel = new RpoModel(c);
  const systems = currentAges(c, round);
  const findings: Finding[] = globalFindings(c, systems);
  const scenarios: ScenarioResult[] = [];
  for (let i = 0; i < c.scenarios.length; i++) {
    const detail = assessScenario(c, rpoModel, i);
    scenarios.push(detail.result);
    findings.push(...scenarioFindings(c, detail));
  }
  return { version: 1, assessedAt: c.assessedAtText, systems, scenarios, findings };
}

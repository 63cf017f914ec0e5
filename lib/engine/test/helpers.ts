// Test helpers: a small valid model to start from, and lookups into the assessment.
import { parseModel, assess, type AssessOptions, type Assessment, type RecoveryModel, type RecoveryModelInput } from "../index";
import type { ScenarioSystem } from "../types";

/** Monday 2 June 2025, midnight UTC: the "now" of most tests. */
const NOW = "2025-06-02T00:00:00Z";

/** One office site, a NAS, a big host, no systems yet: extend per test. */
export function baseModel(over: Partial<RecoveryModelInput> = {}): RecoveryModelInput {
  return {
    version: 1,
    assessedAt: NOW,
    horizonDays: 7,
    sites: [{ id: "office" }, { id: "dr" }, { id: "home" }],
    locations: [{ id: "nas", site: "office", throughputMBps: 150 }],
    hosts: [{ id: "hv1", site: "office", ramMiB: 1_048_576 }],
    ...over,
  };
}

function parsed(input: unknown): RecoveryModel {
  const r = parseModel(input);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join("\n"));
  return r.model;
}

export function run(input: RecoveryModelInput, options?: AssessOptions): Assessment {
  return assess(parsed(input), options);
}

export function row(a: Assessment, scenario: string, system: string): ScenarioSystem {
  const sc = a.scenarios.find((s) => s.id === scenario);
  const r = sc?.systems.find((s) => s.id === system);
  if (!r) throw new Error(`no ${system} in ${scenario}`);
  return r;
}

export function scenario(a: Assessment, id: string) {
  const sc = a.scenarios.find((s) => s.id === id);
  if (!sc) throw new Error(`no scenario ${id}`);
  return sc;
}

// Model rules that a shape schema cannot express: unique ids, references that
// must resolve, dependency cycles, and a few cross-field rules. The input is
// read defensively (it may have failed the shape checks), so that one run
// reports every problem it can find.
import { parseInstant } from "./instant";
import type { ModelIssue } from "./issues";

type Rec = Record<string, unknown>;

/** Fires per schedule over the window beyond which a model is refused (every 15 s for a year is 2.1 million). */
const MAX_FIRES = 2_000_000;

const isRec = (v: unknown): v is Rec => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

function entries(root: Rec, key: string): Array<[number, Rec]> {
  const value = root[key];
  if (!Array.isArray(value)) return [];
  const out: Array<[number, Rec]> = [];
  value.forEach((el, i) => {
    if (isRec(el)) out.push([i, el]);
  });
  return out;
}

const ID_LISTS = ["sites", "locations", "hosts", "systems", "backupPolicies", "consistencyGroups", "processes", "scenarios"] as const;
type IdList = (typeof ID_LISTS)[number];
const NOUN: Record<IdList, string> = {
  sites: "site",
  locations: "location",
  hosts: "host",
  systems: "system",
  backupPolicies: "backup policy",
  consistencyGroups: "consistency group",
  processes: "process",
  scenarios: "scenario",
};

export function checkModel(input: unknown): ModelIssue[] {
  if (!isRec(input)) return [];
  const issues: ModelIssue[] = [];
  const ids = {} as Record<IdList, Map<string, number>>;

  for (const list of ID_LISTS) {
    ids[list] = new Map();
    for (const [i, el] of entries(input, list)) {
      const id = str(el.id);
      if (id === undefined) continue;
      const first = ids[list].get(id);
      if (first === undefined) ids[list].set(id, i);
      else issues.push({ path: `${list}[${i}].id`, message: `duplicate id "${id}" (already used by ${list}[${first}])` });
    }
  }

  const ref = (path: string, value: unknown, list: IdList) => {
    const v = str(value);
    if (v !== undefined && !ids[list].has(v)) issues.push({ path, message: `unknown ${NOUN[list]} "${v}"` });
  };
  const refs = (path: string, value: unknown, list: IdList) => {
    if (Array.isArray(value)) value.forEach((v, i) => ref(`${path}[${i}]`, v, list));
  };

  for (const [i, l] of entries(input, "locations")) ref(`locations[${i}].site`, l.site, "sites");
  for (const [i, h] of entries(input, "hosts")) {
    ref(`hosts[${i}].site`, h.site, "sites");
    if (typeof h.ramMiB === "number" && typeof h.reservedMiB === "number" && h.reservedMiB > h.ramMiB)
      issues.push({ path: `hosts[${i}].reservedMiB`, message: `must not exceed ramMiB (${h.ramMiB})` });
  }
  for (const [i, s] of entries(input, "systems")) {
    ref(`systems[${i}].host`, s.host, "hosts");
    refs(`systems[${i}].dependsOn`, s.dependsOn, "systems");
    if (isRec(s.recoveryHosts)) {
      for (const [scenario, host] of Object.entries(s.recoveryHosts)) {
        const path = `systems[${i}].recoveryHosts[${JSON.stringify(scenario)}]`;
        if (!ids.scenarios.has(scenario)) issues.push({ path, message: `unknown scenario "${scenario}"` });
        ref(path, host, "hosts");
      }
    }
  }
  const horizon = typeof input.horizonDays === "number" && input.horizonDays > 0 ? input.horizonDays : 366;
  const tooDense = (path: string, schedule: unknown) => {
    const every = isRec(schedule) ? schedule.everyMinutes : undefined;
    if (typeof every === "number" && every > 0 && (horizon * 1440) / every > MAX_FIRES)
      issues.push({ path: `${path}.everyMinutes`, message: `fires more than ${MAX_FIRES.toLocaleString("en")} times in the ${horizon}-day window; model continuous protection as a replica` });
  };
  for (const [i, p] of entries(input, "backupPolicies")) {
    refs(`backupPolicies[${i}].systems`, p.systems, "systems");
    ref(`backupPolicies[${i}].target`, p.target, "locations");
    tooDense(`backupPolicies[${i}].schedule`, p.schedule);
    for (const [j, c] of entries(p, "copies")) {
      ref(`backupPolicies[${i}].copies[${j}].to`, c.to, "locations");
      tooDense(`backupPolicies[${i}].copies[${j}].schedule`, c.schedule);
    }
  }
  for (const list of ["replicas", "restorePoints", "tests"] as const) {
    for (const [i, r] of entries(input, list)) {
      ref(`${list}[${i}].system`, r.system, "systems");
      ref(`${list}[${i}].location`, r.location, "locations");
    }
  }
  for (const [i, p] of entries(input, "restorePoints")) {
    const pit = typeof p.pointInTime === "string" ? parseInstant(p.pointInTime) : null;
    const usable = typeof p.usableAt === "string" ? parseInstant(p.usableAt) : null;
    if (pit !== null && usable !== null && usable < pit)
      issues.push({ path: `restorePoints[${i}].usableAt`, message: "must not be before pointInTime" });
  }
  for (const list of ["consistencyGroups", "processes"] as const) {
    for (const [i, g] of entries(input, list)) refs(`${list}[${i}].systems`, g.systems, "systems");
  }
  for (const [i, s] of entries(input, "scenarios")) {
    refs(`scenarios[${i}].lostSites`, s.lostSites, "sites");
    refs(`scenarios[${i}].lostHosts`, s.lostHosts, "hosts");
    if (s.kind !== "ransomware") continue;
    for (const field of ["at", "cleanBefore"]) {
      if (s[field] === undefined) issues.push({ path: `scenarios[${i}].${field}`, message: "is required for a ransomware scenario" });
    }
    const at = typeof s.at === "string" ? parseInstant(s.at) : null;
    const clean = typeof s.cleanBefore === "string" ? parseInstant(s.cleanBefore) : null;
    if (at !== null && clean !== null && clean > at)
      issues.push({ path: `scenarios[${i}].cleanBefore`, message: "must not be after at (the attack)" });
  }
  issues.push(...cycleIssues(input, ids.systems));
  return issues;
}

/** One issue per strongly connected group of systems in the dependsOn graph. */
function cycleIssues(input: Rec, systemIds: Map<string, number>): ModelIssue[] {
  const deps = new Map<string, string[]>();
  for (const [, s] of entries(input, "systems")) {
    const id = str(s.id);
    if (id === undefined || deps.has(id)) continue;
    const list = Array.isArray(s.dependsOn) ? s.dependsOn.filter((d): d is string => typeof d === "string" && systemIds.has(d)) : [];
    deps.set(id, [...new Set(list)].sort());
  }
  const issues: ModelIssue[] = [];
  for (const component of stronglyConnected(deps)) {
    const members = new Set(component);
    const start = [...component].sort()[0];
    if (component.length === 1 && !deps.get(start)!.includes(start)) continue;
    // Walk from the smallest id along the smallest in-group dependency until a repeat.
    const walk: string[] = [];
    const seen = new Map<string, number>();
    let cur = start;
    while (!seen.has(cur)) {
      seen.set(cur, walk.length);
      walk.push(cur);
      cur = deps.get(cur)!.find((d) => members.has(d))!;
    }
    const cycle = [...walk.slice(seen.get(cur)!), cur];
    const others = [...members].filter((m) => !cycle.includes(m)).sort();
    issues.push({
      path: `systems[${systemIds.get(cycle[0])}].dependsOn`,
      message: `dependency cycle: ${cycle.join(" → ")}${others.length ? ` (also entangled: ${others.join(", ")})` : ""}`,
    });
  }
  return issues;
}

/** Tarjan's algorithm, iterative so that long dependency chains cannot overflow the stack. */
function stronglyConnected(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let counter = 0;
  for (const root of [...graph.keys()].sort()) {
    if (index.has(root)) continue;
    const frames: Array<{ node: string; next: number }> = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const edges = graph.get(frame.node)!;
      if (frame.next < edges.length) {
        const to = edges[frame.next++];
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          frames.push({ node: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        }
        continue;
      }
      frames.pop();
      if (frames.length > 0) {
        const parent = frames[frames.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        out.push(component);
      }
    }
  }
  return out;
}

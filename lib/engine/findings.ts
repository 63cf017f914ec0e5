// Findings: one per problem, each saying what is wrong and what would fix it,
// in words for the continuity committee rather than for engineers: no field
// names of the model, and no scenario ids in the text (a finding carries its
// scenario; whoever shows it names the scenario in their own words).
import type { ScenarioDetail } from "./assess";
import type { Compiled, CSystem } from "./compile";
import { formatInstant } from "./instant";
import type { CronSpec } from "./cron";
import type { PathStream } from "./paths";
import type { PathRef, RpoCandidate } from "./rpo";
import { firesBetween, largestGap, type CompiledSchedule } from "./schedule";
import { soloTransferMinutes, testMinutes } from "./rto";
import type { Finding, SystemAge } from "./types";
import { formatDuration as dur, formatGB, formatMiB, formatRate } from "./words";

const label = (s: CSystem) => (s.name === s.id ? s.id : `${s.name} (${s.id})`);
const day = (epochMinutes: number) => formatInstant(epochMinutes).slice(0, 10);

export function globalFindings(c: Compiled, ages: SystemAge[]): Finding[] {
  const out: Finding[] = [];
  for (const s of c.systems) {
    const missing = [s.rpo === null ? "RPO" : null, s.rto === null ? "RTO" : null].filter((x) => x !== null);
    if (missing.length > 0) {
      out.push({
        severity: "warning",
        code: "NO_TARGET",
        system: s.id,
        message: `${label(s)} has no ${missing.join(" or ")} target, so nothing can be checked against it; set ${missing.length > 1 ? "them" : "it"} from the business impact analysis (the tightest target of the processes it supports).`,
      });
    }
    const age = ages[s.index].currentAge;
    if (age.status === "no-evidence") {
      out.push({
        severity: "warning",
        code: "NO_EVIDENCE",
        system: s.id,
        message: `No restore point of ${label(s)} has been recorded, so nobody can show that its backups run; import its backup history.`,
      });
    } else if (age.status === "exceeded" || age.status === "severe" || age.status === "critical") {
      out.push({
        severity: age.status === "exceeded" ? "warning" : "error",
        code: "AGE_EXCEEDED",
        system: s.id,
        message: `The newest restore point of ${label(s)} is ${dur(age.minutes)} old, beyond its RPO of ${dur(s.rpo)} (${age.status}); check that its backup job runs and succeeds.`,
      });
    }
    out.push(...staleTests(c, s));
  }
  for (const p of c.processes) {
    if (p.mtd !== null) continue;
    out.push({
      severity: "warning",
      code: "NO_TARGET",
      process: p.id,
      message: `Process ${p.id} has no maximum tolerable downtime (MTD), so its recovery cannot be checked; set one in the business impact analysis.`,
    });
  }
  return out;
}

function staleTests(c: Compiled, s: CSystem): Finding[] {
  const out: Finding[] = [];
  const oldest = c.assessedAt - c.testValidity;
  for (const location of new Set(c.tests[s.index].map((t) => t.location))) {
    const tests = c.tests[s.index].filter((t) => t.location === location && t.date <= c.assessedAt);
    if (tests.length === 0 || tests.some((t) => t.date >= oldest)) continue;
    const last = tests[tests.length - 1];
    out.push({
      severity: "warning",
      code: "STALE_TEST",
      system: s.id,
      message: `The last restore test of ${label(s)} from ${c.locations[location].name} was on ${day(last.date)}, older than the ${dur(c.testValidity)} a test stays valid, so estimates are used instead; repeat the test.`,
    });
  }
  return out;
}

export function scenarioFindings(c: Compiled, d: ScenarioDetail): Finding[] {
  const out: Finding[] = [];
  const scenario = d.view.sc.id;
  for (const s of c.systems) {
    const row = d.result.systems[s.index];
    if (!row.affected) continue;
    const chosen = d.chosen[s.index];
    const base = { severity: "error" as const, scenario, system: s.id };
    if (chosen === null) {
      out.push({ ...base, code: "NO_RECOVERY_PATH", message: noPathMessage(c, d, s) });
      continue;
    }
    if (!d.placement.placed[s.index]) {
      out.push({ ...base, code: "UNPLACED", host: row.rto.host as string, message: unplacedMessage(c, d, s) });
    }
    if (row.rpo.status === "breached") {
      out.push({ ...base, code: "RPO_BREACHED", message: rpoMessage(c, d, s, chosen) });
    }
    if (row.rto.status === "breached" && d.placement.placed[s.index]) {
      out.push({ ...base, code: "RTO_BREACHED", message: rtoMessage(c, d, s, chosen) });
    }
  }
  d.groups.forEach((g, i) => {
    if (g.result.consistent !== false) return;
    const group = c.groups[i];
    const missing = g.chosen.filter((x) => x.pit === null).map((x) => c.systems[x.system].id);
    const detail = missing.length
      ? `${missing.join(", ")} would have no usable point at the disaster`
      : `its members would come back from points ${dur(g.result.skewMinutes)} apart, more than the ${dur(group.maxSkew)} allowed`;
    out.push({
      severity: "error",
      code: "GROUP_INCONSISTENT",
      scenario,
      group: group.id,
      message: `Consistency group ${group.name} would not be consistent: ${detail}. Back its members up together (one policy, one schedule, one snapshot) so their points match.`,
    });
  });
  d.result.processes.forEach((p, i) => {
    if (p.mtdOk !== false) return;
    out.push({ severity: "error", code: "MTD_EXCEEDED", scenario, process: p.id, message: mtdMessage(c, d, i) });
  });
  return out;
}

function noPathMessage(c: Compiled, d: ScenarioDetail, s: CSystem): string {
  const hasAnything = s.policies.length > 0 || c.replicas[s.index].length > 0 || c.points[s.index].length > 0;
  if (!hasAnything) return `${label(s)} has no backup and no replica at all; add it to a backup policy.`;
  const { sc } = d.view;
  if (sc.kind === "ransomware") {
    return `No copy of ${label(s)} is both older than the infection (clean before ${formatInstant(sc.cleanBefore as number)}) and out of the attacker's reach (offline, or still locked at the attack). Add offline media or an immutable copy locked longer than ${dur(d.view.shift, "up")} plus the time between backups.`;
  }
  if (sc.kind === "site") {
    const lost = [...sc.lostSites].map((i) => c.sites[i]).join(", ");
    // With no path left, every replica it has is on a lost site: saying so keeps replication among
    // the fixes for whoever put the standby copy in the same building.
    const replicas = c.replicas[s.index].map((r) => c.locations[r.location].name);
    const own = replicas.length === 0 ? "" : ` (its replica${replicas.length > 1 ? "s" : ""} on ${replicas.join(", ")} ${replicas.length > 1 ? "are" : "is"} lost with ${lost})`;
    return `No copy of ${label(s)} survives the loss of ${lost}. Keep a copy at another site: a cloud copy, rotated media or a replica${own}.`;
  }
  return `${label(s)} has no usable copy. Add it to a backup policy.`;
}

function unplacedMessage(c: Compiled, d: ScenarioDetail, s: CSystem): string {
  const h = d.view.recoveryHost[s.index];
  const host = c.hosts[h];
  if (d.view.hostLost[h]) {
    return `${label(s)} is to be restored to ${host.name}, which is lost in this scenario, so it cannot run anywhere. Set a recovery host for it in this scenario, one that survives.`;
  }
  const left = d.placement.leftWhenTried.get(s.index) ?? 0;
  return `${label(s)} needs ${formatMiB(s.needMiB)} on ${host.name} (its RAM plus the per-VM overhead) but only ${formatMiB(left)} of ${formatMiB(host.availableMiB)} is left when its turn comes. Add memory to ${host.name}, restore it to another host, or keep a standby host ready.`;
}

function rpoMessage(c: Compiled, d: ScenarioDetail, s: CSystem, chosen: RpoCandidate): string {
  const worst = d.rpo[s.index]!.worst;
  const target = s.rpo as number;
  const loc = c.locations[chosen.location].name;
  const { ransomware, shift } = d.view;
  const head = Number.isFinite(worst)
    ? `${label(s)} could lose up to ${dur(worst)} of data, more than its RPO of ${dur(target)}.`
    : `${label(s)} could lose an unbounded amount of data: at some moments no copy is usable${ransomware ? " that is both clean and out of the attacker's reach" : ""}.`;
  if (target === 0 && ransomware) {
    return `${head} Nothing meets an RPO of 0 in a ransomware attack: a replica carries the attack along, and only points from before the infection count. Agree a larger RPO for this scenario.`;
  }
  if (target === 0) {
    return `${head} Only replication with no lag meets an RPO of 0: keep a replica that trails by nothing, or agree a larger RPO.`;
  }
  if (ransomware && shift >= target) {
    return `${head} Only points from before the infection count, and it is assumed to have begun ${dur(shift)} before the attack (the last instant known clean): that alone uses up the target, so no backup schedule can meet it. Detect infections sooner, or agree a larger RPO for this scenario.`;
  }
  if (chosen.replica) {
    return `${head} Its best copy is the replica on ${loc}, ${dur(chosen.lag)} behind; keep replication lag under ${dur(target, "down")}.`;
  }
  if (chosen.paths.length === 0) {
    return `${head} Only recorded restore points exist on ${loc}; add ${s.id} to a backup policy.`;
  }
  const { set } = d;
  const best = chosen.paths.reduce((a, b) => (set.pathWorst(b) < set.pathWorst(a) ? b : a)); // first of the smallest
  const path = d.rpoModel.streams(best.policy)[best.path];
  const own = set.pathWorst(best);
  const policy = c.policies[best.policy];
  if (!Number.isFinite(own)) {
    return `${head} Keep the copies on ${loc} locked (immutable) for longer than ${dur(shift, "up")} plus the time between backups, or add offline media.`;
  }
  const reach = ransomware ? "clean, protected copy" : "surviving copy";
  switch (path.kind) {
    case "target":
    case "immediate": {
      // Paced by the backups themselves: the worst case is their largest gap plus what the path
      // adds to it (window, copy lag; in ransomware the clean boundary when that is longer).
      const needed = target - (own - path.cadence);
      const where = path.kind === "target" ? `the backups on ${loc} by the policy “${policy.name}”` : `the copy on ${loc} made after each backup by the policy “${policy.name}”`;
      const replicate = mayAddReplica(c, d, s) ? " or add replication" : "";
      const fix =
        needed > 0
          ? `back up at least every ${dur(needed, "down")}`
          : path.kind === "immediate"
            ? `the backup window and copy lag alone take ${dur(path.delay)}; shorten them${replicate}`
            : `the backup window alone takes ${dur(path.delay)}; shorten it${replicate}`;
      return `${head} Its newest ${reach} is ${where}, which run up to ${dur(path.cadence)} apart; ${fix}.`;
    }
    case "scheduled":
    case "rotation":
      return `${head} ${copyAdvice(c, d, best, own, target, reach, loc, mayAddReplica(c, d, s))}.`;
  }
}

const DAY = 1440;

/**
 * Why a scheduled copy or rotated media are too old, and what would fix it. A copy that runs
 * every C takes the newest point usable then; with backups every B, each usable a window w
 * after it starts, and the copy landing a lag L after it runs, it is at worst C + L + the age
 * of the point it took, which is under B + w: so under B + w + L + C, whatever the times of day.
 * Made immediately after each backup it is at worst B + w + L, and no copy schedule does better:
 * when that floor exceeds the target, copying more often cannot help and the backups must run
 * more often. In ransomware a point must also be older than the clean boundary, so the floor is
 * B + max(w + L, clean boundary).
 */
function copyAdvice(c: Compiled, d: ScenarioDetail, best: PathRef, own: number, target: number, reach: string, loc: string, replicate: boolean): string {
  const streams = d.rpoModel.streams(best.policy);
  const path = streams[best.path];
  const window = c.policies[best.policy].window;
  const jobs = streams[0].cadence;
  const lag = path.delay;
  const { ransomware, shift } = d.view;
  const reachDelay = Math.max(window + lag, ransomware ? shift : 0);
  const floor = jobs + reachDelay;
  const rotation = path.kind === "rotation";
  const what = rotation ? `The off-site copy on ${loc} is up to ${dur(own)} old` : `Its newest ${reach} is the scheduled copy on ${loc}, up to ${dur(own)} old`;
  if (floor > target) {
    const every = target - reachDelay;
    if (every <= 0) {
      // A clean boundary that alone uses up the target was reported above; here it is the delays.
      const delays = lag > 0 ? `the backup window and ${rotation ? "the media's travel" : "the copy lag"} alone take` : "the backup window alone takes";
      const shorter = replicate ? `Only replication can meet it, unless ${lag > 0 ? "they get" : "it gets"} shorter` : `Shorten ${lag > 0 ? "them" : "it"}, or agree a larger RPO${ransomware ? " for this scenario" : ""}`;
      return `${what}, and no backup schedule can meet the target: ${delays} ${dur(window + lag)}. ${shorter}`;
    }
    const clean = ransomware && shift > window + lag ? ", counting only points from before the infection" : "";
    const copyEach = rotation ? "copy each backup off site immediately after it (a cloud copy)" : `copy each backup to ${loc} immediately after it`;
    return `${what}, and ${rotation ? "rotating" : "copying"} more often is not enough: the backups run up to ${dur(jobs)} apart, so even a copy made immediately after each backup would be up to ${dur(floor)} old${clean}. Back up at least every ${dur(every, "down")} and ${copyEach}${replicate ? ", or add replication" : ""}`;
  }
  // The longest interval that meets the target whatever the time of day.
  const spare = target - floor;
  if (!rotation) {
    const options = [`copy each backup to ${loc} immediately after it`];
    if (spare >= 1) options.push(`at least every ${dur(spare, "down")}`);
    // As often as now (no more often than the backups run), the copy is at worst its interval
    // plus its lag plus the age of the backup it takes (in ransomware, the clean boundary when
    // that is longer than the lag): what remains of the target is how old that backup may be.
    const fresh = target - path.cadence - Math.max(lag, ransomware ? shift : 0);
    const now = carriedAge(path, d.rpoModel.lo, d.rpoModel.hi);
    if (path.cadence >= jobs && fresh > window && now !== null) {
      options.push(`as often as now with a backup at most ${dur(fresh, "down")} old each time (now up to ${dur(now)})`);
    }
    return `${what}; ${options.join(", or ")}`;
  }
  if (spare >= 2 * DAY) return `${what}; rotate at least every ${dur(spare, "down")} or add a cloud copy`;
  const copy = c.policies[best.policy].copies[path.copy];
  const daily = dailyGap(copy.schedule, d.rpoModel.lo, d.rpoModel.hi);
  if (spare >= daily) return `${what}; rotate daily or add a cloud copy`;
  // Daily, the media are at worst a day (the longest, across a clock change) plus their travel
  // plus the age of the backup they left with: what remains of the target is how old that may be.
  const fresh = target - daily - lag;
  if (fresh > window) {
    const now = carriedAge(path, d.rpoModel.lo, d.rpoModel.hi);
    return `${what}; rotate daily, the media leaving each time with a backup at most ${dur(fresh, "down")} old${now === null ? "" : ` (now up to ${dur(now)})`}, or add a cloud copy`;
  }
  return `${what}; rotating media cannot meet this target even daily: add a cloud copy${spare >= 1 ? ` at least every ${dur(spare, "down")}, or one` : ""} made immediately after each backup`;
}

// Both are asked once per finding, of objects one assessment shares (a policy's copy schedule,
// its path over the window): computed once each.
const dailyGaps = new WeakMap<CompiledSchedule, number>();
const carriedAges = new WeakMap<PathStream, number | null>();

/** The longest gap of a daily departure at the schedule's first time of day, clock changes included. */
function dailyGap(schedule: CompiledSchedule | null, lo: number, hi: number): number {
  if (schedule === null || schedule.kind === "every") return DAY;
  let gap = dailyGaps.get(schedule);
  if (gap === undefined) dailyGaps.set(schedule, (gap = dailyGapOf(schedule, lo, hi)));
  return gap;
}

function dailyGapOf(schedule: CompiledSchedule & { kind: "cron" }, lo: number, hi: number): number {
  const { spec, zone } = schedule;
  const daily: CronSpec = {
    minutes: [spec.minutes[0]],
    hours: [spec.hours[0]],
    daysOfMonth: spec.daysOfMonth.map(() => true),
    months: spec.months.map(() => true),
    daysOfWeek: spec.daysOfWeek.map(() => true),
    eitherDay: false,
    everyHour: false,
  };
  return Math.max(DAY, largestGap(firesBetween({ kind: "cron", spec: daily, zone }, lo - 2 * DAY, hi)));
}

/** Oldest age a backup had when the media left with it, over the window; null when none left. */
function carriedAge(path: PathStream, lo: number, hi: number): number | null {
  let age = carriedAges.get(path);
  if (age === undefined) carriedAges.set(path, (age = carriedAgeOf(path, lo, hi)));
  return age;
}

function carriedAgeOf(path: PathStream, lo: number, hi: number): number | null {
  const { b, v } = path.steps;
  let age: number | null = null;
  for (let k = 0; k < b.length; k++) {
    const left = b[k] - path.delay;
    if (left >= lo && left <= hi) age = Math.max(age ?? 0, left - v[k]);
  }
  return age;
}

function rtoMessage(c: Compiled, d: ScenarioDetail, s: CSystem, chosen: RpoCandidate): string {
  const plan = d.plans[s.index]!;
  const target = s.rto as number;
  const loc = c.locations[chosen.location];
  if (plan.ready === null) {
    const blockers = s.deps.filter((x) => d.result.systems[x].affected && d.result.systems[x].rto.achievableMinutes === null);
    return `${label(s)} cannot be ready: it depends on ${blockers.map((x) => c.systems[x].id).join(", ")}, which cannot be recovered in this scenario. Fix ${blockers.length > 1 ? "those" : "that"} first.`;
  }
  const head = `${label(s)} would be back after ${dur(plan.ready)}, more than its RTO of ${dur(target)}.`;
  const fixed = plan.start + (plan.test ? 0 : s.bootVerify);
  if (plan.test) return `${head} ${testAdvice(c, d, s, chosen.location)}`;
  if (plan.waitedFor !== null && plan.waitedFor + s.bootVerify > target) {
    const slow = s.deps.filter((x) => d.plans[x]?.ready === plan.waitedFor).map((x) => c.systems[x].id);
    return `${head} It has to wait until ${slow.join(", ") || "its dependencies"} ${slow.length > 1 ? "are" : "is"} ready at ${dur(plan.waitedFor)}; recover ${slow.length > 1 ? "those" : "that"} faster.`;
  }
  if (fixed >= target) {
    return `${head} Even with no data to move, the restore start (${dur(plan.start)}) and boot and verification (${dur(s.bootVerify)}) take ${dur(fixed)}; ${startCause(c, d, s, chosen.location)?.advice ?? "start the restore sooner"}, or shorten boot and checks.`;
  }
  if (chosen.replica) return `${head} Failing over to the replica on ${loc.name} starts at ${dur(plan.start)}.`;
  const sizeMB = s.usedGB * 1000;
  const needed = sizeMB / ((target - fixed) * 60);
  const solo = Math.min(loc.stream, loc.throughput);
  const alone = soloTransferMinutes(c, s.index, chosen.location);
  if (needed > solo) {
    // Reading alone over the target is the case where no earlier start or faster boot could help.
    const over = alone > target ? ` The transfer alone takes ${dur(alone)}, more than the RTO by itself.` : "";
    const cause = startCause(c, d, s, chosen.location);
    const most = cause !== null && plan.start * 2 >= (plan.ready as number);
    const fixes = [most ? cause.sooner : "", "use faster storage or network", mayAddReplica(c, d, s) ? "restore from a replica" : "", "prove a faster restore with a test"].filter(Boolean);
    const start = most ? ` Most of the time is the restore start of ${dur(plan.start)}, set by ${cause.by}.` : "";
    return `${head} Restoring ${formatGB(s.usedGB)} in time needs ${formatRate(needed, "up")}; ${loc.name} gives ${formatRate(solo, "down")} to one restore.${over}${start} ${capitalise(orList(fixes))}.`;
  }
  const begin = plan.begin as number;
  const transfer = (plan.transferEnd as number) - begin;
  const average = transfer > 0 ? sizeMB / (transfer * 60) : solo;
  const waited = begin - plan.start;
  const how = [waited > 0 ? `waits ${dur(waited)} for a free stream` : "", average < solo ? `reads at ${formatRate(average)} on average instead of ${formatRate(solo)}` : ""].filter(Boolean);
  return `${head} Alone it would read from ${loc.name} in ${dur(alone)}, but other restores share it: it ${how.join(" and ")}. Add streams or throughput to ${loc.name}, or raise its priority.`;
}

/**
 * Why a restore measured by a test is too slow, and what would help. The restore start comes
 * first when it is most of the time (in a ransomware scenario the containment usually is), and
 * when it alone is beyond the RTO nothing else can help; a replica is offered only where one
 * would count and the system has none.
 */
function testAdvice(c: Compiled, d: ScenarioDetail, s: CSystem, location: number): string {
  const plan = d.plans[s.index]!;
  const test = plan.test!;
  const target = s.rto as number;
  const ready = plan.ready as number;
  const took = testMinutes(c, s.index, test);
  const cause = startCause(c, d, s, location);
  const slow = plan.waitedFor === null ? [] : s.deps.filter((x) => d.plans[x]?.ready === plan.waitedFor).map((x) => c.systems[x].id);
  const waits = plan.waitedFor === null ? "" : `, and after ${slow.join(", ") || "its dependencies"} ${slow.length > 1 ? "are" : "is"} ready at ${dur(plan.waitedFor)}`;
  const what = `Its restore test of ${day(test.date)} from ${c.locations[location].name} took ${dur(test.minutes)}${took > test.minutes ? ` (${dur(took)} at today's ${formatGB(s.usedGB)})` : ""}, after a restore start of ${dur(plan.start)}${cause ? `, set by ${cause.by}` : ""}${waits}`;
  if (cause !== null && plan.start >= target) {
    return `${what}; that start alone is more than the RTO: ${cause.sooner}, or agree a longer RTO${d.view.ransomware ? " for this scenario" : ""}.`;
  }
  const fixes: string[] = [];
  if (cause !== null && plan.start * 2 >= ready) fixes.push(cause.sooner);
  if (plan.waitedFor !== null) fixes.push(`recover ${slow.length > 1 ? "those" : slow.length === 1 ? slow[0] : "them"} faster`);
  fixes.push("make the restore faster and test it again");
  if (mayAddReplica(c, d, s)) fixes.push("keep a standby replica");
  return `${what}; ${orList(fixes)}.`;
}

/**
 * Replication as a fix: never in a ransomware scenario (a replica carries the attack along, so
 * it never counts there), and not for a system that already has a replica (its own advice says
 * what to change).
 */
function mayAddReplica(c: Compiled, d: ScenarioDetail, s: CSystem): boolean {
  return !d.view.ransomware && c.replicas[s.index].length === 0;
}

/** "a", "a, or b", "a, b, or c": the comma keeps "faster storage or network, or a test" apart. */
function orList(items: string[]): string {
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(", ")}, or ${items[items.length - 1]}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * What sets the restore start: its largest part, of declaring the disaster, containing an
 * attack, retrieving the copy and having the recovery host ready (null when it is 0). `by` names
 * it after "set by", `sooner` is what would bring it forward, `advice` adds how long it takes.
 */
function startCause(c: Compiled, d: ScenarioDetail, s: CSystem, location: number): { by: string; sooner: string; advice: string } | null {
  const loc = c.locations[location];
  const host = c.hosts[d.view.recoveryHost[s.index]];
  const { declare, containment } = d.view.sc;
  const parts = [
    { minutes: declare, by: "declaring the disaster", sooner: "declare the disaster sooner", takes: `declaring takes ${dur(declare)}` },
    { minutes: containment, by: "containing the attack", sooner: "contain the attack sooner", takes: `containment takes ${dur(containment)}` },
    { minutes: loc.retrieval, by: `retrieving the copy from ${loc.name}`, sooner: "keep a copy that needs no retrieval", takes: `fetching it from ${loc.name} takes ${dur(loc.retrieval)}` },
    { minutes: host.readyAfter, by: `${host.name} being ready`, sooner: `have ${host.name} ready sooner`, takes: `it takes ${dur(host.readyAfter)}` },
  ];
  const largest = parts.reduce((a, b) => (b.minutes > a.minutes ? b : a));
  return largest.minutes > 0 ? { by: largest.by, sooner: largest.sooner, advice: `${largest.sooner} (${largest.takes})` } : null;
}

/** Why an affected system has no achievable RTO, in a few words. */
function whyUnbounded(c: Compiled, d: ScenarioDetail, s: number): string {
  const host = c.hosts[d.view.recoveryHost[s]].name;
  if (d.chosen[s] === null) return "has no surviving copy";
  if (!d.placement.placed[s]) return d.view.hostLost[d.view.recoveryHost[s]] ? `would be restored to ${host}, which is lost` : `does not fit on ${host}`;
  const blockers = c.systems[s].deps.filter((x) => d.result.systems[x].affected && d.result.systems[x].rto.achievableMinutes === null);
  return `waits for ${blockers.map((x) => c.systems[x].id).join(", ")}`;
}

function mtdMessage(c: Compiled, d: ScenarioDetail, index: number): string {
  const p = c.processes[index];
  const result = d.result.processes[index];
  const rows = p.systems.map((s) => d.result.systems[s]).filter((r) => r.affected);
  if (result.rtoMinutes === null) {
    const stuck = p.systems.filter((s) => d.result.systems[s].affected && d.result.systems[s].rto.achievableMinutes === null);
    const reasons = stuck.map((s) => `${c.systems[s].id} ${whyUnbounded(c, d, s)}`);
    return `Process ${p.id} cannot be recovered within any time: ${reasons.join("; ")}. Until that is fixed it cannot meet its MTD of ${dur(p.mtd)}.`;
  }
  if (rows.length === 0) {
    return `Process ${p.id} loses none of its systems, but its work recovery time alone (${dur(p.wrt)}) exceeds its MTD of ${dur(p.mtd)}; revisit both with the business impact analysis.`;
  }
  const slowest = rows.reduce((a, b) => ((b.rto.achievableMinutes ?? 0) > (a.rto.achievableMinutes ?? 0) ? b : a));
  return `Process ${p.id} would be down ${dur(result.rtoMinutes)} plus ${dur(p.wrt)} of work recovery, beyond its MTD of ${dur(p.mtd)} by ${dur(-(result.slackMinutes as number))}. Its slowest system is ${slowest.id} (${dur(slowest.rto.achievableMinutes)}); recover it faster or agree a longer MTD.`;
}

import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { assessModel } from "@/lib/engine";
import { notFound } from "@/lib/errors";
import { assessPlan } from "@/lib/recovery/assess-plan";
import { pathScenario, pathVariantModel, systemLocations } from "@/lib/recovery/dashboard/paths";
import { inheritedRtoWords } from "@/lib/priorities/effective-targets";
import { tightestFunctions } from "@/lib/priorities/inherit-targets";
import { inheritedRtoSentence } from "@/lib/recovery/inherited-rto";
import { hostNames, locationNames } from "@/lib/recovery/model-names";
import { restoreWorking } from "@/lib/recovery/restore-working";

/**
 * One system's readiness: where its targets come from (an RTO passed down from a system that
 * depends on it says so, as do the findings that name it), per scenario its RPO (worst case, at the
 * disaster, the location it restores from, with the locations' names) and its RTO breakdown (saying when a measured
 * restore is used instead of failing over to its replica, and how an estimate is worked out from
 * the size and rate entered), every path with its own worst
 * case, its measured restores, and its findings. A VM whose memory or used size is not set is
 * not assessed (`incomplete` says which is missing); `cutDependencies` are what it depends on that
 * the assessment leaves out; `leftOutGroups` the consistency groups it belongs to that the
 * assessment leaves out for having fewer than two systems in the model (whether it is one of them or not).
 */
export async function getSystemReadiness({ actor, planId, systemId, now = new Date() }: { actor: Actor; planId: string; systemId: string; now?: Date }) {
  const result = await assessPlan({ actor, planId, now });
  const system = await db.system.findFirst({
    where: { id: systemId, orgId: actor.orgId, planId },
    select: { id: true, name: true, kind: true, host: { select: { key: true, name: true } }, functions: { orderBy: { name: "asc" }, select: { id: true, name: true, rpoMinutes: true, rtoMinutes: true } } },
  });
  if (!system) throw notFound("The system");
  const [measurements, scenarios, locations, hosts] = await Promise.all([
    db.exerciseMeasurement.findMany({
      where: { orgId: actor.orgId, systemId: system.id, exercise: { planId } },
      orderBy: [{ exercise: { conductedOn: "desc" } }, { id: "asc" }],
      select: { id: true, locationKey: true, restoreMinutes: true, usedGB: true, dataLossMinutes: true, exercise: { select: { title: true, conductedOn: true } } },
    }),
    db.scenario.findMany({ where: { orgId: actor.orgId, planId }, orderBy: { key: "asc" }, select: { key: true, name: true } }),
    locationNames(actor, planId),
    hostNames(actor, planId),
  ]);
  const inherited = result.inheritedRto.find((i) => i.system === system.name);
  const targets = {
    rpo: tightestFunctions(system.functions.map((f) => ({ name: f.name, value: f.rpoMinutes }))),
    rto: inherited
      ? { minutes: inherited.minutes, from: [], inherited: inheritedRtoWords(inherited) }
      : { ...tightestFunctions(system.functions.map((f) => ({ name: f.name, value: f.rtoMinutes }))), inherited: null },
  };
  const incomplete = result.incomplete.find((i) => i.system === system.name) ?? null;
  const base = {
    system,
    targets,
    measurements,
    scenarioNames: Object.fromEntries(scenarios.map((s) => [s.key, s.name])),
    locationNames: locations,
    hostNames: hosts,
    modelled: system.host !== null && incomplete === null,
    incomplete,
    cutDependencies: result.cutDependencies.filter((c) => c.system === system.name),
    leftOutGroups: result.leftOutGroups.filter((g) => g.modelled.includes(system.name) || g.leftOut.some((m) => m.system === system.name)),
  };
  if (!result.ok || !base.modelled) return { ...base, issues: result.ok ? [] : result.issues, perScenario: [], paths: [], findings: [], age: null };

  const name = system.name;
  const replicaAt = new Set((result.model.replicas ?? []).filter((r) => r.system === name).map((r) => r.location));
  const ransomware = new Set((result.model.scenarios ?? []).filter((sc) => sc.kind === "ransomware").map((sc) => sc.id));
  const perScenario = result.assessment.scenarios.flatMap((sc) =>
    sc.systems
      .filter((s) => s.id === name)
      .map((s) => {
        // The engine's fixed rule: a valid test from the location it restores from replaces failing
        // over to a replica there, which can make the system look slower than the replica would.
        // Not in ransomware, where a replica never counts anyway.
        const overReplica = s.affected && s.rto.source === "test" && s.rpo.location !== null && replicaAt.has(s.rpo.location) && !ransomware.has(sc.id);
        const testOverReplica = overReplica ? `${name} also has a replica at ${locations.get(s.rpo.location as string) ?? s.rpo.location}: this measured restore is used instead of failing over to it.` : null;
        const working = restoreWorking({ model: result.valid, row: s, locationName: (key) => locations.get(key) ?? key });
        return { scenario: sc.id, ...s, testOverReplica, working };
      }),
  );
  const variant = assessModel(pathVariantModel(result.model, name));
  const paths = systemLocations(result.model, name).map((location) => {
    const rpo = variant.ok ? variant.assessment.scenarios.find((sc) => sc.id === pathScenario(location))?.systems[0]?.rpo : undefined;
    return { location, worstCaseMinutes: rpo?.worstCaseMinutes ?? null, status: rpo?.status ?? null };
  });
  return {
    ...base,
    issues: [],
    perScenario,
    paths,
    findings: result.assessment.findings.filter((f) => f.system === name).map((f) => ({ ...f, note: f.code === "RTO_BREACHED" && inherited ? inheritedRtoSentence(inherited) : null })),
    age: result.assessment.systems.find((s) => s.id === name)?.currentAge ?? null,
  };
}

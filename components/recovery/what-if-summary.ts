/**
 * What a what-if draft changes, in words, next to the saved values ("memory 65536 → 131072 MiB"),
 * so the page says what was assessed, not only its effect. Pure, shared by the page and its tests.
 */
import { describeSchedule } from "@/components/recovery/setup/schedule-presets";
import { formatDuration } from "@/lib/engine";
import type { CopyDraft, WhatIfDraft, WhatIfOptions } from "@/lib/recovery/what-if";

type Saved = Pick<WhatIfOptions, "policies" | "locations" | "hosts" | "systems" | "scenarios">;

/** One changed element: "Host Cloud standby host", and each of its fields that the draft sets. */
export type DraftLine = { subject: string; changes: string[] };

const nameOf = (x: { key: string; name?: string }) => x.name ?? x.key;

function change(label: string, before: string, after: string): string {
  return before === after ? `${label} stays ${after}` : `${label} ${before} → ${after}`;
}

function given<T>(value: T | undefined, line: (value: T) => string): string[] {
  return value === undefined ? [] : [line(value)];
}

function describeCopy(copy: CopyDraft, locations: Saved["locations"]): string {
  const to = locations.find((l) => l.key === copy.to);
  const where = `adds a copy to ${to ? nameOf(to) : copy.to}`;
  const lag = copy.lagMinutes > 0 ? `, landing ${formatDuration(copy.lagMinutes)} later` : "";
  return copy.mode === "immediate" ? `${where} as soon as each backup lands${lag}` : `${where} every ${formatDuration(copy.everyMinutes)} from midnight UTC${lag}`;
}

export function describeDraft(saved: Saved, draft: WhatIfDraft): DraftLine[] {
  const lines: DraftLine[] = [];
  for (const d of draft.policies ?? []) {
    const p = saved.policies.find((x) => x.key === d.key);
    if (!p) continue;
    const schedule =
      d.cron !== undefined
        ? { cron: d.cron, timezone: d.timezone ?? p.timezone, everyMinutes: null, anchor: null }
        : d.everyMinutes !== undefined
          ? { cron: null, timezone: p.timezone, everyMinutes: d.everyMinutes, anchor: null }
          : undefined;
    const changes = [
      ...given(schedule, (s) => change("schedule", describeSchedule({ ...p, anchor: null }), describeSchedule(s))),
      ...given(d.windowMinutes, (w) => change("window", formatDuration(p.windowMinutes), formatDuration(w))),
      ...(d.addCopies ?? []).map((c) => describeCopy(c, saved.locations)),
    ];
    if (changes.length) lines.push({ subject: `Policy ${nameOf(p)}`, changes });
  }
  for (const d of draft.locations ?? []) {
    const l = saved.locations.find((x) => x.key === d.key);
    if (!l) continue;
    const mbps = (n: number | null) => (n === null ? "none (the throughput)" : `${n} MB/s`);
    const changes = [
      ...given(d.throughputMBps, (n) => change("throughput", `${l.throughputMBps} MB/s`, `${n} MB/s`)),
      ...given(d.streamMBps, (n) => change("per-stream limit", mbps(l.streamMBps), mbps(n))),
      ...given(d.maxStreams, (n) => change("parallel restore streams", String(l.maxStreams), String(n))),
      ...given(d.retrievalMinutes, (n) => change("retrieval time", formatDuration(l.retrievalMinutes), formatDuration(n))),
    ];
    if (changes.length) lines.push({ subject: `Location ${nameOf(l)}`, changes });
  }
  for (const d of draft.hosts ?? []) {
    const h = saved.hosts.find((x) => x.key === d.key);
    if (!h) continue;
    const changes = [
      ...given(d.ramMiB, (n) => change("memory", `${h.ramMiB} MiB`, `${n} MiB`)),
      ...given(d.reservedMiB, (n) => change("reserved memory", `${h.reservedMiB} MiB`, `${n} MiB`)),
      ...given(d.readyAfterMinutes, (n) => change("ready after", formatDuration(h.readyAfterMinutes), formatDuration(n))),
    ];
    if (changes.length) lines.push({ subject: `Host ${nameOf(h)}`, changes });
  }
  const systems = new Map<string, string[]>();
  const add = (system: string, words: string) => systems.set(system, [...(systems.get(system) ?? []), words]);
  const hostName = (key: string) => {
    const h = saved.hosts.find((x) => x.key === key);
    return h ? nameOf(h) : key;
  };
  for (const d of draft.recoveryHosts ?? []) {
    const s = saved.systems.find((x) => x.name === d.system);
    const sc = saved.scenarios.find((x) => x.key === d.scenario);
    if (!s || !sc) continue;
    const own = `its own host ${hostName(s.host)}`;
    const savedHost = s.recoveryHosts.find((r) => r.scenario === d.scenario)?.host;
    add(s.name, change(`recovery host in “${nameOf(sc)}”`, savedHost ? hostName(savedHost) : own, d.host === null ? own : hostName(d.host)));
  }
  for (const d of draft.replicas ?? []) {
    const l = saved.locations.find((x) => x.key === d.location);
    if (!saved.systems.some((x) => x.name === d.system) || !l) continue;
    add(d.system, `adds a replica at ${nameOf(l)}, ${formatDuration(d.lagMinutes)} behind`);
  }
  for (const [system, changes] of systems) lines.push({ subject: `System ${system}`, changes });
  return lines;
}

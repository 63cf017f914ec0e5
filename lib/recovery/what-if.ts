/**
 * What-if drafts: a policy's schedule or window, or a location's throughput or streams, changed
 * on the plan's rows before they become the model, so the engine shows the effect before anyone
 * saves the change. Pure: nothing is written.
 */
import type { RecoveryRows } from "@/lib/recovery/to-model";

export type PolicyDraft = {
  key: string;
  /** Exactly one of cron or everyMinutes replaces the schedule; neither keeps it. */
  cron?: string;
  timezone?: string;
  everyMinutes?: number;
  windowMinutes?: number;
};

export type LocationDraft = { key: string; throughputMBps?: number; streamMBps?: number | null; maxStreams?: number };

export type WhatIfDraft = { policies?: PolicyDraft[]; locations?: LocationDraft[] };

export function applyWhatIf(rows: RecoveryRows, draft: WhatIfDraft): RecoveryRows {
  const policies = new Map((draft.policies ?? []).map((p) => [p.key, p]));
  const locations = new Map((draft.locations ?? []).map((l) => [l.key, l]));
  return {
    ...rows,
    policies: rows.policies.map((p) => {
      const d = policies.get(p.key);
      if (!d) return p;
      const schedule =
        d.cron !== undefined
          ? { cron: d.cron, timezone: d.timezone ?? p.timezone, everyMinutes: null, anchor: null }
          : d.everyMinutes !== undefined
            ? { cron: null, everyMinutes: d.everyMinutes, anchor: p.cron === null ? p.anchor : null }
            : {};
      return { ...p, ...schedule, windowMinutes: d.windowMinutes ?? p.windowMinutes };
    }),
    locations: rows.locations.map((l) => {
      const d = locations.get(l.key);
      if (!d) return l;
      return {
        ...l,
        throughputMBps: d.throughputMBps ?? l.throughputMBps,
        streamMBps: d.streamMBps === undefined ? l.streamMBps : d.streamMBps,
        maxStreams: d.maxStreams ?? l.maxStreams,
      };
    }),
  };
}

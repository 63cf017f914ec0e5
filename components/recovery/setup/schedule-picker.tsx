"use client";

import { useMemo, useState } from "react";
import { nextRuns } from "@/lib/engine";
import { durationHint, readDurationText } from "@/lib/durations";
import { SelectField, TextField } from "@/components/ui/field";
import { formatRun, hhmm, HOUR_STEPS, presetCron, presetOf, WEEKDAYS, type Preset } from "@/components/recovery/setup/schedule-presets";

type Stored = { cron: string | null; timezone: string; everyMinutes: number | null; anchor: string | null };

const KINDS = [
  { value: "nightly", label: "Daily at a time" },
  { value: "hours", label: "Every N hours" },
  { value: "weekly", label: "Weekly on a day (e.g. a media rotation)" },
  { value: "custom", label: "Custom cron rule" },
  { value: "interval", label: "Every N minutes from an anchor instant" },
] as const;

const NO_TIME = "At: enter a time of day, e.g. 23:00.";

function initial(kind: Preset["kind"], from: Preset): Preset {
  if (from.kind === kind) return from;
  switch (kind) {
    case "nightly":
      return { kind, time: "23:00" };
    case "hours":
      return { kind, hours: 3 };
    case "weekly":
      return { kind, day: 5, time: "17:00" };
    case "custom":
      return { kind, cron: presetCron(from) || "0 23 * * *" };
    case "interval":
      return { kind, everyMinutes: "240", anchor: "2026-01-01T00:00:00Z" };
  }
}

/**
 * Picks a schedule from presets and shows the cron rule it makes and its next five runs in the
 * plan's time zone, computed by the engine itself (so what is shown is what is assessed). Posts
 * scheduleKind, cron, timezone, everyMinutes and anchor. Its choices live in React state, so the
 * form around it must not be one React resets after a save (submit it with useKeptRecordForm):
 * a reset put its selects back to their first options while the state, and the cron rule it
 * sends, kept what the user chose.
 */
export function SchedulePicker({
  stored,
  timezone,
  now,
  errors,
  legend = "Schedule",
}: {
  stored: Stored | null;
  timezone: string;
  now: string;
  errors?: Record<string, string>;
  legend?: string;
}) {
  const [preset, setPreset] = useState<Preset>(() => (stored ? presetOf(stored) : { kind: "nightly", time: "23:00" }));
  const zone = stored?.cron ? stored.timezone : timezone;
  const cron = presetCron(preset);
  // A cleared or half-typed time sends no rule (the save is refused): said here, by the field.
  const noTime = (preset.kind === "nightly" || preset.kind === "weekly") && hhmm(preset.time) === null;
  const runs = useMemo(() => {
    try {
      const schedule = preset.kind === "interval" ? { everyMinutes: readDurationText(preset.everyMinutes, "minutes") ?? Number.NaN, anchor: preset.anchor } : { cron: cron ?? "", timezone: zone };
      return { ok: true as const, list: nextRuns({ schedule, after: now, count: 5 }) };
    } catch (error) {
      return { ok: false as const, message: (error as Error).message };
    }
  }, [preset, cron, zone, now]);

  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium text-slate-800">{legend}</legend>
      <input type="hidden" name="scheduleKind" value={preset.kind === "interval" ? "interval" : "cron"} />
      <input type="hidden" name="timezone" value={zone} />
      {cron !== null ? <input type="hidden" name="cron" value={cron} /> : null}
      <SelectField
        name="preset"
        required
        label="Repeats"
        value={preset.kind}
        onChange={(e) => setPreset(initial(e.target.value as Preset["kind"], preset))}
        options={KINDS.map((k) => ({ value: k.value, label: k.label }))}
      />
      {preset.kind === "nightly" || preset.kind === "weekly" ? (
        <TextField
          name="presetTime"
          required
          label={`At (time of day, ${zone})`}
          type="time"
          value={preset.time}
          onChange={(e) => setPreset({ ...preset, time: e.target.value })}
          error={noTime ? NO_TIME : undefined}
        />
      ) : null}
      {preset.kind === "weekly" ? (
        <SelectField
          name="presetDay"
          required
          label="On"
          value={String(preset.day)}
          onChange={(e) => setPreset({ ...preset, day: Number(e.target.value) })}
          options={WEEKDAYS.map((d, i) => ({ value: String(i), label: d }))}
        />
      ) : null}
      {preset.kind === "hours" ? (
        <SelectField
          name="presetHours"
          required
          label="Every (hours)"
          hint={`Runs on the hour, starting at midnight ${zone}.`}
          value={String(preset.hours)}
          onChange={(e) => setPreset({ ...preset, hours: Number(e.target.value) })}
          options={HOUR_STEPS.map((h) => ({ value: String(h), label: h === 1 ? "1 hour" : `${h} hours` }))}
        />
      ) : null}
      {preset.kind === "custom" ? (
        <TextField
          name="cronText"
          required
          label="Cron rule"
          hint={`Five fields: minute hour day-of-month month day-of-week, read in ${zone}.`}
          value={preset.cron}
          onChange={(e) => setPreset({ kind: "custom", cron: e.target.value })}
          error={errors?.cron}
        />
      ) : null}
      {preset.kind === "interval" ? (
        <>
          <TextField
            name="everyMinutes"
            required
            label="Every (minutes)"
            hint={durationHint("minutes")}
            value={preset.everyMinutes}
            onChange={(e) => setPreset({ ...preset, everyMinutes: e.target.value })}
            error={errors?.everyMinutes}
          />
          <TextField
            name="anchor"
            required
            label="Anchor (an instant with its offset)"
            hint="Runs at the anchor plus whole multiples of the interval, e.g. 2026-01-01T00:15:00Z."
            value={preset.anchor}
            onChange={(e) => setPreset({ ...preset, anchor: e.target.value })}
            error={errors?.anchor}
          />
        </>
      ) : null}
      <div className="rounded bg-slate-50 p-2 text-sm" aria-live="polite">
        {cron ? (
          <p>
            Cron: <code data-testid="schedule-cron">{cron}</code> in {zone}
          </p>
        ) : null}
        {errors?.cron && preset.kind !== "custom" && !noTime ? <p className="text-red-700">{errors.cron}</p> : null}
        {errors?.timezone ? <p className="text-red-700">{errors.timezone}</p> : null}
        {noTime ? (
          <p>The next runs show once a time of day is entered.</p>
        ) : runs.ok ? (
          <>
            <p className="mt-1 font-medium">Next five runs</p>
            <ol aria-label="Next five runs" className="list-decimal pl-5">
              {runs.list.map((run) => (
                <li key={run}>{formatRun(run)}</li>
              ))}
            </ol>
          </>
        ) : (
          <p className="text-red-700">This schedule cannot run: {runs.message}.</p>
        )}
      </div>
    </fieldset>
  );
}

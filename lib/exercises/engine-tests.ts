/**
 * Measured restores from test records, as the recovery engine's `tests` entries
 * (docs: /work/shared/recovery-model.md, `tests: [{ system, location, date, restoreMinutes, usedGB }]`).
 *
 * `system` is the app's System id and `location` the backup location key recorded with the
 * measurement; the model builder maps system ids to the model's ids when it assembles the whole
 * recovery model. Data loss is not part of the engine's `tests`: the engine derives the RPO
 * from the backup schedules; the measured loss is evidence shown with the test.
 */
export type MeasurementForEngine = {
  systemId: string;
  locationKey: string;
  restoreMinutes: number;
  usedGB: number | null;
  conductedOn: Date;
};

export type EngineTest = {
  system: string;
  location: string;
  date: string;
  restoreMinutes: number;
  usedGB?: number;
};

export function toEngineTests(measurements: MeasurementForEngine[]): EngineTest[] {
  return [...measurements]
    .sort((a, b) => a.conductedOn.getTime() - b.conductedOn.getTime() || a.systemId.localeCompare(b.systemId))
    .map((m) => ({
      system: m.systemId,
      location: m.locationKey,
      date: m.conductedOn.toISOString(),
      restoreMinutes: m.restoreMinutes,
      ...(m.usedGB === null || m.usedGB <= 0 ? {} : { usedGB: m.usedGB }),
    }));
}

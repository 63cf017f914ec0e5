import { formatDuration } from "@/lib/durations";
import type { Verdict } from "@/lib/exercises/target-check";
import { heldWords, notRecordedWords, todayWords } from "@/lib/exercises/verdict-words";

type ExerciseFields = { type: string; title: string; conductedOn: Date; result: string; objectives: string; successCriteria: string; narrative: string };

function fieldsOf(exercise: ExerciseFields) {
  return {
    type: exercise.type,
    title: exercise.title,
    conductedOn: exercise.conductedOn.toISOString().slice(0, 10),
    result: exercise.result,
    objectives: exercise.objectives,
    successCriteria: exercise.successCriteria,
    narrative: exercise.narrative,
  };
}

/** The fields of a test that the audit log records before and after a change. */
export function exerciseSnapshot(
  exercise: ExerciseFields & { functionIds?: string[]; systemIds?: string[]; scenarioIds?: string[]; participantIds?: string[] },
) {
  return {
    ...fieldsOf(exercise),
    functionIds: exercise.functionIds ?? [],
    systemIds: exercise.systemIds ?? [],
    scenarioIds: exercise.scenarioIds ?? [],
    participantIds: exercise.participantIds ?? [],
  };
}

const idsOf = (rows: { id: string }[]) => rows.map((row) => row.id);

/** The audited snapshot of a stored test, read with what it covers (its functions, systems, scenarios and participants). */
export function storedExerciseSnapshot(
  exercise: ExerciseFields & Record<"functions" | "systems" | "scenarios" | "participants", { id: string }[]>,
) {
  return exerciseSnapshot({
    ...exercise,
    functionIds: idsOf(exercise.functions),
    systemIds: idsOf(exercise.systems),
    scenarioIds: idsOf(exercise.scenarios),
    participantIds: idsOf(exercise.participants),
  });
}

type Named = { id: string; name: string };

/** A measured restore as a deleted test's audit row keeps it, with its verdict (decision 45). */
export type DeletedMeasurement = {
  id: string;
  systemId: string;
  system: string;
  locationKey: string;
  location: string;
  restoreMinutes: number;
  dataLossMinutes: number | null;
  usedGB: number | null;
  notes: string;
  verdict: Verdict;
};

/**
 * What the audit log keeps of a deleted test: its fields, what it covered and who took part by id
 * and name (names stay readable once those records are gone too), each measured restore in full
 * with a line a person reads as the test's page did ("SQL01 from NAS (nas): restored in 2 h 30 min
 * (RTO 2 h: missed by 30 min), lost 0 min of data (No RPO set)", then how today's targets differ
 * or that those of the time were not recorded) and the targets it was held against, and its files
 * by name.
 */
export function deletedExerciseSnapshot(exercise: ExerciseFields & {
  functions: Named[];
  systems: Named[];
  scenarios: Named[];
  participants: Named[];
  measurements: DeletedMeasurement[];
  attachments: { id: string; fileName: string; sha256: string }[];
  attachmentsKept: string[];
}) {
  return {
    ...fieldsOf(exercise),
    functions: exercise.functions,
    systems: exercise.systems,
    scenarios: exercise.scenarios,
    participants: exercise.participants,
    measurements: exercise.measurements.map(({ verdict, ...m }) => {
      const notes = [todayWords("RTO", verdict), todayWords("RPO", verdict), notRecordedWords(verdict)].filter((note): note is string => note !== null);
      const lost = m.dataLossMinutes === null ? "data lost not measured" : `lost ${formatDuration(m.dataLossMinutes)} of data`;
      const held = `${m.system} from ${m.location} (${m.locationKey}): restored in ${formatDuration(m.restoreMinutes)} (${heldWords("RTO", verdict)}), ${lost} (${heldWords("RPO", verdict)})`;
      return {
        label: notes.length ? `${held}. ${notes.join(" ")}` : held,
        ...m,
        rtoMinutes: verdict.check.rto?.target ?? null,
        rpoMinutes: verdict.check.rpo?.target ?? null,
        targetsRecorded: verdict.recorded,
      };
    }),
    attachments: exercise.attachments.map((a) => ({ id: a.id, name: a.fileName, sha256: a.sha256 })),
    attachmentsKept: exercise.attachmentsKept,
  };
}

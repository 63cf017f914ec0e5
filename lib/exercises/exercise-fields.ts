/** The fields of a test that the audit log records before and after a change. */
export function exerciseSnapshot(exercise: {
  type: string;
  title: string;
  conductedOn: Date;
  result: string;
  objectives: string;
  successCriteria: string;
  narrative: string;
  functionIds?: string[];
  systemIds?: string[];
  scenarioIds?: string[];
  participantIds?: string[];
}) {
  return {
    type: exercise.type,
    title: exercise.title,
    conductedOn: exercise.conductedOn.toISOString().slice(0, 10),
    result: exercise.result,
    objectives: exercise.objectives,
    successCriteria: exercise.successCriteria,
    narrative: exercise.narrative,
    functionIds: exercise.functionIds ?? [],
    systemIds: exercise.systemIds ?? [],
    scenarioIds: exercise.scenarioIds ?? [],
    participantIds: exercise.participantIds ?? [],
  };
}

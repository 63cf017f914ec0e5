import { typeLabel } from "@/components/exercises/format";
import { ResultBadge } from "@/components/exercises/result-badge";
import { formatDay } from "@/lib/days";
import type { EXERCISE_RESULTS, EXERCISE_TYPES } from "@/lib/exercises/schemas";

type Named = { id: string; name: string };

/** A test record for readers who may not change it (executives, auditors, archived plans). */
export function ExerciseDetails({
  exercise,
}: {
  exercise: {
    title: string;
    type: (typeof EXERCISE_TYPES)[number];
    result: (typeof EXERCISE_RESULTS)[number];
    conductedOn: Date;
    objectives: string;
    successCriteria: string;
    narrative: string;
    functions: Named[];
    systems: Named[];
    scenarios: Named[];
    participants: Named[];
    flag: string | null;
  };
}) {
  const names = (rows: Named[]) => (rows.length ? rows.map((r) => r.name).join(", ") : "None recorded");
  const rows: [string, React.ReactNode][] = [
    ["Type", typeLabel(exercise.type)],
    ["Date", formatDay(exercise.conductedOn)],
    ["Result", <ResultBadge key="result" result={exercise.result} flag={exercise.flag} />],
    ["Objectives", exercise.objectives || "Not recorded"],
    ["Success criteria", exercise.successCriteria || "Not recorded"],
    ["What happened", exercise.narrative || "Not recorded"],
    ["Scenarios covered", names(exercise.scenarios)],
    ["Systems in scope", names(exercise.systems)],
    ["Business functions in scope", names(exercise.functions)],
    ["Participants", names(exercise.participants)],
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-sm font-medium text-slate-500">{term}</dt>
          <dd className="whitespace-pre-line text-sm">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

"use client";

import Link from "next/link";
import { useActionState } from "react";
import { IDLE, type FormAction } from "@/lib/http/form-state";
import { EXERCISE_RESULT_LABELS, EXERCISE_RESULTS, EXERCISE_TYPE_LABELS, EXERCISE_TYPES } from "@/lib/exercises/schemas";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { FormMessage } from "@/components/ui/form-message";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { VersionField } from "@/components/ui/version-field";

type Option = { id: string; name: string };

const labelled = (rows: Option[]) => rows.map((row) => ({ id: row.id, label: row.name }));

export type ExerciseFormValues = {
  id: string;
  version: number;
  type: string;
  title: string;
  conductedOn: string;
  result: string;
  objectives: string;
  successCriteria: string;
  narrative: string;
  functionIds: string[];
  systemIds: string[];
  scenarioIds: string[];
  participantIds: string[];
};

/** Records a new test, or edits one (`exercise` given), with its scope and participants. */
export function ExerciseForm({
  action,
  planId,
  options,
  exercise,
  today,
  dateHint,
  canAddPeople,
}: {
  action: FormAction;
  planId: string;
  options: { functions: Option[]; systems: Option[]; scenarios: Option[]; people: Option[] };
  exercise?: ExerciseFormValues;
  today: string;
  /** What holds an existing test's date back, if anything: its open findings' earliest due date. */
  dateHint?: string;
  /** Whether the reader may add people to the organisation's register, on the People page. */
  canAddPeople: boolean;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  // After a failed save the form shows what the user typed, not the stored value.
  const typed = state.status === "error" ? state.values : undefined;
  const value = (name: keyof ExerciseFormValues & string) => typed?.[name] ?? (exercise?.[name] as string | undefined) ?? "";
  const list = (name: "functionIds" | "systemIds" | "scenarioIds" | "participantIds") =>
    typed ? (typed[name] ?? "").split(",").filter(Boolean) : (exercise?.[name] ?? []);
  const errors = state.fieldErrors ?? {};
  // A new test's form is its page's only content, so its heading is the page's; an existing
  // test's form sits under the test's own heading.
  const Heading = exercise ? "h2" : "h1";
  return (
    <form action={formAction} className="space-y-4" aria-labelledby="exercise-form-heading" noValidate key={exercise?.version}>
      <Heading id="exercise-form-heading" className="text-lg font-semibold">
        {exercise ? "Test record" : "Record a test"}
      </Heading>
      <input type="hidden" name="planId" value={planId} />
      {exercise ? (
        <>
          <input type="hidden" name="exerciseId" value={exercise.id} />
          <VersionField version={exercise.version} state={state} />
        </>
      ) : null}
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <TextField name="title" label="Title" required maxLength={160} defaultValue={value("title")} error={errors.title} hint="For example “Ransomware tabletop” or “SQL01 restore from the NAS”." />
        <SelectField
          name="type"
          label="Type of test"
          required
          defaultValue={value("type") || "walkthrough"}
          error={errors.type}
          options={EXERCISE_TYPES.map((type) => ({ value: type, label: EXERCISE_TYPE_LABELS[type] }))}
        />
        <TextField name="conductedOn" label="Date" type="date" required max={today} defaultValue={value("conductedOn")} error={errors.conductedOn} hint={dateHint} />
        <SelectField
          name="result"
          label="Result"
          required
          // No result is assumed: a test recorded in a hurry must not read as passed.
          defaultValue={value("result")}
          error={errors.result}
          options={[{ value: "", label: "Choose the result…" }, ...EXERCISE_RESULTS.map((result) => ({ value: result, label: EXERCISE_RESULT_LABELS[result] }))]}
        />
      </div>
      <TextAreaField name="objectives" label="Objectives (optional)" rows={2} defaultValue={value("objectives")} error={errors.objectives} />
      <TextAreaField name="successCriteria" label="Success criteria (optional)" rows={2} defaultValue={value("successCriteria")} error={errors.successCriteria} />
      <TextAreaField name="narrative" label="What happened (optional)" rows={4} defaultValue={value("narrative")} error={errors.narrative} />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <CheckboxGroup name="scenarioIds" legend="Scenarios covered" options={labelled(options.scenarios)} selected={list("scenarioIds")} error={errors.scenarioIds} empty="No disaster scenarios in this plan yet: add them under Risks & scenarios." />
        <CheckboxGroup name="systemIds" legend="Systems in scope" options={labelled(options.systems)} selected={list("systemIds")} error={errors.systemIds} empty="No systems recorded for this plan yet." />
        <CheckboxGroup name="functionIds" legend="Business functions in scope" options={labelled(options.functions)} selected={list("functionIds")} error={errors.functionIds} empty="No business functions yet: add them under Impact analysis." />
        <CheckboxGroup
          name="participantIds"
          legend="Participants"
          options={labelled(options.people)}
          selected={list("participantIds")}
          error={errors.participantIds}
          // People are added to the organisation's register, which Committee & ERT only picks from.
          empty={
            canAddPeople ? (
              <>
                No people in the register yet: add them on the{" "}
                <Link href="/people" className="text-blue-700 underline">
                  People page
                </Link>
                .
              </>
            ) : (
              "No people in the register yet. The committee adds them on the People page."
            )
          }
        />
      </div>
      <FormMessage state={state} />
      <SubmitButton>{exercise ? "Save test" : "Record test"}</SubmitButton>
    </form>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/context";
import { getExercise } from "@/lib/exercises/get-exercise";
import { getExerciseOptions } from "@/lib/exercises/get-exercise-options";
import { listMeasurementLocations } from "@/lib/exercises/list-measurement-locations";
import { dueHint, testBound } from "@/lib/findings/schemas";
import { testDateHint } from "@/lib/findings/due-early";
import { verdictMissSentences } from "@/lib/exercises/verdict-words";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { ExerciseForm } from "@/components/exercises/exercise-form";
import { ExerciseDetails } from "@/components/exercises/exercise-details";
import { MeasurementForm } from "@/components/exercises/measurement-form";
import { MeasurementsTable } from "@/components/exercises/measurements-table";
import { FindingForm } from "@/components/exercises/finding-form";
import { FindingsList } from "@/components/exercises/findings-list";
import { AttachmentUpload } from "@/components/exercises/attachment-upload";
import { AttachmentsList } from "@/components/exercises/attachments-list";
import { dayValue, latestToday } from "@/lib/days";
import { versionsText } from "@/lib/versions/version-evidence";
import { loadPlan } from "../../load-plan";
import { orNotFound } from "@/lib/http/or-not-found";
import { cache } from "react";
import {
  addMeasurementAction,
  closeFindingAction,
  createFindingAction,
  deleteAttachmentAction,
  deleteExerciseAction,
  removeMeasurementAction,
  updateExerciseAction,
  updateFindingAction,
} from "../actions";

export async function generateMetadata({ params }: { params: Promise<{ planId: string; exerciseId: string }> }): Promise<Metadata> {
  const { planId, exerciseId } = await params;
  const { actor } = await loadPlan(planId);
  return { title: (await loadExercise(actor, planId, exerciseId)).title };
}

/** What deleting the test does; evidence a plan version lists is kept for it (decision 18). */
function deleteTestText(exercise: { title: string; attachments: { fileName: string; keptForVersions: number[] }[] }) {
  const kept = exercise.attachments.filter((a) => a.keptForVersions.length);
  const versions = [...new Set(kept.flatMap((a) => a.keptForVersions))].sort((a, b) => a - b);
  const one = kept.length === 1;
  const pages = versions.length === 1 ? "that version's page" : "those versions' pages";
  const keptText = kept.length
    ? ` ${kept.map((a) => a.fileName).join(", ")} ${one ? "is" : "are"} kept, because ${versionsText(versions)} of the plan ${versions.length === 1 ? "refers" : "refer"} to ${one ? "it" : "them"}: ${one ? "it stays" : "they stay"} downloadable from ${pages}.`
    : "";
  return `“${exercise.title}” is deleted with its measurements and ${kept.length ? "its other attachments" : "attachments"}.${keptText} Its findings stay on the plan until closed.`;
}

// Once per request: the title and the page both ask (the actor is loadPlan's, itself cached).
const loadExercise = cache(async (actor: Actor, planId: string, exerciseId: string) => {
  return await orNotFound(getExercise({ actor, planId, exerciseId }));
});

export default async function TestPage({
  params,
  searchParams,
}: {
  params: Promise<{ planId: string; exerciseId: string }>;
  searchParams: Promise<{ finding?: string }>;
}) {
  const { planId, exerciseId } = await params;
  const { finding: editingId } = await searchParams;
  const { actor, plan } = await loadPlan(planId);
  const [exercise, options, locations] = await Promise.all([
    loadExercise(actor, planId, exerciseId),
    getExerciseOptions({ actor, planId }),
    listMeasurementLocations({ actor, planId }),
  ]);
  const canEdit = can(actor.role, "plan:edit") && plan.status !== "archived";
  const ref = { planId, exerciseId };
  const base = `/plans/${planId}/tests/${exerciseId}`;
  const editing = canEdit ? exercise.findings.find((f) => f.id === editingId && f.status !== "closed") : undefined;
  const due = dueHint(testBound(exercise));
  const now = new Date();
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <div>
          <Link href={`/plans/${planId}/tests`} className="text-sm text-blue-700 underline">
            Back to tests
          </Link>
          <h1 className="text-2xl font-semibold">{exercise.title}</h1>
        </div>
        {canEdit ? (
          <ConfirmForm
            action={deleteExerciseAction}
            fields={{ ...ref, version: String(exercise.version) }}
            label="Delete test"
            title="Delete this test?"
            body={deleteTestText(exercise)}
            confirmLabel="Delete test"
          />
        ) : null}
      </div>

      {exercise.flag ? (
        // The result stays as recorded (a test can meet its success criteria while a restore
        // misses a target); the page says so next to it rather than let "Passed" stand alone.
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950" data-testid="result-flag">
          <strong>{exercise.flag}.</strong>{" "}
          {canEdit
            ? "Record what it taught as findings below, or change the result if the test did not meet its success criteria."
            : "The committee records what it taught as findings."}
        </p>
      ) : null}

      <section className="rounded-lg border border-slate-200 bg-white p-5" aria-label="Test record">
        {canEdit ? (
          <ExerciseForm
            action={updateExerciseAction}
            planId={planId}
            options={options}
            today={dayValue(latestToday(now))}
            dateHint={testDateHint(exercise.findings)}
            canAddPeople={can(actor.role, "plan:edit")}
            exercise={{
              ...exercise,
              conductedOn: dayValue(exercise.conductedOn),
              functionIds: exercise.functions.map((r) => r.id),
              systemIds: exercise.systems.map((r) => r.id),
              scenarioIds: exercise.scenarios.map((r) => r.id),
              participantIds: exercise.participants.map((r) => r.id),
            }}
          />
        ) : (
          <ExerciseDetails exercise={exercise} />
        )}
      </section>

      <section aria-labelledby="measurements-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <div>
          <h2 id="measurements-heading" className="text-lg font-semibold">
            Measured restores
          </h2>
          <p className="text-sm text-slate-600">
            The recovery engine uses these as evidence of how long a restore from each backup location really takes. Each is held against its system&apos;s RTO and RPO as
            they were when it was recorded; where they have changed since, it says what it would show against today&apos;s.
          </p>
        </div>
        {exercise.todayFlag ? (
          // The record keeps its verdicts; whether the plan meets today's targets is the schedule's
          // question (decision 45), which this line answers for this test's restores.
          <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-800" data-testid="today-flag">
            {exercise.todayFlag}.
          </p>
        ) : null}
        {exercise.targets.missed ? (
          <ul className="list-inside list-disc rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950" aria-label="Measured restores that missed their targets">
            {exercise.measurements.flatMap((m) => {
              const sentences = verdictMissSentences(m.system.name, m.verdict);
              const from = locations.find((l) => l.key === m.locationKey)?.name ?? m.locationKey;
              return sentences.length ? [<li key={m.id}>{`${m.system.name} from ${from}: ${sentences.join(" ")}`}</li>] : [];
            })}
          </ul>
        ) : null}
        <MeasurementsTable measurements={exercise.measurements} locations={locations} remove={canEdit ? { action: removeMeasurementAction, ...ref } : undefined} />
        {canEdit ? <MeasurementForm action={addMeasurementAction} planId={planId} exerciseId={exerciseId} systems={options.systems} locations={locations} /> : null}
      </section>

      <section aria-labelledby="findings-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="findings-heading" className="text-lg font-semibold">
          Findings
        </h2>
        {exercise.findings.length === 0 && exercise.result === "passed_with_findings" ? (
          <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950">
            This test is recorded as passed with findings, but no finding is recorded yet:{" "}
            {canEdit ? "add them below, or change the result to Passed." : "the committee should add them."}
          </p>
        ) : exercise.findings.length === 0 ? (
          <p className="text-sm text-slate-600">No findings from this test.</p>
        ) : null}
        <FindingsList
          findings={exercise.findings}
          base={base}
          editingId={editing?.id}
          edit={canEdit ? { updateAction: updateFindingAction, closeAction: closeFindingAction, planId, people: options.people, dueHint: due } : null}
          now={now}
        />
        {canEdit && !editing ? <FindingForm action={createFindingAction} planId={planId} source={{ name: "exerciseId", id: exerciseId }} dueHint={due} people={options.people} /> : null}
      </section>

      <section aria-labelledby="attachments-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="attachments-heading" className="text-lg font-semibold">
          Evidence
        </h2>
        <AttachmentsList attachments={exercise.attachments} baseUrl={`${base}/attachments`} remove={canEdit ? { action: deleteAttachmentAction, ...ref } : undefined} />
        {canEdit ? <AttachmentUpload uploadUrl={`${base}/attachments`} /> : null}
      </section>
    </div>
  );
}

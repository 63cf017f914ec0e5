import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { type Shown } from "@/lib/concurrency/stale-edit";
import { choice, day, namedList, showFields } from "@/lib/concurrency/show-fields";
import { planRecords } from "@/lib/bia/scope";
import { EXERCISE_RESULT_LABELS, EXERCISE_TYPE_LABELS } from "@/lib/exercises/schemas";

/** The audited writes that bump a test's version, each recording the fields it replaced. */
export const EXERCISE_WRITES = ["exercise.updated"];

/**
 * Displays a test snapshot as the test form shows it: types and results by their labels, the
 * scenarios, systems, functions and participants it ticked by name (alphabetically).
 */
export async function showExercise(tx: Tx, actor: Pick<Actor, "orgId">, planId: string): Promise<(snapshot: Record<string, unknown>) => Shown> {
  // One after another: a transaction's queries share one connection.
  const functions = await tx.businessFunction.findMany({ where: planRecords(actor, planId), select: { id: true, name: true } });
  const systems = await tx.system.findMany({ where: planRecords(actor, planId), select: { id: true, name: true } });
  const scenarios = await tx.scenario.findMany({ where: planRecords(actor, planId), select: { id: true, name: true } });
  const people = await tx.person.findMany({ where: { orgId: actor.orgId }, select: { id: true, name: true } });
  const names = new Map([...functions, ...systems, ...scenarios, ...people].map((row) => [row.id, row.name]));
  const ticked = namedList(names);
  return showFields({
    title: { label: "Title" },
    type: { label: "Type of test", text: choice(EXERCISE_TYPE_LABELS) },
    conductedOn: { label: "Date", text: day },
    result: { label: "Result", text: choice(EXERCISE_RESULT_LABELS) },
    objectives: { label: "Objectives" },
    successCriteria: { label: "Success criteria" },
    narrative: { label: "What happened" },
    scenarioIds: { label: "Scenarios covered", text: ticked },
    systemIds: { label: "Systems in scope", text: ticked },
    functionIds: { label: "Business functions in scope", text: ticked },
    participantIds: { label: "Participants", text: ticked },
  });
}

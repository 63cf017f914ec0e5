import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/context";
import { type Shown } from "@/lib/concurrency/stale-edit";
import { plainText, showFields } from "@/lib/concurrency/show-fields";
import { planRecords } from "@/lib/bia/scope";
import { EXERCISE_RESULT_LABELS, EXERCISE_TYPE_LABELS } from "@/lib/exercises/schemas";
import { formatDay } from "@/lib/exercises/days";

/** A stored choice by the label the form's select shows for it. */
export const choice = (labels: Record<string, string>) => (value: unknown) => (typeof value === "string" && value in labels ? labels[value] : plainText(value));

/** A calendar day of a snapshot (YYYY-MM-DD) as the app shows days ("22 Jun 2026"). */
export const day = (value: unknown) => (typeof value === "string" && value ? formatDay(new Date(`${value}T00:00:00Z`)) : "—");

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
  // Deleting a record unlinks it from the test without a save, and the form no longer offers it:
  // it is left out on both sides rather than shown as someone's change.
  const ticked = (value: unknown) => plainText(Array.isArray(value) ? value.flatMap((id) => names.get(String(id)) ?? []).sort((a, b) => a.localeCompare(b)) : []);
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

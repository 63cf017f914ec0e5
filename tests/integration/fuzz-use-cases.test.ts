/**
 * Every use case that writes, fed malformed input against real Postgres: the outcome is the
 * write, or an AppError (a VALIDATION one names fields of the input in plain words); never
 * another error (a 500), and a refused call leaves every row of the organisation as it was.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { quote } from "@/lib/exports/org-tables";
import { formValues } from "@/lib/http/action-state";
import { createPlan } from "@/lib/plans/create-plan";
import { resetPassword } from "@/lib/members/reset-password";
import { changeOwnPassword } from "@/lib/members/change-own-password";
import { renamePlan } from "@/lib/plans/rename-plan";
import { archivePlan, restorePlan } from "@/lib/plans/archive-plan";
import { createProduct } from "@/lib/bia/create-product";
import { updateProduct } from "@/lib/bia/update-product";
import { deleteProduct } from "@/lib/bia/delete-product";
import { createFunction } from "@/lib/bia/create-function";
import { updateFunction } from "@/lib/bia/update-function";
import { updateFunctionDependencies } from "@/lib/bia/update-function-dependencies";
import { deleteFunction } from "@/lib/bia/delete-function";
import { createSystem } from "@/lib/systems/create-system";
import { updateSystem } from "@/lib/systems/update-system";
import { deleteSystem } from "@/lib/systems/delete-system";
import { createPerson } from "@/lib/people/create-person";
import { updatePerson } from "@/lib/people/update-person";
import { DEFAULT_IMPACT_CATEGORIES } from "@/lib/bia/impact";
import { deletePerson } from "@/lib/people/delete-person";
import { addCommitteeMember } from "@/lib/committee/add-committee-member";
import { removeCommitteeMember } from "@/lib/committee/remove-committee-member";
import { updateCommitteeMember } from "@/lib/committee/update-committee-member";
import { createErtRole } from "@/lib/committee/create-ert-role";
import { updateErtRole } from "@/lib/committee/update-ert-role";
import { deleteErtRole } from "@/lib/committee/delete-ert-role";
import { updateCommitment } from "@/lib/committee/update-commitment";
import { createThreat } from "@/lib/risks/create-threat";
import { updateThreat } from "@/lib/risks/update-threat";
import { deleteThreat } from "@/lib/risks/delete-threat";
import { createScenario } from "@/lib/risks/create-scenario";
import { updateScenario } from "@/lib/risks/update-scenario";
import { deleteScenario } from "@/lib/risks/delete-scenario";
import { createTier } from "@/lib/priorities/create-tier";
import { updateTier } from "@/lib/priorities/update-tier";
import { deleteTier } from "@/lib/priorities/delete-tier";
import { createGroup } from "@/lib/priorities/create-group";
import { updateGroup } from "@/lib/priorities/update-group";
import { deleteGroup } from "@/lib/priorities/delete-group";
import { setFunctionPriority } from "@/lib/priorities/set-function-priority";
import { createExercise } from "@/lib/exercises/create-exercise";
import { updateExercise } from "@/lib/exercises/update-exercise";
import { deleteExercise } from "@/lib/exercises/delete-exercise";
import { addMeasurement } from "@/lib/exercises/add-measurement";
import { removeMeasurement } from "@/lib/exercises/remove-measurement";
import { setTestCadence } from "@/lib/exercises/set-test-cadence";
import { uploadAttachment } from "@/lib/exercises/upload-attachment";
import { deleteAttachment } from "@/lib/exercises/delete-attachment";
import { createFinding } from "@/lib/findings/create-finding";
import { declareIncident } from "@/lib/incidents/declare-incident";
import { addIncidentEntry } from "@/lib/incidents/add-incident-entry";
import { standDownIncident } from "@/lib/incidents/stand-down-incident";
import { correctDeclaration } from "@/lib/incidents/correct-declaration";
import { updateFinding } from "@/lib/findings/update-finding";
import { closeFinding } from "@/lib/findings/close-finding";
import { createItem } from "@/lib/inventories/create-item";
import { updateItem } from "@/lib/inventories/update-item";
import { deleteItem } from "@/lib/inventories/delete-item";
import { setRegisterOwner } from "@/lib/inventories/set-register-owner";
import { markRegisterReviewed } from "@/lib/inventories/mark-register-reviewed";
import { addMember } from "@/lib/members/add-member";
import { changeRole } from "@/lib/members/change-role";
import { removeMember } from "@/lib/members/remove-member";
import { signOutEverywhere } from "@/lib/members/sign-out-everywhere";
import { saveSection } from "@/lib/sections/save-section";
import { updateBiaSettings } from "@/lib/settings/update-bia-settings";
import { updateDocumentSettings } from "@/lib/settings/update-document-settings";
import { updateReminderSettings } from "@/lib/settings/update-reminder-settings";
import { setReviewCadence } from "@/lib/versions/set-review-cadence";
import { createDepartment } from "@/lib/departments/create-department";
import { renameDepartment } from "@/lib/departments/rename-department";
import { deleteDepartment } from "@/lib/departments/delete-department";
import { saveSite } from "@/lib/recovery/setup/save-site";
import { saveLocation } from "@/lib/recovery/setup/save-location";
import { deleteLocation } from "@/lib/recovery/setup/delete-location";
import { saveHost } from "@/lib/recovery/setup/save-host";
import { deleteHost } from "@/lib/recovery/setup/delete-host";
import { savePolicy } from "@/lib/recovery/setup/save-policy";
import { deletePolicy } from "@/lib/recovery/setup/delete-policy";
import { addPolicyCopy, deletePolicyCopy } from "@/lib/recovery/setup/policy-copies";
import { addReplica, deleteReplica } from "@/lib/recovery/setup/replicas";
import { updateVmFacts } from "@/lib/recovery/setup/update-vm-facts";
import { setApprovers } from "@/lib/versions/set-approvers";
import { submitPlan } from "@/lib/versions/submit-plan";
import { decideVersion } from "@/lib/versions/decide-version";
import { withdrawVersion } from "@/lib/versions/withdraw-version";
import { markVersionRead } from "@/lib/notifications/mark-version-read";
import { markNotificationRead } from "@/lib/notifications/mark-notification-read";
import { retryNotificationEmail } from "@/lib/notifications/retry-notification-email";
import { updateEmailPreferences } from "@/lib/notifications/update-email-preferences";
import { requestReport } from "@/lib/reports/request-report";
import { downloadReport } from "@/lib/reports/download-report";
import { getItem } from "@/lib/inventories/get-item";
import { exportItems } from "@/lib/inventories/export-items";
import { exportFunctions } from "@/lib/bia/export-functions";
import { exportThreats } from "@/lib/risks/export-threats";
import { getAttachment } from "@/lib/exercises/get-attachment";
import { getVersionEvidence } from "@/lib/versions/get-version-evidence";
import { downloadVersionContent } from "@/lib/versions/download-version-content";
import { listAudit } from "@/lib/audit/list-audit";
import { listPeople } from "@/lib/people/list-people";
import { listThreats } from "@/lib/risks/list-threats";
import { listVmFacts } from "@/lib/recovery/setup/list-vm-facts";
import { functionListQuery, listFunctions } from "@/lib/bia/list-functions";
import { listSystems, systemListQuery } from "@/lib/systems/list-systems";
import { listItems } from "@/lib/inventories/list-items";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import type { Actor } from "@/lib/auth/context";
import { JARGON, nastyString, nastyValue, pollutingKey } from "../fuzz-values";
import { orgSnapshot } from "./org-snapshot";
import { recordReview } from "@/lib/reviews/record-review";
import { updateReview } from "@/lib/reviews/update-review";
import { makeOrg, PASSWORD, type TestOrg } from "./factories";

const RUNS = 25;

type Input = Record<string, unknown>;
type Case = {
  run: (actor: Actor, input: Input) => Promise<unknown>;
  valid: () => Promise<Input> | Input;
  /** Who may do it (the committee unless said). */
  as?: keyof TestOrg["actors"];
  /** Deletions: no added fields, or an accepted call would remove the fixture at once. */
  destructive?: boolean;
};

let org: TestOrg;
const f: Record<string, string> = {};

const snapshot = () => orgSnapshot(org.orgId);

const versionOf = async (table: string, id: string, column = "version") =>
  String((await db.$queryRawUnsafe<{ version: number }[]>(`SELECT ${quote(column)} AS version FROM ${quote(table)} WHERE id = $1`, id))[0]?.version ?? 1);

/** A tampering of a valid input: one field replaced or removed, or a field added. */
const tamper = fc.record({
  mode: fc.constantFrom("replace", "replace", "replace", "replace", "remove", "add"),
  pick: fc.nat(),
  value: nastyValue,
  key: fc.oneof(pollutingKey, fc.string({ maxLength: 12 })),
  asForm: fc.boolean(),
  formValue: nastyString,
});
type Tamper = typeof tamper extends fc.Arbitrary<infer T> ? T : never;

function apply(valid: Input, t: Tamper, destructive: boolean): { input: Input; field: string } {
  const keys = Object.keys(valid);
  const field = keys[t.pick % keys.length];
  const input: Input = { ...valid };
  const mode = destructive && t.mode === "add" ? "replace" : t.mode;
  if (mode === "remove") delete input[field];
  else if (mode === "add") {
    Object.defineProperty(input, t.key, { value: t.value, enumerable: true, configurable: true, writable: true });
    return { input, field: t.key };
  } else input[field] = t.asForm ? t.formValue : t.value;
  return { input, field };
}

const outcomes = { validation: 0, other: 0, accepted: 0 };

async function fuzz(name: string, c: Case) {
  await fc.assert(
    fc.asyncProperty(tamper, async (t) => {
      const valid = await c.valid();
      const { input } = apply(valid, t, c.destructive ?? false);
      const before = await snapshot();
      try {
        await c.run(org.actors[c.as ?? "committee"], input);
        outcomes.accepted += 1;
      } catch (error) {
        if (!(error instanceof AppError)) throw new Error(`${name}: not an AppError (a 500): ${String(error)}`, { cause: error });
        expect(["VALIDATION", "NOT_FOUND", "CONFLICT"]).toContain(error.code);
        if (error.code === "VALIDATION") {
          outcomes.validation += 1;
          const fields = Object.keys(error.fieldErrors);
          expect(fields.length).toBeGreaterThan(0);
          for (const [key, message] of Object.entries(error.fieldErrors)) {
            expect(Object.keys(valid).concat(Object.keys(input))).toContain(key.split(".")[0]);
            expect(message).not.toMatch(JARGON);
          }
        } else outcomes.other += 1;
        expect(await snapshot()).toEqual(before);
      }
    }),
    { numRuns: RUNS },
  );
}

beforeAll(async () => {
  org = await makeOrg("Fuzz");
  const c = org.actors.committee;
  const plan = await createPlan({ actor: c, input: { name: "Fuzzed plan" } });
  f.planId = plan.id;
  const planId = plan.id;
  f.approvalPlanId = (await createPlan({ actor: c, input: { name: "Approval plan" } })).id;
  f.archivePlanId = (await createPlan({ actor: c, input: { name: "Archive me" } })).id;
  f.departmentId = (await createDepartment({ actor: org.actors.admin, input: { name: "Finance" } })).id;
  f.spareDepartmentId = (await createDepartment({ actor: org.actors.admin, input: { name: "Spare department" } })).id;
  f.personId = (await createPerson({ actor: c, input: { name: "Sam Lee" } })).id;
  f.otherPersonId = (await createPerson({ actor: c, input: { name: "Ada Byron" } })).id;
  f.spareId = (await createPerson({ actor: c, input: { name: "Spare Person" } })).id;
  f.productId = (await createProduct({ actor: c, input: { planId, name: "Payroll" } })).id;
  f.functionId = (await createFunction({ actor: c, input: { planId, name: "Invoicing" } })).id;
  f.spareFunctionId = (await createFunction({ actor: c, input: { planId, name: "Spare function" } })).id;
  f.systemId = (await createSystem({ actor: c, input: { planId, name: "DC01", kind: "vm" } })).id;
  f.otherSystemId = (await createSystem({ actor: c, input: { planId, name: "SQL01", kind: "vm" } })).id;
  f.spareSystemId = (await createSystem({ actor: c, input: { planId, name: "Spare system", kind: "vm" } })).id;
  f.memberId = (await addCommitteeMember({ actor: c, input: { planId, personId: f.personId, functionalArea: "IT", role: "chair" } })).id;
  f.roleId = (await createErtRole({ actor: c, input: { planId, title: "Recovery lead", primaryId: f.personId } })).id;
  f.spareRoleId = (await createErtRole({ actor: c, input: { planId, title: "Spare role" } })).id;
  f.threatId = (await createThreat({ actor: c, input: { planId, category: "natural", title: "Flood", likelihood: "2", impact: "3" } })).id;
  f.spareThreatId = (await createThreat({ actor: c, input: { planId, category: "human", title: "Strike", likelihood: "1", impact: "1" } })).id;
  f.scenarioId = (await createScenario({ actor: c, input: { planId, key: "vm-lost", name: "VM lost", kind: "system" } })).id;
  f.spareScenarioId = (await createScenario({ actor: c, input: { planId, key: "spare", name: "Spare", kind: "system" } })).id;
  f.tierId = (await createTier({ actor: c, input: { planId, name: "Tier 1", maxRtoMinutes: "4h" } })).id;
  f.spareTierId = (await createTier({ actor: c, input: { planId, name: "Spare tier", maxRtoMinutes: "1d" } })).id;
  const pair = [f.systemId, f.otherSystemId];
  f.groupId = (await createGroup({ actor: c, input: { planId, key: "erp", name: "ERP", systemIds: pair } })).id;
  f.spareGroupId = (await createGroup({ actor: c, input: { planId, key: "spare", name: "Spare group", systemIds: pair } })).id;
  const exercise = { planId, type: "walkthrough", title: "Walkthrough", conductedOn: "2026-01-05", result: "passed" };
  f.exerciseId = (await createExercise({ actor: c, input: exercise })).id;
  f.incidentId = (await declareIncident({ actor: c, input: { planId, title: "Flood", declaredAt: "", declaredByPersonId: f.personId } })).id;
  f.spareIncidentId = (await declareIncident({ actor: c, input: { planId, title: "Power cut", declaredAt: "", declaredByName: "Duty manager" } })).id;
  f.spareExerciseId = (await createExercise({ actor: c, input: { ...exercise, title: "Spare test" } })).id;
  f.attachmentId = (
    await uploadAttachment({ actor: c, input: { planId, exerciseId: f.exerciseId }, file: { name: "notes.txt", type: "text/plain", bytes: new TextEncoder().encode("hello") } })
  ).id;
  const owned = { ownerId: f.personId, dueOn: "2026-12-01" };
  f.findingId = (await createFinding({ actor: c, input: { planId, description: "Slow restore", severity: "low", ...owned } })).id;
  f.spareFindingId = (await createFinding({ actor: c, input: { planId, description: "Spare finding", severity: "low", ...owned } })).id;
  f.itemId = (await createItem({ actor: c, input: { planId, kind: "vendors", name: "Acme", service: "Hosting" } })).id;
  f.spareItemId = (await createItem({ actor: c, input: { planId, kind: "vendors", name: "Spare vendor", service: "Paper" } })).id;
  f.siteId = (await saveSite({ actor: c, input: { name: "Office" } })).id;
  const location = { planId, name: "NAS", online: "online", immutableDays: "0", throughputMBps: "150", maxStreams: "2", retrievalMinutes: "0" };
  f.locationId = (await saveLocation({ actor: c, input: { ...location, key: "nas" } })).id;
  f.otherLocationId = (await saveLocation({ actor: c, input: { ...location, key: "cloud", name: "Cloud" } })).id;
  f.spareLocationId = (await saveLocation({ actor: c, input: { ...location, key: "spare", name: "Spare" } })).id;
  // After the locations: a measured restore names one of them.
  f.measurementId = (
    await addMeasurement({ actor: c, input: { planId, exerciseId: f.exerciseId, systemId: f.systemId, locationKey: "nas", restoreMinutes: "30" } })
  ).id;
  const host = { planId, ramMiB: "65536", reservedMiB: "0", readyAfterMinutes: "0" };
  f.hostId = (await saveHost({ actor: c, input: { ...host, key: "hv1", name: "HV1" } })).id;
  f.spareHostId = (await saveHost({ actor: c, input: { ...host, key: "hv9", name: "HV9" } })).id;
  const policy = { planId, scheduleKind: "cron", cron: "0 23 * * *", timezone: "UTC", windowMinutes: "60", targetId: f.locationId };
  f.policyId = (await savePolicy({ actor: c, input: { ...policy, key: "nightly", name: "Nightly" } })).id;
  f.sparePolicyId = (await savePolicy({ actor: c, input: { ...policy, key: "spare", name: "Spare" } })).id;
  f.copyId = (await addPolicyCopy({ actor: c, input: { planId, policyId: f.policyId, version: await versionOf("BackupPolicy", f.policyId), toId: f.otherLocationId, mode: "immediate", lagMinutes: "0" } })).id;
  f.replicaId = (await addReplica({ actor: c, input: { planId, systemId: f.systemId, locationId: f.otherLocationId, lagMinutes: "5" } })).id;
  f.membershipId = (await db.membership.findFirstOrThrow({ where: { orgId: org.orgId, userId: org.actors.auditor.userId } })).id;
  f.committeeMembershipId = (await db.membership.findFirstOrThrow({ where: { orgId: org.orgId, userId: org.actors.committee.userId } })).id;
  f.executivePassword = PASSWORD;
  const approvalTest = await createExercise({ actor: c, input: { ...exercise, planId: f.approvalPlanId } });
  f.versionAttachmentId = (
    await uploadAttachment({ actor: c, input: { planId: f.approvalPlanId, exerciseId: approvalTest.id }, file: { name: "restore.log", type: "text/plain", bytes: new TextEncoder().encode("restored") } })
  ).id;
  await setApprovers({ actor: c, input: { planId: f.approvalPlanId, approverIds: [org.actors.executive.userId] } });
  const version = await submitPlan({ actor: c, input: { planId: f.approvalPlanId } });
  f.versionHash = version.hash;
  f.versionNumber = String(version.number);
  f.notificationId = (await db.notification.findFirstOrThrow({ where: { orgId: org.orgId, userId: org.actors.executive.userId, versionId: { not: null } } })).id;
  // The committee member declared the incidents above: the executive was told.
  f.incidentNotificationId = (await db.notification.findFirstOrThrow({ where: { orgId: org.orgId, userId: org.actors.executive.userId, versionId: null } })).id;
  f.reviewId = (await recordReview({ actor: org.actors.executive, input: { heldOn: "2026-11-01", attendees: "Board", minutes: "", decisions: "", nextReviewOn: "" } })).id;
}, 120_000);

/** The executive's approval request, its e-mail as the worker leaves it when every try failed. */
async function failedNotification(): Promise<Input> {
  await db.notification.update({ where: { id: f.notificationId }, data: { emailAttempts: 5, emailError: "Greeting never received", emailFailedAt: new Date(), emailNextAt: null } });
  return { notificationId: f.notificationId };
}

const CASES: Record<string, Case> = {
  // Started from the fuzzed plan: a tampered "Start from" must be a field message, never a half copy.
  createPlan: { run: (actor, input) => createPlan({ actor, input }), valid: () => ({ name: `Plan ${Math.random()}`, description: "", startFrom: f.planId }) },
  renamePlan: {
    run: (actor, input) => renamePlan({ actor, input }),
    valid: async () => ({ planId: f.planId, name: "Fuzzed plan", description: "", version: await versionOf("Plan", f.planId) }),
  },
  archivePlan: { run: (actor, input) => archivePlan({ actor, input }), valid: () => ({ planId: f.archivePlanId }), destructive: true },
  restorePlan: { run: (actor, input) => restorePlan({ actor, input }), valid: () => ({ planId: f.archivePlanId }) },
  createProduct: { run: (actor, input) => createProduct({ actor, input }), valid: () => ({ planId: f.planId, name: `P ${Math.random()}`, description: "", departmentId: "" }) },
  updateProduct: {
    run: (actor, input) => updateProduct({ actor, input }),
    valid: async () => ({ planId: f.planId, productId: f.productId, name: "Payroll", description: "", departmentId: "", version: await versionOf("Product", f.productId) }),
  },
  deleteProduct: { run: (actor, input) => deleteProduct({ actor, input }), valid: async () => ({ planId: f.planId, productId: f.productId, version: await versionOf("Product", f.productId) }), destructive: true },
  createFunction: {
    run: (actor, input) => createFunction({ actor, input }),
    valid: () => ({ planId: f.planId, name: `F ${Math.random()}`, description: "", productId: "", departmentId: "" }),
  },
  updateFunction: {
    run: (actor, input) => updateFunction({ actor, input }),
    valid: async () => ({
      planId: f.planId, functionId: f.functionId, version: await versionOf("BusinessFunction", f.functionId), name: "Invoicing", description: "", productId: "",
      departmentId: "", impactGrid: { financial: { "60": "minor" } }, costPerHour: "1200", mtdMinutes: "2d", rtoMinutes: "4h", rpoMinutes: "1h", wrtMinutes: "",
      mtdOverrideReason: "", rtoOverrideReason: "",
    }),
  },
  updateFunctionDependencies: {
    run: (actor, input) => updateFunctionDependencies({ actor, input }),
    valid: async () => ({
      planId: f.planId, functionId: f.functionId, version: await versionOf("BusinessFunction", f.functionId), systemIds: [f.systemId], keyPersonIds: [f.personId],
      vendorIds: [], facilityIds: [], vitalRecords: "Ledger",
    }),
  },
  deleteFunction: {
    run: (actor, input) => deleteFunction({ actor, input }),
    valid: async () => ({
      planId: f.planId,
      functionId: f.spareFunctionId,
      version: await versionOf("BusinessFunction", f.spareFunctionId),
      dependenciesVersion: await versionOf("BusinessFunction", f.spareFunctionId, "dependenciesVersion"),
    }),
    destructive: true,
  },
  setFunctionPriority: {
    run: (actor, input) => setFunctionPriority({ actor, input }),
    valid: async () => ({ planId: f.planId, functionId: f.functionId, version: await versionOf("BusinessFunction", f.functionId), manualRank: "2", tierId: f.tierId, manualRankReason: "Payroll first" }),
  },
  createSystem: { run: (actor, input) => createSystem({ actor, input }), valid: () => ({ planId: f.planId, name: `S ${Math.random()}`, kind: "vm", ownerPersonId: f.personId, description: "" }) },
  updateSystem: {
    run: (actor, input) => updateSystem({ actor, input }),
    valid: async () => ({ planId: f.planId, systemId: f.systemId, version: await versionOf("System", f.systemId), name: "DC01", kind: "vm", ownerPersonId: f.personId, description: "" }),
  },
  deleteSystem: { run: (actor, input) => deleteSystem({ actor, input }), valid: async () => ({ planId: f.planId, systemId: f.spareSystemId, version: await versionOf("System", f.spareSystemId) }), destructive: true },
  createPerson: {
    run: (actor, input) => createPerson({ actor, input }),
    valid: () => ({ name: "New Person", jobTitle: "", departmentId: "", email: "new@example.test", workPhone: "", mobilePhone: "", afterHoursPhone: "", notes: "" }),
  },
  updatePerson: {
    run: (actor, input) => updatePerson({ actor, input }),
    valid: async () => ({ personId: f.otherPersonId, version: await versionOf("Person", f.otherPersonId), name: "Ada Byron", jobTitle: "CTO", departmentId: "", email: "", workPhone: "0117 496 0101", mobilePhone: "", afterHoursPhone: "", notes: "" }),
  },
  deletePerson: { run: (actor, input) => deletePerson({ actor, input }), valid: async () => ({ personId: f.spareId, version: await versionOf("Person", f.spareId) }), destructive: true },
  addCommitteeMember: {
    run: (actor, input) => addCommitteeMember({ actor, input }),
    valid: () => ({ planId: f.planId, personId: f.otherPersonId, functionalArea: "Finance", role: "member" }),
  },
  updateCommitteeMember: {
    run: (actor, input) => updateCommitteeMember({ actor, input }),
    valid: async () => ({ planId: f.planId, memberId: f.memberId, version: await versionOf("CommitteeMember", f.memberId), functionalArea: "Facilities", role: "member" }),
  },
  removeCommitteeMember: { run: (actor, input) => removeCommitteeMember({ actor, input }), valid: async () => ({ planId: f.planId, memberId: f.memberId, version: await versionOf("CommitteeMember", f.memberId) }), destructive: true },
  createErtRole: {
    run: (actor, input) => createErtRole({ actor, input }),
    valid: () => ({ planId: f.planId, title: "Comms lead", responsibilities: "", primaryId: f.personId, alternateId: f.otherPersonId }),
  },
  updateErtRole: {
    run: (actor, input) => updateErtRole({ actor, input }),
    valid: async () => ({ planId: f.planId, roleId: f.roleId, version: await versionOf("ErtRole", f.roleId), title: "Recovery lead", responsibilities: "", primaryId: f.personId, alternateId: "" }),
  },
  deleteErtRole: { run: (actor, input) => deleteErtRole({ actor, input }), valid: async () => ({ planId: f.planId, roleId: f.spareRoleId, version: await versionOf("ErtRole", f.spareRoleId) }), destructive: true },
  updateCommitment: {
    run: (actor, input) => updateCommitment({ actor, input }),
    valid: async () => ({ planId: f.planId, version: await versionOf("Plan", f.planId), sponsorId: f.personId, endorsedOn: "2026-02-10" }),
  },
  createThreat: {
    run: (actor, input) => createThreat({ actor, input }),
    valid: () => ({ planId: f.planId, category: "technical", title: "Power cut", description: "", likelihood: "3", impact: "4", existingControls: "", mitigation: "", ownerId: "", residualLikelihood: "1", residualImpact: "2" }),
  },
  updateThreat: {
    run: (actor, input) => updateThreat({ actor, input }),
    valid: async () => ({
      planId: f.planId, threatId: f.threatId, version: await versionOf("Threat", f.threatId), category: "natural", title: "Flood", description: "", likelihood: "2", impact: "3",
      existingControls: "", mitigation: "", ownerId: f.personId, residualLikelihood: "", residualImpact: "",
    }),
  },
  deleteThreat: { run: (actor, input) => deleteThreat({ actor, input }), valid: async () => ({ planId: f.planId, threatId: f.spareThreatId, version: await versionOf("Threat", f.spareThreatId) }), destructive: true },
  createScenario: {
    run: (actor, input) => createScenario({ actor, input }),
    valid: () => ({
      planId: f.planId, key: `s${Math.floor(Math.random() * 1e9)}`, name: "Ransomware", kind: "ransomware", description: "", at: "2026-03-14T02:00:00Z", declareMinutes: "30",
      containmentMinutes: "60", cleanBefore: "2026-03-13T02:00:00Z", lostHostKeys: "", lostSiteIds: [], threatIds: [f.threatId],
    }),
  },
  updateScenario: {
    run: (actor, input) => updateScenario({ actor, input }),
    valid: async () => ({
      planId: f.planId, scenarioId: f.scenarioId, version: await versionOf("Scenario", f.scenarioId), key: "vm-lost", name: "VM lost", kind: "host", description: "",
      at: "", declareMinutes: "0", containmentMinutes: "0", cleanBefore: "", lostHostKeys: "hv1", lostSiteIds: [], threatIds: [],
    }),
  },
  deleteScenario: { run: (actor, input) => deleteScenario({ actor, input }), valid: async () => ({ planId: f.planId, scenarioId: f.spareScenarioId, version: await versionOf("Scenario", f.spareScenarioId) }), destructive: true },
  createTier: { run: (actor, input) => createTier({ actor, input }), valid: () => ({ planId: f.planId, name: `T ${Math.random()}`.slice(0, 20), maxRtoMinutes: `${1 + Math.floor(Math.random() * 500_000)}min`, description: "" }) },
  updateTier: {
    run: (actor, input) => updateTier({ actor, input }),
    valid: async () => ({ planId: f.planId, tierId: f.tierId, name: "Tier 1", maxRtoMinutes: "4h", description: "", version: await versionOf("RecoveryTier", f.tierId) }),
  },
  deleteTier: { run: (actor, input) => deleteTier({ actor, input }), valid: async () => ({ planId: f.planId, tierId: f.spareTierId, version: await versionOf("RecoveryTier", f.spareTierId) }), destructive: true },
  createGroup: {
    run: (actor, input) => createGroup({ actor, input }),
    valid: () => ({ planId: f.planId, key: `g${Math.floor(Math.random() * 1e9)}`, name: "Group", maxSkewMinutes: "15", systemIds: [f.systemId, f.otherSystemId] }),
  },
  updateGroup: {
    run: (actor, input) => updateGroup({ actor, input }),
    valid: async () => ({
      planId: f.planId, groupId: f.groupId, key: "erp", name: "ERP", maxSkewMinutes: "", systemIds: [f.otherSystemId, f.systemId], version: await versionOf("ConsistencyGroup", f.groupId),
    }),
  },
  deleteGroup: { run: (actor, input) => deleteGroup({ actor, input }), valid: async () => ({ planId: f.planId, groupId: f.spareGroupId, version: await versionOf("ConsistencyGroup", f.spareGroupId) }), destructive: true },
  createExercise: {
    run: (actor, input) => createExercise({ actor, input }),
    valid: () => ({
      planId: f.planId, type: "simulation", title: "Simulation", conductedOn: "2026-02-01", result: "failed", objectives: "", successCriteria: "", narrative: "",
      functionIds: [f.functionId], systemIds: [f.systemId], scenarioIds: [], participantIds: [f.personId],
    }),
  },
  updateExercise: {
    run: (actor, input) => updateExercise({ actor, input }),
    valid: async () => ({
      planId: f.planId, exerciseId: f.exerciseId, version: await versionOf("Exercise", f.exerciseId), type: "walkthrough", title: "Walkthrough", conductedOn: "2026-01-05",
      result: "passed", objectives: "", successCriteria: "", narrative: "", functionIds: [], systemIds: [], scenarioIds: [], participantIds: [],
    }),
  },
  deleteExercise: { run: (actor, input) => deleteExercise({ actor, input }), valid: async () => ({ planId: f.planId, exerciseId: f.spareExerciseId, version: await versionOf("Exercise", f.spareExerciseId) }), destructive: true },
  declareIncident: {
    as: "executive",
    run: (actor, input) => declareIncident({ actor, input }),
    valid: () => ({ planId: f.planId, title: "Head office flooded", scenarioId: f.scenarioId, declaredAt: "", declaredByPersonId: f.personId, declaredByName: "" }),
  },
  addIncidentEntry: {
    run: (actor, input) => addIncidentEntry({ actor, input }),
    valid: () => ({ planId: f.planId, incidentId: f.incidentId, at: "", kind: "decision", text: "Invoke the cloud site." }),
  },
  correctDeclaration: {
    run: (actor, input) => correctDeclaration({ actor, input }),
    valid: async () => {
      const incident = await db.incident.findUniqueOrThrow({ where: { id: f.incidentId } });
      return {
        planId: f.planId, incidentId: f.incidentId, version: String(incident.declarationVersion), title: "Flood at head office", scenarioId: "",
        declaredAt: incident.declaredAt.toISOString(), startedAt: "", cleanBefore: "", declaredByPersonId: f.personId, declaredByName: "", reason: "Title from the review.",
      };
    },
  },
  recordReview: {
    as: "executive",
    run: (actor, input) => recordReview({ actor, input }),
    valid: () => ({ heldOn: "2026-11-20", attendees: "Managing Director", minutes: "", decisions: "Fund a second site.", nextReviewOn: "2027-05-20" }),
  },
  updateReview: {
    as: "executive",
    run: (actor, input) => updateReview({ actor, input }),
    valid: async () => ({ reviewId: f.reviewId, version: await versionOf("ManagementReview", f.reviewId), attendees: "Board", minutes: "Minuted.", decisions: "", nextReviewOn: "" }),
  },
  standDownIncident: {
    run: (actor, input) => standDownIncident({ actor, input }),
    valid: async () => ({ planId: f.planId, incidentId: f.spareIncidentId, version: await versionOf("Incident", f.spareIncidentId), stoodDownAt: "", reviewSummary: "Recovered." }),
    destructive: true,
  },
  addMeasurement: {
    run: (actor, input) => addMeasurement({ actor, input }),
    valid: () => ({ planId: f.planId, exerciseId: f.exerciseId, systemId: f.otherSystemId, locationKey: "nas", restoreMinutes: "45", dataLossMinutes: "10", usedGB: "20", notes: "" }),
  },
  removeMeasurement: {
    run: (actor, input) => removeMeasurement({ actor, input }),
    valid: () => ({ planId: f.planId, exerciseId: f.exerciseId, measurementId: f.measurementId }),
    destructive: true,
  },
  deleteAttachment: {
    run: (actor, input) => deleteAttachment({ actor, input }),
    valid: () => ({ planId: f.planId, exerciseId: f.exerciseId, attachmentId: f.attachmentId }),
    destructive: true,
  },
  setTestCadence: {
    run: (actor, input) => setTestCadence({ actor, input }),
    valid: async () => ({ planId: f.planId, testCadenceDays: "90", version: await versionOf("Plan", f.planId) }),
  },
  setReviewCadence: {
    run: (actor, input) => setReviewCadence({ actor, input }),
    valid: async () => ({ planId: f.planId, reviewCadenceDays: "180", version: await versionOf("Plan", f.planId) }),
  },
  createFinding: {
    run: (actor, input) => createFinding({ actor, input }),
    // The incident left blank beside the test: tampered into a value, it is a field message, never the database's refusal of two sources.
    valid: () => ({ planId: f.planId, description: "Runbook out of date", severity: "high", ownerId: f.personId, dueOn: "2026-12-01", exerciseId: f.exerciseId, incidentId: "" }),
  },
  updateFinding: {
    run: (actor, input) => updateFinding({ actor, input }),
    valid: async () => ({ planId: f.planId, findingId: f.findingId, version: await versionOf("Finding", f.findingId), description: "Slow restore", severity: "medium", ownerId: f.personId, dueOn: "2026-12-15", status: "in_progress" }),
  },
  closeFinding: {
    run: (actor, input) => closeFinding({ actor, input }),
    valid: async () => ({ planId: f.planId, findingId: f.spareFindingId, closedNote: "Fixed", version: await versionOf("Finding", f.spareFindingId) }),
    destructive: true,
  },
  createItem: {
    run: (actor, input) => createItem({ actor, input }),
    valid: () => ({ planId: f.planId, kind: "vendors", name: "Globex", service: "Cloud", phone24x7: "0117 496 0101", email: "help@globex.test", recoveryHours: "4" }),
  },
  updateItem: {
    run: (actor, input) => updateItem({ actor, input }),
    valid: async () => ({ planId: f.planId, kind: "vendors", itemId: f.itemId, version: await versionOf("InventoryItem", f.itemId), name: "Acme", service: "Hosting", contractEnd: "2027-01-31" }),
  },
  deleteItem: { run: (actor, input) => deleteItem({ actor, input }), valid: async () => ({ planId: f.planId, kind: "vendors", itemId: f.spareItemId, version: await versionOf("InventoryItem", f.spareItemId) }), destructive: true },
  setRegisterOwner: { run: (actor, input) => setRegisterOwner({ actor, input }), valid: () => ({ planId: f.planId, kind: "vendors", ownerId: f.personId }) },
  markRegisterReviewed: { run: (actor, input) => markRegisterReviewed({ actor, input }), valid: () => ({ planId: f.planId, kind: "telephones" }) },
  saveSection: {
    run: (actor, input) => saveSection({ actor, input }),
    valid: async () => {
      const section = await db.planSection.findFirst({ where: { planId: f.planId, key: "purpose" }, select: { version: true } });
      return { planId: f.planId, key: "purpose", body: "Keep invoicing going.", version: String(section?.version ?? 0) };
    },
  },
  updateBiaSettings: {
    as: "admin",
    run: (actor, input) => updateBiaSettings({ actor, input }),
    valid: async () => {
      const settings = await db.organization.findUniqueOrThrow({ where: { id: org.orgId } });
      return { horizons: "1h, 4h, 1d, 3d", categories: DEFAULT_IMPACT_CATEGORIES, intolerableRating: "major", version: String(settings.biaSettingsVersion) };
    },
  },
  updateDocumentSettings: {
    as: "admin",
    run: (actor, input) => updateDocumentSettings({ actor, input }),
    valid: async () => {
      const settings = await db.organization.findUniqueOrThrow({ where: { id: org.orgId } });
      return { documentMarking: "OFFICIAL-SENSITIVE", version: String(settings.documentSettingsVersion) };
    },
  },
  updateReminderSettings: {
    as: "admin",
    run: (actor, input) => updateReminderSettings({ actor, input }),
    valid: async () => {
      const settings = await db.organization.findUniqueOrThrow({ where: { id: org.orgId } });
      // Windows other than the ones saved, so that the valid call writes.
      return { approvalReminderDays: String(settings.approvalReminderDays === 60 ? 45 : 60), testReminderDays: "7", version: String(settings.reminderSettingsVersion) };
    },
  },
  createDepartment: { as: "admin", run: (actor, input) => createDepartment({ actor, input }), valid: () => ({ name: `Department ${Math.random()}` }) },
  renameDepartment: {
    as: "admin",
    run: (actor, input) => renameDepartment({ actor, input }),
    valid: async () => {
      const department = await db.department.findUniqueOrThrow({ where: { id: f.departmentId } });
      return { departmentId: f.departmentId, name: "Finance", version: String(department.version) };
    },
  },
  deleteDepartment: {
    as: "admin",
    run: (actor, input) => deleteDepartment({ actor, input }),
    valid: async () => ({ departmentId: f.spareDepartmentId, version: await versionOf("Department", f.spareDepartmentId) }),
    destructive: true,
  },
  addMember: {
    as: "admin",
    run: (actor, input) => addMember({ actor, input }),
    valid: () => ({ email: `new-${Math.floor(Math.random() * 1e9)}@example.test`, name: "New Member", role: "committee", password: "correct horse battery staple" }),
  },
  changeRole: { as: "admin", run: (actor, input) => changeRole({ actor, input }), valid: () => ({ membershipId: f.membershipId, role: "auditor" }) },
  removeMember: { as: "admin", run: (actor, input) => removeMember({ actor, input }), valid: () => ({ membershipId: f.membershipId }), destructive: true },
  resetPassword: {
    as: "admin",
    run: (actor, input) => resetPassword({ actor, input }),
    valid: () => ({ membershipId: f.committeeMembershipId, password: "a temporary password" }),
  },
  changeOwnPassword: {
    as: "executive",
    // An accepted change makes the new password the one the next valid call proves.
    run: async (actor, input) => {
      await changeOwnPassword({ actor, input });
      f.executivePassword = String((input as Record<string, unknown>).newPassword);
    },
    valid: () => ({ currentPassword: f.executivePassword, newPassword: `${f.executivePassword}!`, confirmPassword: `${f.executivePassword}!` }),
  },
  signOutEverywhere: { as: "executive", run: (actor, input) => signOutEverywhere({ actor, input }), valid: () => ({ confirmed: "yes" }) },
  saveSite: { run: (actor, input) => saveSite({ actor, input }), valid: () => ({ siteId: "", name: `Site ${Math.random()}`, address: "", kind: "datacentre" }) },
  saveLocation: {
    run: (actor, input) => saveLocation({ actor, input }),
    valid: async () => ({
      planId: f.planId, locationId: f.locationId, version: await versionOf("BackupLocation", f.locationId), key: "nas", name: "NAS", siteId: f.siteId, online: "online",
      immutableDays: "7", throughputMBps: "150", streamMBps: "100", maxStreams: "2", retrievalMinutes: "0", description: "",
    }),
  },
  deleteLocation: { run: (actor, input) => deleteLocation({ actor, input }), valid: async () => ({ planId: f.planId, id: f.spareLocationId, version: await versionOf("BackupLocation", f.spareLocationId) }), destructive: true },
  saveHost: {
    run: (actor, input) => saveHost({ actor, input }),
    valid: async () => ({
      planId: f.planId, hostId: f.hostId, version: await versionOf("Host", f.hostId), key: "hv1", name: "HV1", siteId: f.siteId, ramMiB: "131072", reservedMiB: "4096", readyAfterMinutes: "10",
    }),
  },
  deleteHost: { run: (actor, input) => deleteHost({ actor, input }), valid: async () => ({ planId: f.planId, id: f.spareHostId, version: await versionOf("Host", f.spareHostId) }), destructive: true },
  savePolicy: {
    run: (actor, input) => savePolicy({ actor, input }),
    valid: async () => ({
      planId: f.planId, policyId: f.policyId, version: await versionOf("BackupPolicy", f.policyId), key: "nightly", name: "Nightly", scheduleKind: "interval", cron: "",
      timezone: "UTC", everyMinutes: "240", anchor: "2026-01-01T00:00:00Z", windowMinutes: "60", targetId: f.locationId, systemIds: [f.systemId],
    }),
  },
  deletePolicy: { run: (actor, input) => deletePolicy({ actor, input }), valid: async () => ({ planId: f.planId, id: f.sparePolicyId, version: await versionOf("BackupPolicy", f.sparePolicyId) }), destructive: true },
  addPolicyCopy: {
    run: (actor, input) => addPolicyCopy({ actor, input }),
    valid: async () => ({
      planId: f.planId, policyId: f.policyId, version: await versionOf("BackupPolicy", f.policyId), toId: f.spareLocationId, mode: "scheduled", lagMinutes: "30",
      scheduleKind: "cron", cron: "0 6 * * 0", timezone: "Europe/London", everyMinutes: "", anchor: "",
    }),
  },
  deletePolicyCopy: { run: (actor, input) => deletePolicyCopy({ actor, input }), valid: () => ({ planId: f.planId, copyId: f.copyId }), destructive: true },
  addReplica: { run: (actor, input) => addReplica({ actor, input }), valid: () => ({ planId: f.planId, systemId: f.otherSystemId, locationId: f.otherLocationId, lagMinutes: "15" }) },
  deleteReplica: { run: (actor, input) => deleteReplica({ actor, input }), valid: () => ({ planId: f.planId, id: f.replicaId }), destructive: true },
  updateVmFacts: {
    run: (actor, input) => updateVmFacts({ actor, input }),
    valid: async () => ({
      planId: f.planId, systemId: f.systemId, version: await versionOf("System", f.systemId, "recoveryVersion"), hostId: f.hostId, ramMiB: "4096", usedGB: "60", bootMinutes: "5", verifyMinutes: "5",
      // The spare host: updateScenario makes the scenario lose hv1, and a lost host is refused.
      priority: "1", dependsOnIds: [f.otherSystemId], recoveryHosts: { [f.scenarioId]: f.spareHostId },
    }),
  },
  setApprovers: {
    run: (actor, input) => setApprovers({ actor, input }),
    valid: () => ({ planId: f.planId, approverIds: [org.actors.executive.userId] }),
  },
  submitPlan: { run: (actor, input) => submitPlan({ actor, input }), valid: () => ({ planId: f.approvalPlanId, note: "Please review" }) },
  decideVersion: {
    as: "executive",
    run: (actor, input) => decideVersion({ actor, input }),
    valid: () => ({ planId: f.approvalPlanId, number: f.versionNumber, decision: "rejected", versionHash: f.versionHash, comment: "Not yet", agree: "yes" }),
    destructive: true,
  },
  withdrawVersion: {
    run: (actor, input) => withdrawVersion({ actor, input }),
    valid: () => ({ planId: f.approvalPlanId, number: f.versionNumber }),
    destructive: true,
  },
  markVersionRead: {
    as: "executive",
    run: (actor, input) => markVersionRead({ actor, input }),
    valid: () => ({ planId: f.approvalPlanId, number: f.versionNumber }),
  },
  markNotificationRead: { as: "executive", run: (actor, input) => markNotificationRead({ actor, input }), valid: () => ({ notificationId: f.incidentNotificationId }) },
  // Failed again before each call, so each valid one is accepted (a second would be a conflict).
  retryNotificationEmail: { as: "admin", run: (actor, input) => retryNotificationEmail({ actor, input }), valid: failedNotification },
  updateEmailPreferences: {
    as: "auditor",
    run: (actor, input) => updateEmailPreferences({ actor, input }),
    valid: async () => {
      const membership = await db.membership.findFirstOrThrow({ where: { orgId: org.orgId, userId: org.actors.auditor.userId } });
      // Each valid call flips the choice, so it is a write (a save that changes nothing writes nothing).
      return { emailApprovals: membership.emailOffKinds.includes("approvals") ? "on" : "", emailReminders: "on", version: String(membership.emailPreferencesVersion) };
    },
  },
  requestReport: {
    // The audit-trail appendix needs audit:read, which the committee lacks.
    as: "auditor",
    run: (actor, input) => requestReport({ actor, input }),
    valid: () => ({ planId: f.planId, version: "draft", includeAudit: "on", auditFrom: "2026-01-01", auditTo: "2026-12-31" }),
  },
  // Reads that take input: malformed input must not be a 500 either.
  getItem: { run: (actor, input) => getItem({ actor, input }), valid: () => ({ planId: f.planId, kind: "vendors", itemId: f.itemId }) },
  exportItems: { run: (actor, input) => exportItems({ actor, input }), valid: () => ({ planId: f.planId, kind: "vendors" }) },
  exportFunctions: { run: (actor, input) => exportFunctions({ actor, input }), valid: () => ({ planId: f.planId }) },
  exportThreats: { run: (actor, input) => exportThreats({ actor, input }), valid: () => ({ planId: f.planId }) },
  getAttachment: { run: (actor, input) => getAttachment({ actor, input }), valid: () => ({ planId: f.planId, exerciseId: f.exerciseId, attachmentId: f.attachmentId }) },
  getVersionEvidence: {
    run: (actor, input) => getVersionEvidence({ actor, input }),
    valid: () => ({ planId: f.approvalPlanId, number: f.versionNumber, attachmentId: f.versionAttachmentId }),
  },
  downloadVersionContent: {
    run: (actor, input) => downloadVersionContent({ actor, input }),
    valid: () => ({ planId: f.approvalPlanId, number: f.versionNumber }),
  },
  downloadReport: {
    // An auditor, who may download any report: the plan's may hold the audit trail, which the
    // committee may not read (a refusal, not malformed input).
    as: "auditor",
    run: (actor, input) => downloadReport({ actor, input }),
    valid: async () => ({ planId: f.planId, reportId: (await db.report.findFirst({ where: { planId: f.planId }, select: { id: true } }))?.id ?? "none" }),
  },
};

/** Use cases fuzzed in other tests: the imports (fuzz-imports.test.ts) and uploads (below), which take files. */
const FUZZED_ELSEWHERE = ["applyImport", "importFunctions", "importItems", "importPeople", "importThreats", "previewFunctionImport", "previewImport", "previewItemImport", "previewThreatImport", "uploadAttachment"];

function inputUseCases(dir = path.resolve(import.meta.dirname, "../../lib")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return inputUseCases(full);
    if (!entry.name.endsWith(".ts")) return [];
    const source = readFileSync(full, "utf8");
    return [...source.matchAll(/export (?:async function (\w+)\(|const (\w+) = (?:async )?\()\{ actor, input\b/g)].map((m) => m[1] ?? m[2]);
  });
}

describe("malformed input to every use case that writes", () => {
  it("covers every use case that takes input", () => {
    const found = inputUseCases().sort();
    expect(found.filter((name) => !(name in CASES) && !FUZZED_ELSEWHERE.includes(name)), "use cases without a fuzz case").toEqual([]);
    expect(Object.keys(CASES).filter((name) => !found.includes(name)), "fuzz cases of use cases that are gone").toEqual([]);
  });

  it.each(Object.entries(CASES))("%s", async (name, c) => {
    await fuzz(name, c);
  }, 60_000);

  it("refused most of the malformed calls with field messages (the properties above were exercised)", () => {
    expect(outcomes.validation).toBeGreaterThan(Object.keys(CASES).length * RUNS * 0.5);
  });
});

describe("read paths with malformed queries", () => {
  it("every list page's search, sort and paging: a page, never an error", async () => {
    const query = fc.dictionary(fc.constantFrom("q", "sort", "dir", "page", "pageSize", "view", "l", "i"), fc.oneof(nastyValue, fc.constantFrom("a\u0000b", "\u0000")));
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const actor = org.actors.auditor;
        const planId = f.planId;
        await listPeople({ actor, query: q });
        await listThreats({ actor, planId, query: q });
        await listVmFacts({ actor, planId, query: q });
        await listSystems({ actor, planId, query: systemListQuery.parse(q) });
        await listFunctions({ actor, planId, query: functionListQuery.parse(q) });
        await listItems({ actor, input: { planId, kind: "vendors" }, query: q as Record<string, string | undefined> });
      }),
      { numRuns: 40 },
    );
  });

  it("the audit log's query: a page, bad filters ignored or flagged, never a database error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom("page", "kind", "q", "from", "to", "plan"), nastyValue), async (query) => {
        const { page } = await listAudit({ actor: org.actors.admin, query });
        expect(page).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 60 },
    );
  });
});

describe("attachment uploads with odd files", () => {
  it("names, types and bytes of any kind: the upload or a VALIDATION error about the file, nothing half-written", async () => {
    const name = fc.oneof(
      nastyString,
      // Long names of emoji and accents: the stored name is cut to 200 characters.
      fc.array(fc.constantFrom("😀", "👍🏽", "é", "a", "-"), { minLength: 150, maxLength: 260 }).map((parts) => `${parts.join("")}.txt`),
    );
    const text = new TextEncoder().encode("restore log: ok");
    await fc.assert(
      fc.asyncProperty(name, fc.oneof(fc.constantFrom("text/plain", "application/pdf", ""), nastyString), fc.oneof(fc.constant(text), fc.uint8Array({ maxLength: 600 })), async (fileName, type, bytes) => {
        const before = await snapshot();
        try {
          const attachment = await uploadAttachment({ actor: org.actors.committee, input: { planId: f.planId, exerciseId: f.exerciseId }, file: { name: fileName, type, bytes } });
          expect(attachment.fileName.isWellFormed()).toBe(true);
        } catch (error) {
          if (!(error instanceof AppError)) throw new Error(`not an AppError (a 500): ${String(error)}`, { cause: error });
          expect(error.code).toBe("VALIDATION");
          expect(Object.keys(error.fieldErrors)).toEqual(["file"]);
          expect(await snapshot()).toEqual(before);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

describe("sign-in with malformed credentials", () => {
  it("is refused as invalid, never an error", async () => {
    await fc.assert(
      fc.asyncProperty(nastyValue, nastyValue, async (email, password) => {
        const outcome = await signInWithPassword({ input: { email, password }, ip: "203.0.113.9" });
        expect(["invalid", "throttled"]).toContain(outcome.status);
      }),
      { numRuns: 40 },
    );
  });
});

describe("form posts turned into input", () => {
  it("formValues keeps the text fields, drops files and Next's $ACTION fields, and writes no prototype", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(pollutingKey, fc.string({ maxLength: 10 }), fc.constantFrom("$ACTION_ID_1", "$ACTION_REF")), fc.oneof(nastyString, fc.constant(null))), { maxLength: 12 }),
        (entries) => {
          const form = new FormData();
          for (const [key, value] of entries) {
            if (value === null) form.append(key, new Blob(["x"]), "file.bin");
            else form.append(key, value);
          }
          const values = formValues(form);
          expect(Object.keys(Object.prototype)).toEqual([]);
          for (const [key, value] of Object.entries(values)) {
            expect(key.startsWith("$ACTION")).toBe(false);
            expect(typeof value).toBe("string");
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

/**
 * What a new plan started from an existing one takes and what it leaves (docs/decisions/0054).
 * Every table that holds a plan's rows is named here, copied or not and why, and so is every
 * column of the plan itself: tests/integration/copy-plan.test.ts reads the database's tables and
 * fails when one is added that is in neither list, so a later feature cannot be left out of
 * copies by forgetting. Pure: the SQL is built in copy-statements.ts.
 */

/** Tables of a plan's content: copied whole, with fresh ids, every reference between them remapped. */
export const COPIED: Readonly<Record<string, string>> = {
  CommitteeMember: "the committee",
  ErtRole: "the emergency response team (its people are the organisation's: the same people)",
  Threat: "the threat register, with ratings and owners",
  Scenario: "the disaster scenarios, with their lost hosts",
  _ScenarioThreats: "the threats each scenario stands for",
  _ScenarioLostSites: "the sites each scenario loses",
  Product: "products and services",
  BusinessFunction: "business functions: impact grids, targets, departments, tiers",
  _FunctionSystems: "the systems each function depends on",
  _FunctionKeyPeople: "each function's key people",
  _FunctionVendors: "the vendors each function depends on",
  _FunctionFacilities: "the sites each function works from",
  RecoveryTier: "recovery tiers",
  ConsistencyGroup: "consistency groups",
  _ConsistencyGroupToSystem: "the systems of each consistency group",
  PlanSection: "the written plan",
  InventoryRegister: "the eighteen registers, their owners and last reviews",
  InventoryItem: "the registers' entries (but see LEFT_ROWS)",
  System: "systems, their owners, sites, hosts and recovery facts",
  _SystemDependencies: "the dependencies between systems",
  BackupLocation: "backup locations",
  Host: "hosts",
  SystemRecoveryHost: "where each system is restored in each scenario",
  BackupPolicy: "backup policies",
  PolicyCopy: "the copies each policy makes",
  _PolicySystems: "the systems each policy backs up",
  Replica: "replicas",
};

/** Tables of a plan's rows that are its own records, not content a new plan starts from. */
export const NOT_COPIED: Readonly<Record<string, string>> = {
  Exercise: "a test records what was done to the source plan, on a day",
  ExerciseMeasurement: "a restore measured in one of the source plan's tests",
  _ExerciseSystems: "the systems a source plan's test covered",
  _ExerciseFunctions: "the functions a source plan's test covered",
  _ExerciseScenarios: "the scenarios a source plan's test covered",
  _ExerciseParticipants: "who took part in a source plan's test",
  Finding: "a finding of the source plan's tests or incidents",
  Attachment: "evidence of the source plan's tests",
  RestorePoint: "a backup observed of the source plan's systems, evidence rather than plan",
  Incident: "an incident run under the source plan",
  IncidentEntry: "a line of an incident run under the source plan",
  PlanVersion: "a frozen version of the source plan: the new plan starts unapproved",
  Approval: "a decision on a version of the source plan",
  PlanApprover: "the executives named to approve the source plan",
  PlanReadiness: "the source plan's last assessment: the new plan is assessed when opened",
  Report: "a PDF of the source plan",
  AuditLog: "the source plan's history: the new plan's starts with its creation",
  Notification: "a member's message about the source plan",
};

/**
 * Rows of a copied table that stay behind, by a SQL condition on the row that keeps the rest. Rows
 * that link to one left behind stay behind too (copy-statements.ts).
 */
export const LEFT_ROWS: Readonly<Record<string, { keep: string; why: string }>> = {
  InventoryItem: {
    keep: `"kind" <> 'distribution'`,
    why: "the distribution register records who was handed which version of the source plan; nobody holds a copy of the new one yet",
  },
};

/** The columns of the plan itself: what the new plan takes from its source, from the form, or has of its own. */
export const PLAN_COLUMNS = {
  fromSource: ["sponsorId", "testCadenceDays", "reviewCadenceDays"],
  typed: ["name", "description"],
  own: ["id", "orgId", "status", "version", "archivedAt", "createdAt", "updatedAt", "contentRevision"],
  left: { endorsedOn: "top management endorsed the source plan, not the new one" } as Readonly<Record<string, string>>,
} as const;

/** What the create form says under "Start from", and the docs repeat. */
export const COPY_HINT =
  "A copy takes what the plan says: committee and ERT, risks and scenarios, BIA and priorities, the written plan, the registers, systems and recovery setup. " +
  "It leaves what happened to it: tests, findings, evidence, restore points, incidents, versions, approvals, its endorsement and distribution list. The new plan starts unapproved.";

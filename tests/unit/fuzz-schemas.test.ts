/**
 * Every zod schema that reads user input, fuzzed: malformed values never make parsing throw
 * anything but a VALIDATION AppError, and a rejection names fields of the form in plain words.
 * FUZZ_TABLE must list every exported schema of lib/ (the first test fails otherwise), each with
 * an input it accepts, so a new schema cannot go without fuzzing.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { parseModel, parseModelText } from "@/lib/engine";
import { itemSchema } from "@/lib/inventories/item-schema";
import { INVENTORY_KINDS, registerOf } from "@/lib/inventories/registers";
import type { FieldDef } from "@/lib/inventories/fields";
import { gridFromValues, impactGridSchema } from "@/lib/bia/impact";
import { listQuerySchema } from "@/lib/lists/list-query";
import { JARGON, nastyString, nastyValue, pollutingKey, tampered, tamperedForm } from "../fuzz-values";

const ROOT = path.resolve(import.meta.dirname, "../..");
const planId = "plan-1";

/** How a schema is fuzzed: `form` is an input it accepts; `field` marks a schema of one field. */
type Case = { form: Record<string, unknown>; field?: false } | { value: unknown; field: true } | { query: true } | { model: true };

const person = { name: "Sam Lee", jobTitle: "", departmentId: "", email: "", workPhone: "", mobilePhone: "", afterHoursPhone: "", notes: "" };
const exercise = {
  planId, type: "checklist", title: "Restore drill", conductedOn: "2026-01-05", result: "passed", objectives: "", successCriteria: "", narrative: "",
  functionIds: [], systemIds: [], scenarioIds: [], participantIds: [],
};
const threat = {
  planId, category: "natural", title: "Flood", description: "", likelihood: "2", impact: "3", existingControls: "", mitigation: "", ownerId: "",
  residualLikelihood: "", residualImpact: "",
};
const scenario = {
  planId, key: "site-loss", name: "Site loss", kind: "system", description: "", at: "", declareMinutes: "0", containmentMinutes: "0", cleanBefore: "",
  lostHostKeys: "", lostSiteIds: [], threatIds: [],
};
const ertRole = { planId, title: "Recovery lead", responsibilities: "", primaryId: "", alternateId: "", leadsResponse: "on" };
const fn = { planId, name: "Invoicing", description: "", productId: "", departmentId: "" };
const product = { planId, name: "Payroll", description: "", departmentId: "" };
const tier = { planId, name: "Tier 1", maxRtoMinutes: "4h", description: "" };
const group = { planId, key: "erp", name: "ERP", maxSkewMinutes: "", systemIds: ["s1", "s2"] };
const system = { planId, name: "DC01", kind: "vm", ownerPersonId: "", description: "" };
const finding = { planId, description: "Backups were slow", severity: "low", ownerId: "p1", dueOn: "2026-02-01" };
const schedule = { scheduleKind: "cron", cron: "0 23 * * *", timezone: "UTC", everyMinutes: "", anchor: "" };

/** Module (path under lib/) → exported schema → how it is fuzzed. */
const FUZZ_TABLE: Record<string, Record<string, Case>> = {
  "auth/schemas.ts": {
    emailSchema: { field: true, value: "sam@example.com" },
    newPasswordSchema: { field: true, value: "correct horse battery" },
    signInSchema: { form: { email: "sam@example.com", password: "x" } },
  },
  "bia/form-fields.ts": {
    idList: { field: true, value: ["a", "b"] },
    optionalId: { field: true, value: "" },
    version: { field: true, value: "1" },
  },
  "bia/impact.ts": { impactGridSchema: { field: true, value: { financial: { "60": "minor" } } } },
  "bia/schemas.ts": {
    createFunctionSchema: { form: fn },
    createProductSchema: { form: product },
    deleteFunctionSchema: { form: { planId, functionId: "f1", version: "1", dependenciesVersion: "1" } },
    deleteProductSchema: { form: { planId, productId: "p1", version: "1" } },
    updateDependenciesSchema: {
      form: { planId, functionId: "f1", version: "1", systemIds: [], keyPersonIds: [], vendorIds: [], facilityIds: [], vitalRecords: "Payroll ledger" },
    },
    updateFunctionSchema: {
      form: {
        ...fn, functionId: "f1", version: "1", impactGrid: {}, costPerHour: "£1,200", mtdMinutes: "1d", rtoMinutes: "4h", rpoMinutes: "", wrtMinutes: "",
        mtdOverrideReason: "", rtoOverrideReason: "",
      },
    },
    updateProductSchema: { form: { ...product, productId: "p1", version: "1" } },
  },
  "committee/schemas.ts": {
    addCommitteeMemberSchema: { form: { planId, personId: "x1", functionalArea: "IT", role: "chair" } },
    createErtRoleSchema: { form: ertRole },
    deleteErtRoleSchema: { form: { planId, roleId: "r1", version: "1" } },
    removeCommitteeMemberSchema: { form: { planId, memberId: "m1", version: "1" } },
    sponsorChoiceSchema: { form: { sponsorId: "p1" } },
    updateCommitmentSchema: { form: { planId, version: "1", sponsorId: "p1", endorsedOn: "2026-02-10" } },
    updateCommitteeMemberSchema: { form: { planId, memberId: "m1", version: "1", functionalArea: "IT", role: "chair" } },
    updateErtRoleSchema: { form: { ...ertRole, roleId: "r1", version: "1" } },
  },
  "departments/schemas.ts": {
    createDepartmentSchema: { form: { name: "Finance" } },
    deleteDepartmentSchema: { form: { departmentId: "d1", version: "1" } },
    renameDepartmentSchema: { form: { departmentId: "d1", name: "Finance and payroll", version: "1" } },
  },
  "engine/schema.ts": { modelSchema: { model: true } },
  "exercises/schemas.ts": {
    addMeasurementSchema: {
      form: { planId, exerciseId: "e1", systemId: "s1", locationKey: "nas", restoreMinutes: "30", dataLossMinutes: "", usedGB: "", notes: "" },
    },
    attachmentRefSchema: { form: { planId, exerciseId: "e1", attachmentId: "a1" } },
    createExerciseSchema: { form: exercise },
    deleteExerciseSchema: { form: { planId, exerciseId: "e1", version: "1" } },
    exerciseRefSchema: { form: { planId, exerciseId: "e1" } },
    removeMeasurementSchema: { form: { planId, exerciseId: "e1", measurementId: "m1" } },
    setTestCadenceSchema: { form: { planId, testCadenceDays: "90", version: "1" } },
    updateExerciseSchema: { form: { ...exercise, exerciseId: "e1", version: "1" } },
  },
  "findings/schemas.ts": {
    closeFindingSchema: { form: { planId, findingId: "f1", closedNote: "Fixed", version: "1" } },
    createFindingSchema: { form: { ...finding, exerciseId: "", incidentId: "i1" } },
    findingSourceSchema: { form: { planId, exerciseId: "", incidentId: "i1" } },
    updateFindingSchema: { form: { ...finding, findingId: "f1", status: "open", version: "1" } },
  },
  "inventories/schemas.ts": {
    confirmImportSchema: { form: { planId, kind: "vendors", fingerprint: "a".repeat(64) } },
    itemRefSchema: { form: { planId, kind: "vendors", itemId: "i1" } },
    registerRefSchema: { form: { planId, kind: "vendors" } },
    setOwnerSchema: { form: { planId, kind: "vendors", ownerId: "" } },
    updateItemRefSchema: { form: { planId, kind: "vendors", itemId: "i1", version: "1" } },
  },
  "members/schemas.ts": {
    addMemberSchema: { form: { email: "sam@example.com", name: "Sam", role: "committee", password: "correct horse battery" } },
    changeRoleSchema: { form: { membershipId: "m1", role: "auditor" } },
    removeMemberSchema: { form: { membershipId: "m1" } },
    resetPasswordSchema: { form: { membershipId: "m1", password: "correct horse battery" } },
    changePasswordSchema: { form: { currentPassword: "old password", newPassword: "correct horse battery", confirmPassword: "correct horse battery" } },
    signOutEverywhereSchema: { form: { confirmed: "yes" } },
    createAdministratorSchema: { form: { organisation: "Harbour Lane Foods Ltd", email: "sam@example.com", name: "Sam", password: "correct horse battery" } },
  },
  "notifications/schemas.ts": {
    retryNotificationEmailSchema: { form: { notificationId: "n1" } },
    markNotificationReadSchema: { form: { notificationId: "n1" } },
    updateEmailPreferencesSchema: { form: { emailApprovals: "on", emailReminders: "", version: "1" } },
  },
  "people/schemas.ts": {
    createPersonSchema: { form: person },
    deletePersonSchema: { form: { personId: "p1", version: "1" } },
    importPeopleSchema: { form: { fingerprint: "" } },
    peopleQuerySchema: { query: true },
    personFieldsSchema: { form: person },
    updatePersonSchema: { form: { ...person, personId: "p1", version: "1" } },
  },
  "plans/schemas.ts": {
    archivePlanSchema: { form: { planId } },
    createPlanSchema: { form: { name: "Bristol", description: "", startFrom: planId } },
    planNameSchema: { field: true, value: "Bristol" },
    renamePlanSchema: { form: { planId, name: "Bristol", description: "", version: "1" } },
  },
  "priorities/schemas.ts": {
    createGroupSchema: { form: group },
    createTierSchema: { form: tier },
    deleteGroupSchema: { form: { planId, groupId: "g1", version: "1" } },
    deleteTierSchema: { form: { planId, tierId: "t1", version: "1" } },
    setPrioritySchema: { form: { planId, functionId: "f1", version: "1", manualRank: "", tierId: "", manualRankReason: "" } },
    updateGroupSchema: { form: { ...group, groupId: "g1", version: "1" } },
    updateTierSchema: { form: { ...tier, tierId: "t1", version: "1" } },
  },
  "recovery/imports/schemas.ts": { importSchema: { form: { planId, kind: "vms", fileName: "vms.csv", text: "name\nAPP", fingerprint: "" } } },
  "recovery/schemas.ts": {
    whatIfSchema: {
      form: {
        policy: "nightly", schedule: "every", everyMinutes: "60", cron: "", timezone: "", windowMinutes: "", copyTo: "cloud", copyMode: "scheduled", copyEveryMinutes: "360",
        copyLagMinutes: "30", location: "", throughputMBps: "", streamMBps: "", maxStreams: "", retrievalMinutes: "", host: "standby", ramMiB: "131072", reservedMiB: "",
        readyAfterMinutes: "", system: "SQL", scenario: "site-loss", recoveryHost: "standby", replicaLocation: "cloud", replicaLagMinutes: "15",
      },
    },
  },
  "recovery/setup/fields.ts": {
    blankableKeyField: { field: true, value: "" },
    idList: { field: true, value: "a,b" },
    keyField: { field: true, value: "nas" },
    optionalId: { field: true, value: "" },
    version: { field: true, value: "1" },
  },
  "recovery/setup/schemas.ts": {
    copySchema: { form: { planId, policyId: "p1", version: "1", toId: "l2", mode: "scheduled", lagMinutes: "0", ...schedule } },
    deleteCopySchema: { form: { planId, copyId: "c1" } },
    deleteSchema: { form: { planId, id: "x1" } },
    deleteVersionedSchema: { form: { planId, id: "x1", version: "1" } },
    hostSchema: { form: { planId, hostId: "", key: "hv1", name: "HV1", siteId: "", ramMiB: "65536", reservedMiB: "0", readyAfterMinutes: "0" } },
    locationSchema: {
      form: {
        planId, locationId: "", key: "nas", name: "NAS", siteId: "", online: "online", immutableDays: "0", throughputMBps: "150", streamMBps: "",
        maxStreams: "1", retrievalMinutes: "0", description: "",
      },
    },
    policySchema: { form: { planId, policyId: "", key: "nightly", name: "Nightly", ...schedule, windowMinutes: "60", targetId: "l1", systemIds: [] } },
    replicaSchema: { form: { planId, systemId: "s1", locationId: "l1", lagMinutes: "5" } },
    siteSchema: { form: { siteId: "", name: "Office", address: "", kind: "office" } },
    vmFactsSchema: {
      form: {
        planId, systemId: "s1", version: "1", hostId: "", ramMiB: "", usedGB: "", bootMinutes: "5", verifyMinutes: "5", priority: "3", dependsOnIds: [],
        recoveryHosts: {},
      },
    },
  },
  "incidents/schemas.ts": {
    addIncidentEntrySchema: { form: { planId, incidentId: "i1", at: "", kind: "recovery", text: "SQL01 restored.", systemId: "s1" } },
    correctDeclarationSchema: {
      form: {
        planId, incidentId: "i1", version: "1", title: "Head office flooded", scenarioId: "", declaredAt: "2026-12-04 07:10", startedAt: "2026-12-04 06:40", cleanBefore: "",
        declaredByPersonId: "", declaredByName: "Duty manager", reason: "Start time taken from the CCTV log.",
      },
    },
    declareIncidentSchema: { form: { planId, title: "Head office flooded", scenarioId: "", declaredAt: "2026-12-04 07:10", startedAt: "2026-12-04 06:40", cleanBefore: "", declaredByPersonId: "", declaredByName: "Duty manager" } },
    standDownIncidentSchema: { form: { planId, incidentId: "i1", version: "1", stoodDownAt: "", reviewSummary: "Recovered within RTO." } },
  },
  "reports/schemas.ts": {
    reportRefSchema: { form: { planId, reportId: "r1" } },
    requestReportSchema: { form: { planId, version: "draft", includeAudit: "on", auditFrom: "2026-01-01", auditTo: "2026-02-01" } },
  },
  "reviews/schemas.ts": {
    recordReviewSchema: { form: { heldOn: "2026-11-20", attendees: "Board", minutes: "", decisions: "", nextReviewOn: "" } },
    updateReviewSchema: { form: { reviewId: "r1", version: "1", attendees: "Board", minutes: "", decisions: "", nextReviewOn: "2027-05-01" } },
  },
  "risks/schemas.ts": {
    createScenarioSchema: { form: scenario },
    createThreatSchema: { form: threat },
    deleteScenarioSchema: { form: { planId, scenarioId: "s1", version: "1" } },
    deleteThreatSchema: { form: { planId, threatId: "t1", version: "1" } },
    threatQuerySchema: { query: true },
    updateScenarioSchema: { form: { ...scenario, scenarioId: "s1", version: "1" } },
    updateThreatSchema: { form: { ...threat, threatId: "t1", version: "1" } },
  },
  "sections/schemas.ts": { saveSectionSchema: { form: { planId, key: "purpose", body: "Why this plan exists.", version: "0" } } },
  "settings/schemas.ts": {
    updateBiaSettingsSchema: {
      form: { horizons: "1h, 4h, 1d", categories: [{ key: "financial", label: "Financial" }, { key: "", label: "Health and safety" }], intolerableRating: "major", version: "1" },
    },
    updateDocumentSettingsSchema: { form: { documentMarking: "OFFICIAL-SENSITIVE", version: "1" } },
    updateReminderSettingsSchema: { form: { approvalReminderDays: "60", testReminderDays: "7", version: "1" } },
  },
  "systems/schemas.ts": {
    createSystemSchema: { form: system },
    deleteSystemSchema: { form: { planId, systemId: "s1", version: "1" } },
    updateSystemSchema: { form: { ...system, systemId: "s1", version: "1" } },
  },
  "versions/schemas.ts": {
    decideVersionSchema: { form: { planId, number: "1", decision: "approved", versionHash: "a".repeat(64), comment: "", agree: "yes" } },
    setApproversSchema: { form: { planId, approverIds: ["u1"] } },
    setReviewCadenceSchema: { form: { planId, reviewCadenceDays: "180", version: "1" } },
    submitPlanSchema: { form: { planId, note: "" } },
    versionRefSchema: { form: { planId, number: "1" } },
    versionEvidenceRefSchema: { form: { planId, number: "1", attachmentId: "a1" } },
  },
};

/** Schemas declared inside server-only modules: fuzzed against Postgres instead (tests/integration/fuzz-*.test.ts). */
const SERVER_ONLY_SCHEMAS = ["bia/export-functions.ts", "csv/run-plan-import.ts", "exports/import-org-data.ts", "risks/export-threats.ts"];

function libFiles(dir = path.join(ROOT, "lib")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "test" || entry.name === "generated" ? [] : libFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

const relative = (file: string) => path.relative(path.join(ROOT, "lib"), file).split(path.sep).join("/");

/** The schemas a form of the app sends, wrapped so that a one-field schema has a field name. */
function asForm(c: Case, schema: z.ZodType): { schema: z.ZodType; valid: Record<string, unknown>; keys: string[] } | null {
  if ("field" in c && c.field) return { schema: z.object({ value: schema }), valid: { value: c.value }, keys: ["value"] };
  if (!("form" in c)) return null;
  if (!(schema instanceof z.ZodObject)) throw new Error("a form schema must be a z.object");
  return { schema, valid: c.form, keys: Object.keys(schema.shape) };
}

const isPlainObject = (value: unknown) => typeof value === "object" && value !== null && !Array.isArray(value);

/** Parses and checks the outcome: the data, or a VALIDATION error naming known fields in plain words. */
function expectParsedOrNamed(schema: z.ZodType, input: unknown, keys: string[]): boolean {
  try {
    parseInput(schema, input);
    return true;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(appError.code).toBe("VALIDATION");
    const entries = Object.entries(appError.fieldErrors);
    expect(entries.length).toBeGreaterThan(0);
    for (const [key, message] of entries) {
      const field = key.split(".")[0];
      if (isPlainObject(input)) expect(keys).toContain(field);
      else expect([...keys, "form"]).toContain(field);
      expect(message).not.toMatch(JARGON);
      expect(message.length).toBeGreaterThan(5);
    }
    return false;
  }
}

async function loadSchemas() {
  const found: { module: string; name: string; schema: z.ZodType }[] = [];
  for (const file of libFiles()) {
    const source = readFileSync(file, "utf8");
    if (!/from "zod"/.test(source) || source.includes('import "server-only"')) continue;
    const exports = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (value instanceof z.ZodType) found.push({ module: relative(file), name, schema: value });
    }
  }
  return found;
}

const schemas = await loadSchemas();
const cases = schemas
  .filter(({ module, name }) => FUZZ_TABLE[module]?.[name])
  .map((entry) => ({ ...entry, label: `${entry.module} ${entry.name}`, c: FUZZ_TABLE[entry.module][entry.name] }));
const forms = cases.flatMap((entry) => {
  const form = asForm(entry.c, entry.schema);
  return form ? [{ ...entry, ...form }] : [];
});

describe("the fuzz table", () => {
  it("covers every exported zod schema of lib/, and nothing that does not exist", () => {
    const exported = schemas.map(({ module, name }) => `${module} ${name}`).sort();
    const listed = Object.entries(FUZZ_TABLE).flatMap(([module, entries]) => Object.keys(entries).map((name) => `${module} ${name}`)).sort();
    expect(listed).toEqual(exported);
  });

  it("knows every server-only module that declares a schema", () => {
    const declaring = libFiles()
      .filter((file) => {
        const source = readFileSync(file, "utf8");
        return source.includes('import "server-only"') && /\bz\.(object|strictObject)\(/.test(source);
      })
      .map(relative)
      .sort();
    expect(declaring).toEqual(SERVER_ONLY_SCHEMAS);
  });

  it.each(forms.map((f) => [f.label, f] as const))("%s accepts its sample input", (_label, { schema, valid }) => {
    expect(() => parseInput(schema, valid)).not.toThrow();
  });
});

describe("malformed input never breaks parsing", () => {
  it.each(forms.map((f) => [f.label, f] as const))("%s: anything at all", (_label, { schema, keys }) => {
    fc.assert(fc.property(fc.anything(), (input) => void expectParsedOrNamed(schema, input, keys)), { numRuns: 60 });
  });

  it.each(forms.map((f) => [f.label, f] as const))("%s: one field malformed, missing or added", (_label, { schema, valid, keys }) => {
    fc.assert(
      fc.property(tampered(valid), ({ input }) => {
        expectParsedOrNamed(schema, input, keys);
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  it.each(forms.map((f) => [f.label, f] as const))("%s: a form post of strings", (_label, { schema, valid, keys }) => {
    const strings = Object.fromEntries(Object.entries(valid).filter(([, v]) => typeof v === "string")) as Record<string, string>;
    if (Object.keys(strings).length === 0) return;
    fc.assert(fc.property(tamperedForm(strings), ({ input }) => void expectParsedOrNamed(schema, { ...valid, ...input }, keys)), { numRuns: 80 });
  });

  it("rejects a NUL character at the field, since Postgres cannot store it", () => {
    expect(() => parseInput(z.object({ name: z.string() }), { name: "a\u0000b" })).toThrow(
      expect.objectContaining({ fieldErrors: { name: "Remove the invisible NUL character (\\0): it cannot be saved." } }),
    );
  });

  it("words zod's default messages for users", () => {
    const schema = z.object({ planId: z.string().min(1), version: z.coerce.number().int().min(1), kind: z.enum(["a", "b"]) });
    expect(() => parseInput(schema, { planId: "", version: "x", kind: "c" })).toThrow(
      expect.objectContaining({ fieldErrors: { planId: "This field is required.", version: "Enter a number.", kind: "Choose one of the options." } }),
    );
  });
});

describe("list queries fall back to defaults on garbage", () => {
  // Every list page (people, threats, systems, functions, inventories, recovery facts) reads its
  // search params with a listQuerySchema; a parse that throws there would be a 500 page.
  const queries = [
    ...cases.filter(({ c }) => "query" in c),
    { label: "listQuerySchema", schema: listQuerySchema(["name", "priority"], "name") as z.ZodType },
  ];
  it.each(queries.map((q) => [q.label, q] as const))("%s", (_label, { schema }) => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("q", "sort", "dir", "page", "pageSize", "view", "l", "i"), nastyValue), (query) => {
        const list = schema.parse(query) as { page: number; pageSize: number };
        expect(Number.isSafeInteger(list.page) && list.page >= 1).toBe(true);
        expect(Number.isSafeInteger(list.pageSize) && list.pageSize >= 1).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("inventory items (a schema per register)", () => {
  const sample = (field: FieldDef): string =>
    // Each person field its own person: a register may require them to differ (a backup is not the post holder).
    ({ text: "Acme", person: `person-${field.key}`, longtext: "Notes", phone: "0117 496 0101", email: "sam@example.com", date: "2026-01-01", number: "2.5", integer: "3", boolean: "yes", version: "1", select: field.options?.[0] ?? "" })[field.type];
  it.each(INVENTORY_KINDS.map((kind) => [kind] as const))("%s", (kind) => {
    const register = registerOf(kind);
    const valid = Object.fromEntries(register.fields.map((field) => [field.key, sample(field)]));
    const keys = register.fields.map((field) => field.key);
    const schema = itemSchema(register);
    expect(() => parseInput(schema, valid)).not.toThrow();
    fc.assert(fc.property(tampered(valid), ({ input }) => void expectParsedOrNamed(schema, input, keys)), { numRuns: 60 });
  });
});

describe("the recovery model (JSON or YAML)", () => {
  const example = readFileSync(path.join(ROOT, "examples/recovery-model.json"), "utf8");

  const expectIssuesNamed = (result: ReturnType<typeof parseModel>) => {
    if (result.ok) return;
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(typeof issue.path).toBe("string");
      expect(issue.message).not.toMatch(JARGON);
      expect(issue.message.length).toBeGreaterThan(3);
    }
  };

  it("accepts the example, so the corruptions below start from a valid file", () => {
    expect(parseModelText(example, "model.json").ok).toBe(true);
  });

  it("any value as a model: issues, never an exception", () => {
    fc.assert(fc.property(fc.anything(), (input) => expectIssuesNamed(parseModel(input))), { numRuns: 300 });
  });

  it("the example with one field malformed anywhere in it", () => {
    const model = JSON.parse(example) as Record<string, unknown>;
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, at: (string | number)[]) => {
      paths.push(at);
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...at, i]));
      else if (isPlainObject(value)) for (const [k, v] of Object.entries(value as object)) walk(v, [...at, k]);
    };
    walk(model, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), nastyValue, (at, value) => {
        const copy = structuredClone(model);
        let parent: Record<string | number, unknown> = copy;
        for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        parent[at[at.length - 1]] = value;
        expectIssuesNamed(parseModel(copy));
      }),
      { numRuns: 300 },
    );
  });

  it("the example truncated or corrupted at a random position, as JSON and as YAML", () => {
    fc.assert(
      fc.property(fc.nat({ max: example.length }), nastyString, fc.boolean(), (at, junk, json) => {
        expectIssuesNamed(parseModelText(example.slice(0, at) + junk, json ? "model.json" : "model.yaml"));
      }),
      { numRuns: 300 },
    );
  });

  it("random bytes as a model file", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => expectIssuesNamed(parseModelText(new TextDecoder().decode(bytes)))),
      { numRuns: 300 },
    );
  });
});

describe("form posts turned into input", () => {
  it("the impact grid's field names cannot write to Object.prototype", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.tuple(fc.oneof(pollutingKey, fc.constantFrom("financial", "x_y")), fc.constantFrom("60", "0", "__proto__")).map(([c, m]) => `impact.${c}.${m}`), nastyString), (values) => {
        gridFromValues(values);
        expect(Object.keys(Object.prototype)).toEqual([]);
        expect(({} as Record<string, unknown>)["60"]).toBeUndefined();
      }),
      { numRuns: 200 },
    );
    const grid = gridFromValues({ "impact.__proto__.60": "severe", "impact.financial.60": "minor" });
    expect(({} as Record<string, unknown>)["60"]).toBeUndefined();
    expect(parseInput(z.object({ impactGrid: impactGridSchema }), { impactGrid: grid })).toEqual({ impactGrid: { financial: { "60": "minor" } } });
  });
});

/**
 * The authorisation matrix of server actions: every action of the build × every role × own
 * organisation and another. Actions are discovered from Next's server-reference manifest (and
 * the "use server" modules' exports); each must have a rule in e2e/action-matrix/rules.ts, so a
 * new action without one fails here. Each action is called over HTTP as Next's client calls it.
 * A role without the rule's permission is refused ("You do not have permission…"), a signed-out
 * caller is told the session has ended (the form keeps its input, never a redirect that loses it), another organisation's administrator gets "not found", a
 * permitted member naming another organisation's row, or its plan's rows under another plan, or
 * editing the plan while it is archived, is refused — and none of them changes a row of the
 * group's world (e2e/action-matrix/world.ts). One permitted role then makes the call succeed and
 * change it. Each group works on a plan of its own, so other specs are undisturbed.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { can, ROLES, type Role } from "../lib/auth/permissions";
import { SESSION_ENDED } from "../lib/auth/session-ended";
import { signIn, USERS } from "./helpers";
import { actionsInSource, actionsOfBuild, type DiscoveredAction } from "./action-matrix/discover";
import { invokeAction, type ActionOutcome, type Fields } from "./action-matrix/invoke";
import { GROUPS, type Ctx, type Rule } from "./action-matrix/rules";
import { changedTables, WorldReader, type World } from "./action-matrix/world";

const FORBIDDEN = "You do not have permission to do that.";
/** A use case's notFound, or a delete's (decision 73: a record another delete took first is said to be gone). */
const NOT_FOUND = /was not found(: it has probably been deleted already)?\.$/;
/** Who proves the permitted path when the rule names no one. */
const PREFERRED: Role[] = ["committee", "admin", "executive", "auditor"];

type Caller = Role | "outsider" | "anonymous";

const ruleKey = (module: string, name: string) => `${module}#${name}`;
const RULE_KEYS = Object.entries(GROUPS).flatMap(([module, group]) => Object.keys(group.rules).map((name) => ruleKey(module, name)));

let sessions: Map<Caller, APIRequestContext>;
let actions: Map<string, DiscoveredAction>;

test.beforeAll(async ({ browser }) => {
  // Seven sign-ins, each a password hash: more than the default minute on a loaded 2-core machine.
  test.setTimeout(180_000);
  actions = new Map(actionsOfBuild().map((a) => [a.key, a]));
  sessions = new Map();
  for (const caller of [...ROLES, "outsider"] as const) {
    const context = await browser.newContext();
    await signIn(await context.newPage(), caller === "outsider" ? USERS.otherOrgAdmin : USERS[caller]);
    sessions.set(caller, context.request);
  }
  sessions.set("anonymous", (await browser.newContext()).request);
});

test("every server action has a rule, and every rule an action", () => {
  const built = [...actions.keys()];
  expect(built.length, "server actions in the build").toBeGreaterThan(0);
  expect(actionsInSource(), "the build's actions are the source's (rebuild after changing actions)").toEqual(built);
  expect(built.filter((key) => !RULE_KEYS.includes(key)), "actions without a rule").toEqual([]);
  expect(RULE_KEYS.filter((key) => !built.includes(key)), "rules for actions that no longer exist").toEqual([]);
});

/** The page to post to: one whose bundle carries the action, with the group's ids filled in. */
function pageUrl(action: DiscoveredAction, ctx: Ctx): string {
  const params: Record<string, string> = ctx.planId ? { planId: ctx.planId, kind: "vendors" } : {};
  const dynamic = (page: string) => [...page.matchAll(/\[(\w+)\]/g)].map(([, name]) => name);
  const fillable = action.pages.filter((p) => dynamic(p).every((name) => name in params)).sort((a, b) => dynamic(a).length - dynamic(b).length);
  if (fillable.length === 0) throw new Error(`No page to call ${action.key} from: ${action.pages.join(", ")}`);
  return fillable[0].replace(/\[(\w+)\]/g, (_, name: string) => params[name]);
}

function summary(outcome: ActionOutcome): string {
  if (outcome.redirect) return `redirect to ${outcome.redirect}`;
  const state = outcome.result as { status?: string; message?: string; fieldErrors?: Record<string, string> } | undefined;
  if (!state) return `HTTP ${outcome.status} without an action result`;
  return `${state.status}: ${state.message ?? ""} ${JSON.stringify(state.fieldErrors ?? {})}`.trim();
}

const succeeded = (o: ActionOutcome) =>
  o.redirect ? !o.redirect.startsWith("/signin") : (o.result as { status?: string } | undefined)?.status === "ok";
const message = (o: ActionOutcome) => (o.result as { message?: string } | undefined)?.message ?? "";
/** A field error on one of `named` (on any field when none are named). */
function fieldErrorOn(o: ActionOutcome, named: string[]): boolean {
  const errors = Object.keys((o.result as { fieldErrors?: Record<string, string> } | undefined)?.fieldErrors ?? {});
  return named.length === 0 ? errors.length > 0 : errors.some((field) => named.includes(field));
}
const isError = (o: ActionOutcome) => !o.redirect && (o.result as { status?: string } | undefined)?.status === "error";

for (const [module, group] of Object.entries(GROUPS)) {
  test(`${module}: each action refuses whom it must and changes nothing for them`, async ({ baseURL }) => {
    test.setTimeout(120_000);
    const reader = await WorldReader.connect();
    // Fixed width, so no group's tag is a prefix of another's.
    const tag = `am${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8).padEnd(6, "0")}`;
    const call = (caller: Caller, action: DiscoveredAction, fields: Fields, url: string) =>
      invokeAction(sessions.get(caller)!, { url, actionId: action.id, fields, origin: baseURL! });
    const byName = (name: string) => [...actions.values()].find((a) => a.key.endsWith(`#${name}`))!;
    const foreignPerson = await reader.id(
      `SELECT p.id FROM "Person" p JOIN "Organization" o ON o.id = p."orgId" WHERE o.slug = 'riverside-dental' ORDER BY p.name LIMIT 1`,
    );
    const ctx: Ctx = {
      reader,
      tag,
      planId: "",
      otherPlanId: "",
      ids: {},
      foreign: {
        personId: foreignPerson,
        systemId: await reader.id(`SELECT s.id FROM "System" s JOIN "Organization" o ON o.id = s."orgId" WHERE o.slug = 'riverside-dental' ORDER BY s.name LIMIT 1`),
        departmentId: await reader.id(`SELECT d.id FROM "Department" d JOIN "Organization" o ON o.id = d."orgId" WHERE o.slug = 'riverside-dental' ORDER BY d.name LIMIT 1`),
        userId: await reader.id(`SELECT id FROM "User" WHERE email = $1`, [USERS.otherOrgAdmin]),
        siteId: await reader.id(`SELECT s.id FROM "Site" s JOIN "Organization" o ON o.id = s."orgId" WHERE o.slug = 'riverside-dental' ORDER BY s.name LIMIT 1`),
        itemId: await reader.id(
          `SELECT i.id FROM "InventoryItem" i JOIN "Organization" o ON o.id = i."orgId" WHERE o.slug = 'riverside-dental' ORDER BY i.id LIMIT 1`,
        ),
        planId: await reader.id(`SELECT p.id FROM "Plan" p JOIN "Organization" o ON o.id = p."orgId" WHERE o.slug = 'riverside-dental' ORDER BY p.name LIMIT 1`),
      },
      run: async (role, name, fields) => {
        await ctx.answer(role, name, fields);
      },
      answer: async (role, name, fields) => {
        const action = byName(name);
        const outcome = await call(role, action, fields, pageUrl(action, ctx));
        if (!succeeded(outcome)) throw new Error(`Setup: ${name} as ${role} answered ${summary(outcome)}`);
        return (outcome.result ?? {}) as Record<string, unknown>;
      },
      upload: async (exerciseId) => {
        const response = await sessions.get("committee")!.post(`/plans/${ctx.planId}/tests/${exerciseId}/attachments`, {
          headers: { origin: baseURL! },
          multipart: { file: { name: "restore-log.txt", mimeType: "text/plain", buffer: Buffer.from(`Restored ${tag}\n`) } },
          maxRedirects: 0,
        });
        if (response.status() >= 400) throw new Error(`Setup: upload answered ${response.status()}`);
      },
    };
    await ctx.run("committee", "createPlanAction", { name: `Action matrix ${tag}` });
    ctx.planId = await reader.id(`SELECT id FROM "Plan" WHERE name = $1`, [`Action matrix ${tag}`]);
    await ctx.run("committee", "createPlanAction", { name: `Other plan ${tag}` });
    ctx.otherPlanId = await reader.id(`SELECT id FROM "Plan" WHERE name = $1`, [`Other plan ${tag}`]);
    await group.setup?.(ctx);

    const failures: string[] = [];
    for (const [name, rule] of Object.entries(group.rules)) {
      const action = actions.get(ruleKey(module, name));
      if (!action) continue; // reported by the rule-coverage test
      try {
        failures.push(...(await checkAction(ctx, action, name, rule, call)));
      } catch (error) {
        failures.push(`${name}: ${(error as Error).message}`);
      }
    }
    await reader.close();
    expect(failures).toEqual([]);
  });
}

/** Permissions that change a plan, decide on its versions or run an incident under it: refused while it is archived (but for a rule that says why not). */
const EDITS: string[] = ["plan:edit", "plan:submit", "plan:approve", "incident:record"];

/**
 * The permitted call while the plan is archived must be refused and change nothing. The plan is
 * archived and restored directly in Postgres (status only), so the plan row is as it was after.
 */
async function onArchivedPlan(ctx: Ctx, attempt: () => Promise<ActionOutcome>, label: string): Promise<string[]> {
  const failures: string[] = [];
  const world: World = { plans: [ctx.planId, ctx.otherPlanId], tag: ctx.tag };
  await ctx.reader.query(`UPDATE "Plan" SET status = 'archived' WHERE id = $1 AND status = 'active'`, [ctx.planId]);
  try {
    const before = await ctx.reader.fingerprint(world);
    const outcome = await attempt();
    if (!isError(outcome) || !/archived/.test(message(outcome))) failures.push(`${label} on the archived plan: expected refusal, got ${summary(outcome)}`);
    const changed = changedTables(before, await ctx.reader.fingerprint(world));
    if (changed.length > 0) failures.push(`${label} on the archived plan: changed ${changed.join(", ")}`);
  } finally {
    await ctx.reader.query(`UPDATE "Plan" SET status = 'active' WHERE id = $1`, [ctx.planId]);
  }
  return failures;
}

async function checkAction(
  ctx: Ctx,
  action: DiscoveredAction,
  name: string,
  rule: Rule,
  call: (caller: Caller, action: DiscoveredAction, fields: Fields, url: string) => Promise<ActionOutcome>,
): Promise<string[]> {
  const failures: string[] = [];
  const fields = await rule.fields(ctx);
  const url = pageUrl(action, ctx);
  const permitted = rule.allowedAs ?? PREFERRED.find((role) => can(role, rule.permission));
  if (!permitted || !can(permitted, rule.permission)) return [`${name}: no role may call it under its rule`];
  if (EDITS.includes(rule.permission) && "planId" in fields && !rule.archivedPlanAllowed) {
    failures.push(...(await onArchivedPlan(ctx, () => call(permitted, action, fields, url), `${name} as ${permitted}`)));
  }
  const world: World = { plans: [ctx.planId, ctx.otherPlanId], tag: ctx.tag, extraIds: ctx.ids.orgId ? [ctx.ids.orgId] : [] };
  const before = await ctx.reader.fingerprint(world);

  /** "refused": not found, or a field error (on one of `named`, when given) — never a save. */
  const refusal = async (caller: Caller, expected: "session ended" | "forbidden" | "not found" | "refused", form = fields, note = "", named: string[] = []) => {
    const outcome = await call(caller, action, form, url);
    const ok =
      expected === "session ended"
        ? isError(outcome) && message(outcome) === SESSION_ENDED
        : expected === "forbidden"
          ? isError(outcome) && message(outcome) === FORBIDDEN
          : expected === "not found"
            ? isError(outcome) && NOT_FOUND.test(message(outcome))
            : isError(outcome) && (NOT_FOUND.test(message(outcome)) || fieldErrorOn(outcome, named));
    const label = `${name} as ${caller}${note}`;
    if (!ok) failures.push(`${label}: expected ${expected}, got ${summary(outcome)}`);
    const changed = changedTables(before, await ctx.reader.fingerprint(world));
    if (changed.length > 0) failures.push(`${label}: refused, yet changed ${changed.join(", ")}`);
  };

  await refusal("anonymous", "session ended");
  for (const role of ROLES) if (!can(role, rule.permission)) await refusal(role, "forbidden");
  if (rule.tenant && rule.tenantField) await refusal("outsider", "refused", fields, ` naming this organisation's rows in ${rule.tenantField}`, [rule.tenantField]);
  else if (rule.tenant) await refusal("outsider", can("admin", rule.permission) ? "not found" : "forbidden");
  for (const form of rule.foreign?.(ctx, fields) ?? []) {
    const named = Object.keys(form).filter((key) => form[key] !== fields[key]);
    await refusal(permitted, "refused", form, ` naming another organisation's row in ${named.join(", ")}`, named);
  }
  // The plan's own rows named under another plan of the organisation: refused, whatever the action.
  const values = Object.entries(fields).flatMap(([key, value]) => (key === "planId" ? [] : [value].flat().filter((v) => typeof v === "string")));
  if ("planId" in fields && (await ctx.reader.rowsOfPlan(ctx.planId, values)).length > 0) {
    await refusal(permitted, "refused", { ...fields, planId: ctx.otherPlanId }, " naming its plan's rows under another plan");
  }

  const outcome = await call(permitted, action, fields, url);
  const changed = changedTables(before, await ctx.reader.fingerprint(world));
  if (rule.allowed) {
    if (!rule.allowed.answers.test(message(outcome))) failures.push(`${name} as ${permitted}: expected ${rule.allowed.answers}, got ${summary(outcome)}`);
    if (changed.length > 0) failures.push(`${name} as ${permitted}: expected no change (${rule.allowed.why}), changed ${changed.join(", ")}`);
  } else {
    if (!succeeded(outcome)) failures.push(`${name} as ${permitted}: expected success, got ${summary(outcome)}`);
    else if (changed.length === 0) failures.push(`${name} as ${permitted}: succeeded but changed nothing in the group's world`);
  }
  return failures;
}

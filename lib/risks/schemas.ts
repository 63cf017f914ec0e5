import { z } from "zod";
import { blankable, versionField } from "@/lib/validation";
import { listQuerySchema } from "@/lib/lists/list-query";
import { KEY_PATTERN, MAX_KEY_LENGTH } from "@/lib/slug";
import { optionalDurationField } from "@/lib/durations";
// The schedule module alone: this file runs in the scenario form in the browser too.
import { MAX_LOOKBACK_DAYS } from "@/lib/engine/schedule";
import { DAY_MS } from "@/lib/days";

export const THREAT_CATEGORIES = ["natural", "technical", "human"] as const;
export const SCENARIO_KINDS = ["system", "host", "site", "ransomware"] as const;

export const THREAT_CATEGORY_LABELS: Record<(typeof THREAT_CATEGORIES)[number], string> = { natural: "Natural", technical: "Technical", human: "Human" };

export const SCENARIO_KIND_LABELS: Record<(typeof SCENARIO_KINDS)[number], string> = {
  system: "One system lost",
  host: "Hosts lost",
  site: "Sites lost",
  ransomware: "Ransomware",
};

/** What the threat form calls each field: in a refused stale save, and as the register's CSV columns. */
export const THREAT_LABELS = {
  category: "Category",
  title: "Threat",
  description: "Description",
  existingControls: "Existing controls",
  likelihood: "Likelihood",
  impact: "Impact",
  mitigation: "Mitigation",
  ownerId: "Owner",
  residualLikelihood: "Residual likelihood",
  residualImpact: "Residual impact",
};

const rating = (what: string) =>
  z.coerce.number({ error: `Rate the ${what} from 1 to 5.` }).int(`Rate the ${what} from 1 to 5.`).min(1, `Rate the ${what} from 1 to 5.`).max(5, `Rate the ${what} from 1 to 5.`);

/** An empty select means "not rated yet". */
const optionalRating = (what: string) =>
  z.preprocess((value) => (value === "" || value === undefined ? null : value), rating(what).nullable());

const text = (max: number) => z.string().trim().max(max, `Keep it under ${max.toLocaleString("en-GB")} characters.`).default("");

const threatFields = z.object({
  planId: z.string().min(1),
  category: z.enum(THREAT_CATEGORIES, { error: "Choose natural, technical or human." }),
  title: z.string().trim().min(1, "Name the threat.").max(160, "Keep the title under 160 characters."),
  description: text(2000),
  likelihood: rating("likelihood"),
  impact: rating("impact"),
  existingControls: text(2000),
  mitigation: text(2000),
  ownerId: z
    .string()
    .trim()
    .default("")
    .transform((value) => value || null),
  residualLikelihood: optionalRating("residual likelihood"),
  residualImpact: optionalRating("residual impact"),
});

/** Residual risk is one rating of both axes: either both are given or neither. */
const residualPaired = (t: { residualLikelihood: number | null; residualImpact: number | null }) =>
  (t.residualLikelihood === null) === (t.residualImpact === null);
const residualMessage = { message: "Rate both residual likelihood and residual impact, or neither.", path: ["residualImpact"] };

/** Controls reduce a risk: the residual score (likelihood × impact) may not exceed the inherent one. */
const residualNotWorse = (t: { likelihood: number; impact: number; residualLikelihood: number | null; residualImpact: number | null }) =>
  t.residualLikelihood === null || t.residualImpact === null || t.residualLikelihood * t.residualImpact <= t.likelihood * t.impact;
const worseMessage = {
  message: "The residual score (likelihood × impact) cannot be above the inherent score: controls cannot make a risk worse. Rate the inherent risk higher or the residual risk lower.",
  path: ["residualImpact"],
};

export const createThreatSchema = threatFields.refine(residualPaired, residualMessage).refine(residualNotWorse, worseMessage);
export const updateThreatSchema = threatFields
  .extend({ threatId: z.string().min(1), version: versionField() })
  .refine(residualPaired, residualMessage)
  .refine(residualNotWorse, worseMessage);
/** A delete of a threat: the version its page showed (docs/decisions/0073). */
export const deleteThreatSchema = z.object({ planId: z.string().min(1), threatId: z.string().min(1), version: versionField() });

export const THREAT_SORTABLE = ["title", "category", "likelihood", "impact", "score", "residualScore"] as const;
export type ThreatSort = (typeof THREAT_SORTABLE)[number];

/** The register's list parameters plus the heat-map cell it is filtered to, if any. */
export const threatQuerySchema = listQuerySchema(THREAT_SORTABLE, "score").extend({
  // Riskiest first unless the reader asks otherwise.
  dir: z.enum(["asc", "desc"]).catch("desc"),
  view: z.enum(["inherent", "residual"]).catch("inherent"),
  l: z.coerce.number().int().min(1).max(5).optional().catch(undefined),
  i: z.coerce.number().int().min(1).max(5).optional().catch(undefined),
});

const INSTANT = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:\d{2})?$/;

/**
 * An instant the recovery engine can use, never depending on the server's or the browser's time
 * zone: a date and time in UTC ("2026-03-14 02:00"), or ISO 8601 with its offset
 * ("2026-06-10T04:00:00+01:00").
 */
export const instant = (field: string) =>
  z
    .string()
    .trim()
    .default("")
    .transform((value, ctx) => {
      if (value === "") return null;
      const match = INSTANT.exec(value);
      const date = match ? new Date(`${match[1]}T${match[2]}${match[3] ?? "Z"}`) : null;
      if (!date || Number.isNaN(date.getTime())) {
        ctx.addIssue({ code: "custom", message: `Enter the ${field} as a date and time in UTC, like 2026-03-14 02:00, or with its offset, like 2026-06-10T04:00+01:00.` });
        return z.NEVER;
      }
      return date;
    });

/** Minutes (a bare number) or a duration such as 4h; blank is 0 (no delay). */
const minutes = (label: string) => optionalDurationField(label, { unit: "minutes", max: 525_600 }).transform((v) => v ?? 0);

const idList = z.array(z.string().min(1)).default([]);

/** The scenario's id in the recovery model (its key). */
const scenarioKey = z
  .string()
  .trim()
  .min(1, "Give the scenario an id, like site-loss.")
  .max(MAX_KEY_LENGTH, `Keep the id under ${MAX_KEY_LENGTH} characters.`)
  .regex(KEY_PATTERN, "Use lower-case letters, digits and hyphens, starting with a letter or digit (like site-loss).");

const scenarioFields = z.object({
  planId: z.string().min(1),
  key: scenarioKey,
  name: z.string().trim().min(1, "Name the scenario.").max(120, "Keep the name under 120 characters."),
  kind: z.enum(SCENARIO_KINDS, { error: "Choose what the scenario loses." }),
  description: text(2000),
  at: instant("disaster instant"),
  declareMinutes: minutes("Minutes to declare"),
  containmentMinutes: minutes("Containment minutes"),
  cleanBefore: instant("last clean instant"),
  lostHostKeys: z
    .string()
    .default("")
    .transform((value) => [...new Set(value.split(/[\s,]+/).map((key) => key.trim()).filter(Boolean))])
    .refine((keys) => keys.every((key) => KEY_PATTERN.test(key)), "List host ids in lower case, separated by commas (like hv01, hv02)."),
  lostSiteIds: idList,
  threatIds: idList,
});

type ScenarioFields = Omit<z.infer<typeof scenarioFields>, "key">;

/** What each kind of scenario needs for the recovery engine to assess it. */
function checkKind(scenario: ScenarioFields, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (scenario.kind === "host" && scenario.lostHostKeys.length === 0) issue("lostHostKeys", "Name at least one lost host.");
  if (scenario.kind === "site" && scenario.lostSiteIds.length === 0) issue("lostSiteIds", "Choose at least one lost site.");
  if (scenario.kind === "ransomware") {
    if (!scenario.at) issue("at", "A ransomware scenario needs the instant of the attack.");
    if (!scenario.cleanBefore) issue("cleanBefore", "A ransomware scenario needs the last instant known clean.");
    if (scenario.at && scenario.cleanBefore && scenario.cleanBefore > scenario.at) {
      issue("cleanBefore", "The last clean instant must be before the attack.");
    }
    // The engine's bound: it builds every backup point of the look-back, for every policy.
    if (scenario.at && scenario.cleanBefore && scenario.at.getTime() - scenario.cleanBefore.getTime() > MAX_LOOKBACK_DAYS * DAY_MS) {
      issue("cleanBefore", `The last clean instant must be at most ${MAX_LOOKBACK_DAYS} days before the attack.`);
    }
  }
}

/**
 * A new scenario's id may be left blank (undefined): it is then made from its name
 * (lib/recovery/new-key.ts). An edit keeps its id: changing it renames the scenario in the model.
 */
export const createScenarioSchema = scenarioFields
  .extend({ key: blankable(scenarioKey) })
  .superRefine(checkKind);
export const updateScenarioSchema = scenarioFields
  .extend({ scenarioId: z.string().min(1), version: versionField() })
  .superRefine(checkKind);
/** A delete of a scenario: the version its page showed (docs/decisions/0073). */
export const deleteScenarioSchema = z.object({ planId: z.string().min(1), scenarioId: z.string().min(1), version: versionField() });

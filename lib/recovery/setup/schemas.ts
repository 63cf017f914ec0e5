import { z } from "zod";
import {
  blankableKeyField,
  checkSchedule,
  idList,
  numberField,
  optionalId,
  optionalNumberField,
  optionalText,
  requireKeyOnEdit,
  requiredId,
  scheduleFields,
  textField,
  version,
} from "@/lib/recovery/setup/fields";
import { durationField } from "@/lib/durations";
import { MAX_DELAY_MINUTES } from "@/lib/engine";

/** Shared by the setup forms and the use cases (lib/recovery/setup/*). */

export const SITE_KINDS = ["office", "warehouse", "depot", "datacentre", "cloud", "storage", "offsite", "other"] as const;

/** How a site's kind reads on its form and in lists. */
export const SITE_KIND_LABELS: Record<(typeof SITE_KINDS)[number], string> = {
  office: "Office",
  warehouse: "Warehouse",
  depot: "Depot",
  datacentre: "Data centre",
  cloud: "Cloud region",
  storage: "Storage",
  offsite: "Off-site store",
  other: "Other",
};

export function siteKindLabel(kind: string): string {
  return SITE_KIND_LABELS[kind as keyof typeof SITE_KIND_LABELS] ?? kind;
}

export const siteSchema = z.object({
  siteId: optionalId,
  name: textField("Name", 120),
  address: optionalText("Address", 500),
  version: version.optional(),
  kind: z.enum(SITE_KINDS, { error: "Kind: choose one." }).default("office"),
});

const online = z
  .union([z.enum(["online", "offline"]), z.boolean()])
  .default("online")
  .transform((v) => v === true || v === "online");

export const locationSchema = z
  .object({
    planId: z.string().min(1),
    locationId: optionalId,
    version: version.optional(),
    key: blankableKeyField,
    name: textField("Name", 120),
    siteId: optionalId,
    online,
    immutableDays: durationField("Immutable for (days)", { unit: "days", max: 36500 }),
    throughputMBps: numberField("Throughput (MB/s)", { min: 0, above: true }),
    streamMBps: optionalNumberField("Per-stream limit (MB/s)", { min: 0, above: true }),
    maxStreams: numberField("Parallel restores", { min: 1, max: 1000, int: true, example: "2" }),
    retrievalMinutes: durationField("Retrieval time (minutes)", { unit: "minutes" }),
    description: optionalText("Description"),
  })
  .superRefine((v, ctx) => {
    requireKeyOnEdit(v, v.locationId, ctx);
    if (v.streamMBps !== null && v.streamMBps > v.throughputMBps) {
      ctx.addIssue({ code: "custom", path: ["streamMBps"], message: "Per-stream limit (MB/s): cannot exceed the location's throughput." });
    }
  });

export const hostSchema = z
  .object({
    planId: z.string().min(1),
    hostId: optionalId,
    version: version.optional(),
    key: blankableKeyField,
    name: textField("Name", 120),
    siteId: optionalId,
    ramMiB: numberField("Memory (MiB)", { min: 0, above: true, int: true, max: 2 ** 31 - 1, example: "131072" }),
    reservedMiB: numberField("Reserved memory (MiB)", { min: 0, int: true, max: 2 ** 31 - 1, example: "4096" }),
    readyAfterMinutes: durationField("Ready after (minutes)", { unit: "minutes" }),
  })
  .superRefine((v, ctx) => {
    requireKeyOnEdit(v, v.hostId, ctx);
    if (v.reservedMiB >= v.ramMiB) {
      ctx.addIssue({ code: "custom", path: ["reservedMiB"], message: "Reserved memory (MiB): must be less than the host's memory." });
    }
  });

export const policySchema = z
  .object({
    planId: z.string().min(1),
    policyId: optionalId,
    version: version.optional(),
    key: blankableKeyField,
    name: textField("Name", 120),
    ...scheduleFields,
    windowMinutes: durationField("Window (minutes)", { unit: "minutes", max: MAX_DELAY_MINUTES }),
    targetId: requiredId("Target location"),
    systemIds: idList,
  })
  .superRefine((v, ctx) => {
    requireKeyOnEdit(v, v.policyId, ctx);
    checkSchedule(v, ctx);
  });

export const copySchema = z
  .object({
    planId: z.string().min(1),
    policyId: z.string().min(1),
    version: version,
    toId: requiredId("Copy to"),
    mode: z.enum(["immediate", "scheduled", "rotation"], { error: "Mode: choose immediate, scheduled or rotation." }),
    lagMinutes: durationField("Lag (minutes)", { unit: "minutes", max: MAX_DELAY_MINUTES }),
    ...scheduleFields,
  })
  .superRefine((v, ctx) => {
    if (v.mode !== "immediate") checkSchedule(v, ctx);
  });

export const deleteCopySchema = z.object({ planId: z.string().min(1), copyId: z.string().min(1) });

/** The replica form's refusals, shared with the what-if's replica draft so that both say the same. */
export const REPLICA_REFUSALS = {
  system: "System: choose one of this plan's systems.",
  location: "Replica location: choose one of this plan's locations.",
  duplicate: "Replica location: this system already replicates there.",
} as const;

export const replicaSchema = z.object({
  planId: z.string().min(1),
  systemId: requiredId("System"),
  locationId: requiredId("Replica location"),
  lagMinutes: durationField("Lag (minutes)", { unit: "minutes" }),
});

export const deleteSchema = z.object({ planId: z.string().min(1), id: z.string().min(1) });

/** A delete of an editable record (a host, location or policy): the version its page showed (docs/decisions/0073). */
export const deleteVersionedSchema = deleteSchema.extend({ version });

/** The recovery columns of a system; `recoveryHost.<scenarioId>` fields name its host per scenario. */
export const vmFactsSchema = z.object({
  planId: z.string().min(1),
  systemId: z.string().min(1),
  version,
  hostId: optionalId,
  ramMiB: optionalNumberField("Memory (MiB)", { min: 0, above: true, int: true, max: 2 ** 31 - 1, example: "4096" }),
  usedGB: optionalNumberField("Used size (GB)", { min: 0 }),
  bootMinutes: durationField("Boot time (minutes)", { unit: "minutes" }),
  verifyMinutes: durationField("Verification time (minutes)", { unit: "minutes" }),
  priority: numberField("Priority", { min: 1, max: 5, int: true, example: "3" }),
  dependsOnIds: idList,
  recoveryHosts: z.record(z.string(), z.string()).default({}),
});


import { z } from "zod";
import { typedNumber } from "@/lib/validation";
import { optionalDurationField, type DurationRule } from "@/lib/durations";

const optionalNumber = (label: string, min: number, message: string) => typedNumber(label, z.number({ message }).min(min, message).optional());

/** Minutes, or a duration in any unit ("4h", "1d"); blank keeps the saved value (undefined). */
const optionalMinutes = (label: string, rule: DurationRule = {}) =>
  optionalDurationField(label, { unit: "minutes", ...rule }).transform((value) => value ?? undefined);

/** Memory as the host form takes it: whole MiB a saved host could hold (Postgres' int4). */
const optionalMiB = (label: string, min: number, message: string) =>
  typedNumber(label, z.number({ message }).int(message).min(min, message).max(2 ** 31 - 1, `Enter at most ${2 ** 31 - 1} MiB.`).optional());

/**
 * A what-if draft as the form sends it (every field optional: an empty field keeps the saved
 * value). Schedules: every N minutes, or a cron expression in a time zone. A copy added to the
 * policy goes out as soon as each backup lands, or every N minutes; its lag defaults to 0.
 */
export const whatIfSchema = z
  .object({
    policy: z.string().trim().max(100).default(""),
    schedule: z.enum(["keep", "every", "cron"]).default("keep"),
    everyMinutes: optionalMinutes("Every (minutes)", { min: 1 }),
    cron: z.string().trim().max(100).default(""),
    timezone: z.string().trim().max(100).default(""),
    windowMinutes: optionalMinutes("Window (minutes)"),
    copyTo: z.string().trim().max(100).default(""),
    copyMode: z.enum(["immediate", "scheduled"]).default("immediate"),
    copyEveryMinutes: optionalMinutes("Copy every (minutes)", { min: 1 }),
    copyLagMinutes: optionalMinutes("Copy lag (minutes)"),
    location: z.string().trim().max(100).default(""),
    throughputMBps: optionalNumber("Throughput (MB/s)", 0.001, "Enter a throughput above 0 MB/s."),
    streamMBps: optionalNumber("Per-stream limit (MB/s)", 0.001, "Enter a per-stream limit above 0 MB/s."),
    maxStreams: typedNumber("Parallel restore streams", z.number().int("Enter a whole number of streams.").min(1, "Enter at least 1 stream.").optional()),
    retrievalMinutes: optionalMinutes("Retrieval time (minutes)"),
    host: z.string().trim().max(100).default(""),
    ramMiB: optionalMiB("Memory (MiB)", 1, "Enter a whole number of MiB above 0."),
    reservedMiB: optionalMiB("Reserved memory (MiB)", 0, "Enter a whole number of MiB, 0 or more."),
    readyAfterMinutes: optionalMinutes("Ready after (minutes)"),
  })
  .superRefine((v, ctx) => {
    if (v.schedule === "every" && v.everyMinutes === undefined) ctx.addIssue({ code: "custom", path: ["everyMinutes"], message: "Every (minutes): enter how often the backup runs, in minutes or as a duration like 90min, 4h or 1d." });
    if (v.schedule === "cron" && v.cron.split(/\s+/).length !== 5) ctx.addIssue({ code: "custom", path: ["cron"], message: "Enter a cron expression of five fields, e.g. 0 */3 * * *." });
    // A value typed under a schedule the draft does not use would be ignored without a word.
    if (v.schedule !== "every" && v.everyMinutes !== undefined) {
      ctx.addIssue({ code: "custom", path: ["everyMinutes"], message: "Choose “Every N minutes” under Schedule, or leave this blank." });
    }
    if (v.schedule !== "cron" && v.cron !== "") ctx.addIssue({ code: "custom", path: ["cron"], message: "Choose “Cron expression” under Schedule, or leave this blank." });
    if (v.schedule !== "cron" && v.timezone !== "") ctx.addIssue({ code: "custom", path: ["timezone"], message: "A time zone applies to a cron expression only: choose “Cron expression” under Schedule, or leave this blank." });
    if (v.copyMode === "scheduled" && v.copyEveryMinutes === undefined) ctx.addIssue({ code: "custom", path: ["copyEveryMinutes"], message: "Copy every (minutes): enter how often the copy runs, in minutes or as a duration like 90min, 4h or 1d." });
    if (v.copyMode === "immediate" && v.copyEveryMinutes !== undefined) {
      ctx.addIssue({ code: "custom", path: ["copyEveryMinutes"], message: "Choose “Every N minutes” under Copy when, or leave this blank." });
    }
    if ((v.copyMode !== "immediate" || v.copyEveryMinutes !== undefined || v.copyLagMinutes !== undefined) && !v.copyTo) {
      ctx.addIssue({ code: "custom", path: ["copyTo"], message: "Choose the location to copy to." });
    }
    if ((v.schedule !== "keep" || v.windowMinutes !== undefined || v.copyTo) && !v.policy) ctx.addIssue({ code: "custom", path: ["policy"], message: "Choose the policy to change." });
    if ([v.throughputMBps, v.streamMBps, v.maxStreams, v.retrievalMinutes].some((n) => n !== undefined) && !v.location) {
      ctx.addIssue({ code: "custom", path: ["location"], message: "Choose the location to change." });
    }
    if ([v.ramMiB, v.reservedMiB, v.readyAfterMinutes].some((n) => n !== undefined) && !v.host) ctx.addIssue({ code: "custom", path: ["host"], message: "Choose the host to change." });
  });

export type WhatIfInput = z.infer<typeof whatIfSchema>;

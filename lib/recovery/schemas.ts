import { z } from "zod";
import { typedNumber } from "@/lib/validation";

const optionalNumber = (label: string, min: number, message: string) => typedNumber(label, z.number({ message }).min(min, message).optional());

/**
 * A what-if draft as the form sends it (every field optional: an empty field keeps the saved
 * value). Schedules: every N minutes, or a cron expression in a time zone.
 */
export const whatIfSchema = z
  .object({
    policy: z.string().trim().max(100).default(""),
    schedule: z.enum(["keep", "every", "cron"]).default("keep"),
    everyMinutes: optionalNumber("Every (minutes)", 1, "Enter an interval of at least 1 minute."),
    cron: z.string().trim().max(100).default(""),
    timezone: z.string().trim().max(100).default(""),
    windowMinutes: optionalNumber("Window (minutes)", 0, "Enter a window of 0 minutes or more."),
    location: z.string().trim().max(100).default(""),
    throughputMBps: optionalNumber("Throughput (MB/s)", 0.001, "Enter a throughput above 0 MB/s."),
    maxStreams: typedNumber("Parallel restore streams", z.number().int("Enter a whole number of streams.").min(1, "Enter at least 1 stream.").optional()),
  })
  .superRefine((v, ctx) => {
    if (v.schedule === "every" && v.everyMinutes === undefined) ctx.addIssue({ code: "custom", path: ["everyMinutes"], message: "Enter how often the backup runs, in minutes." });
    if (v.schedule === "cron" && v.cron.split(/\s+/).length !== 5) ctx.addIssue({ code: "custom", path: ["cron"], message: "Enter a cron expression of five fields, e.g. 0 */3 * * *." });
    if ((v.schedule !== "keep" || v.windowMinutes !== undefined) && !v.policy) ctx.addIssue({ code: "custom", path: ["policy"], message: "Choose the policy to change." });
    if ((v.throughputMBps !== undefined || v.maxStreams !== undefined) && !v.location) ctx.addIssue({ code: "custom", path: ["location"], message: "Choose the location to change." });
  });

export type WhatIfInput = z.infer<typeof whatIfSchema>;

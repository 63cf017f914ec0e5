import { z } from "zod";

/** Blank → undefined; text → a number; anything else is left for z.number to refuse (Number() of an object can throw). */
const toNumber = (v: unknown) => (v === "" || v === undefined || v === null ? undefined : typeof v === "string" ? Number(v) : v);

const optionalNumber = (min: number, message: string) => z.preprocess(toNumber, z.number({ message }).min(min, message).optional());

/**
 * A what-if draft as the form sends it (every field optional: an empty field keeps the saved
 * value). Schedules: every N minutes, or a cron expression in a time zone.
 */
export const whatIfSchema = z
  .object({
    policy: z.string().trim().max(100).default(""),
    schedule: z.enum(["keep", "every", "cron"]).default("keep"),
    everyMinutes: optionalNumber(1, "Enter an interval of at least 1 minute."),
    cron: z.string().trim().max(100).default(""),
    timezone: z.string().trim().max(100).default(""),
    windowMinutes: optionalNumber(0, "Enter a window of 0 minutes or more."),
    location: z.string().trim().max(100).default(""),
    throughputMBps: optionalNumber(0.001, "Enter a throughput above 0 MB/s."),
    maxStreams: z.preprocess(toNumber, z.number().int("Enter a whole number of streams.").min(1, "Enter at least 1 stream.").optional()),
  })
  .superRefine((v, ctx) => {
    if (v.schedule === "every" && v.everyMinutes === undefined) ctx.addIssue({ code: "custom", path: ["everyMinutes"], message: "Enter how often the backup runs, in minutes." });
    if (v.schedule === "cron" && v.cron.split(/\s+/).length !== 5) ctx.addIssue({ code: "custom", path: ["cron"], message: "Enter a cron expression of five fields, e.g. 0 */3 * * *." });
    if ((v.schedule !== "keep" || v.windowMinutes !== undefined) && !v.policy) ctx.addIssue({ code: "custom", path: ["policy"], message: "Choose the policy to change." });
    if ((v.throughputMBps !== undefined || v.maxStreams !== undefined) && !v.location) ctx.addIssue({ code: "custom", path: ["location"], message: "Choose the location to change." });
  });

export type WhatIfInput = z.infer<typeof whatIfSchema>;

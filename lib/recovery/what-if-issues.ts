/**
 * The engine's issues with a what-if draft, in the draft form's terms: an issue on a field the
 * draft changed becomes that field's message ("Cron expression: invalid cron …"), so the page
 * shows it next to the field, not as a path into the saved setup. Pure.
 */
import type { ModelIssue } from "@/lib/engine";

const FIELDS: { path: RegExp; field: string; label: string }[] = [
  { path: /^backupPolicies\[\d+\]\.schedule\.cron$/, field: "cron", label: "Cron expression" },
  { path: /^backupPolicies\[\d+\]\.schedule\.timezone$/, field: "timezone", label: "Time zone" },
  { path: /^backupPolicies\[\d+\]\.schedule\.everyMinutes$/, field: "everyMinutes", label: "Every (minutes)" },
  { path: /^backupPolicies\[\d+\]\.windowMinutes$/, field: "windowMinutes", label: "Window (minutes)" },
  { path: /^backupPolicies\[\d+\]\.copies\[\d+\]\.to$/, field: "copyTo", label: "Add a copy to" },
  { path: /^backupPolicies\[\d+\]\.copies\[\d+\]\.schedule(\.everyMinutes)?$/, field: "copyEveryMinutes", label: "Copy every (minutes)" },
  { path: /^backupPolicies\[\d+\]\.copies\[\d+\]\.lagMinutes$/, field: "copyLagMinutes", label: "Copy lag (minutes)" },
  { path: /^locations\[\d+\]\.throughputMBps$/, field: "throughputMBps", label: "Throughput (MB/s)" },
  { path: /^locations\[\d+\]\.streamMBps$/, field: "streamMBps", label: "Per-stream limit (MB/s)" },
  { path: /^locations\[\d+\]\.maxStreams$/, field: "maxStreams", label: "Parallel restore streams" },
  { path: /^locations\[\d+\]\.retrievalMinutes$/, field: "retrievalMinutes", label: "Retrieval time (minutes)" },
  { path: /^hosts\[\d+\]\.ramMiB$/, field: "ramMiB", label: "Memory (MiB)" },
  { path: /^hosts\[\d+\]\.reservedMiB$/, field: "reservedMiB", label: "Reserved memory (MiB)" },
  { path: /^hosts\[\d+\]\.readyAfterMinutes$/, field: "readyAfterMinutes", label: "Ready after (minutes)" },
  { path: /^systems\[\d+\]\.recoveryHosts\[/, field: "recoveryHost", label: "Recovery host" },
  { path: /^replicas\[\d+\]\.location$/, field: "replicaLocation", label: "Replica location" },
  { path: /^replicas\[\d+\]\.lagMinutes$/, field: "replicaLagMinutes", label: "Replica lag (minutes)" },
];

/** Field messages for the issues the draft's own fields explain, and the rest as they came. */
export function draftIssueFields(issues: ModelIssue[]): { fieldErrors: Record<string, string>; rest: ModelIssue[] } {
  const fieldErrors: Record<string, string> = {};
  const rest: ModelIssue[] = [];
  for (const issue of issues) {
    const known = FIELDS.find((f) => f.path.test(issue.path));
    if (known && !fieldErrors[known.field]) fieldErrors[known.field] = `${known.label}: ${issue.message}.`;
    else if (!known) rest.push(issue);
  }
  return { fieldErrors, rest };
}

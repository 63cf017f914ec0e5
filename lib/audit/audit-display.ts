/**
 * How the audit log shows an entry to a person (the page and its CSV export): the record's kind in
 * words, and what changed, field by field, with ids as the names of what they point at. Pure:
 * names come in as a lookup (lib/audit/audit-names.ts).
 */
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { COMMITTEE_ROLE_LABELS } from "@/lib/committee/schemas";
import { EXERCISE_RESULT_LABELS, EXERCISE_TYPE_LABELS } from "@/lib/exercises/schemas";
import { SEVERITY_LABELS, STATUS_LABELS } from "@/lib/findings/schemas";
import { ENTRY_KIND_LABELS, INCIDENT_STATUS_LABELS } from "@/lib/incidents/schemas";
import { SITE_KIND_LABELS } from "@/lib/recovery/setup/schemas";
import { SCENARIO_KIND_LABELS, THREAT_CATEGORY_LABELS } from "@/lib/risks/schemas";
import { SYSTEM_KIND_LABELS } from "@/lib/systems/schemas";
import { changedExcerpts, clipText } from "@/lib/changed-excerpts";
import { RATING_LABELS } from "@/lib/bia/impact";
import { formatDuration } from "@/lib/durations";
import { andList, count } from "@/lib/count";
import { DECISION_LABELS, VERSION_STATUS_LABELS } from "@/lib/versions/status-words";

export const KINDS: Record<string, string> = {
  plan: "Plan",
  plan_version: "Plan version",
  plan_section: "Plan section",
  function: "Business function",
  product: "Product or service",
  tier: "Recovery tier",
  consistency_group: "Consistency group",
  threat: "Threat",
  scenario: "Scenario",
  "committee-member": "Committee seat",
  "ert-role": "ERT role",
  person: "Person",
  department: "Department",
  member: "Member",
  organization: "Organisation",
  inventory_register: "Register",
  inventory_item: "Register entry",
  system: "System",
  host: "Host",
  site: "Site",
  backuplocation: "Backup location",
  backuppolicy: "Backup policy",
  replica: "Replica",
  exercise: "Test",
  finding: "Finding",
  report: "Report",
  incident: "Incident",
  incident_entry: "Incident log entry",
  management_review: "Management review",
  notification: "Notification e-mail",
};

/** The kind of record an entry is about, as a person says it ("backupPolicy" → "Backup policy"). */
export function recordKind(entityType: string): string {
  return KINDS[entityType.toLowerCase()] ?? entityType.replace(/[-_]/g, " ").replace(/^./, (c) => c.toUpperCase());
}

/** Actions whose code's last part does not say what happened on its own. */
export const ACTIONS: Record<string, string> = {
  "plan.submitted": "Submitted for approval",
  "plan.version_approved_by": "Approved by one approver",
  "plan.version_rejected": "Rejected by an approver",
  "plan.approved": "Approved by every approver",
  "plan.version_superseded": "Superseded by a later approval",
  "plan.version_withdrawn": "Withdrawn from approval",
  "plan.version_approver_lost": "An approver can no longer approve",
  "plan.approvers_set": "Approvers named",
  "plan.version_content_downloaded": "Frozen content downloaded (JSON)",
  "plan.version_evidence_downloaded": "Evidence downloaded from a version",
  "exercise.attachment_downloaded": "Evidence downloaded",
  "people.exported": "People register exported",
  "people.imported": "People register imported",
  "threats.exported": "Threat register exported",
  "threats.imported": "Threat register imported",
  "incident.declared": "Declared (plan invoked)",
  "incident.entry_added": "Added to the incident log",
  "incident.stood_down": "Stood down, with its review",
  "incident.exported": "Incident log exported (CSV)",
  "incident.declaration_corrected": "Declaration corrected",
  "incident.report_downloaded": "Incident report downloaded (PDF)",
  "management_review.recorded": "Recorded, with its inputs frozen",
  "management_review.updated": "Record edited",
  "notification.email_retried": "Failed e-mail queued to try again",
  "org.bia_settings_updated": "Impact analysis settings changed",
  "org.document_marking_changed": "Classification marking changed",
  "org.reminder_windows_changed": "Reminder windows changed",
  "member.email_preferences_changed": "Notification e-mail choices changed",
  "member.signed_out_everywhere": "Signed out of all other devices",
  "audit.verified": "Integrity verified",
};

/**
 * What an entry's action did, in words, the same on the page, in its CSV export and in the PDF's
 * audit trail: its last part, spaced ("member.role_changed" → "Role changed",
 * "plan.commitment-updated" → "Commitment updated", "recovery.policy.created" → "Created"), or
 * the words of an approval's steps. The record's kind is beside it; the code itself stays in the
 * export and under the words, for whoever searches by it.
 */
export function actionText(action: string): string {
  const last = action.split(".").at(-1) ?? action;
  return ACTIONS[action] ?? last.replace(/[_-]/g, " ").replace(/^./, (c) => c.toUpperCase());
}

/**
 * The record an entry is about, by name, with "(deleted)" once it is gone; null when it has no
 * name (nor had one) and still exists.
 */
export function recordLabel({ record, deleted }: { record: string | null; deleted: boolean }): string | null {
  if (!deleted) return record;
  return record ? `${record} (deleted)` : "(deleted)";
}

/** The record's kind and name in one line, for a view with one column for both (the PDF): "Plan section: Purpose". */
export function recordText(entry: { kind: string; record: string | null; deleted: boolean }): string {
  if (entry.deleted && !entry.record) return `${entry.kind} (deleted)`;
  const label = recordLabel(entry);
  return label ? `${entry.kind}: ${label}` : entry.kind;
}

const ACRONYMS = new Set(["rto", "rpo", "mtd", "wrt", "ram", "mib", "gb", "url", "sha256", "ert"]);

/** A snapshot's key as words: "manualRankReason" → "manual rank reason", "systemIds" → "systems", "rtoMinutes" → "RTO minutes". */
export function fieldName(key: string): string {
  const base = key.endsWith("Ids") ? `${key.slice(0, -3)}s` : key.endsWith("Id") && key.length > 2 ? key.slice(0, -2) : key;
  return base
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(" ")
    .map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word))
    .join(" ");
}

/** Ids the app generates (cuid): the strings worth looking up by name. */
const ID = /^c[a-z0-9]{20,31}$/;

/** Every id in some snapshots, nested values included. */
export function idsIn(values: unknown[]): string[] {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === "string") {
      if (ID.test(value)) found.add(value);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") Object.values(value).forEach(visit);
  };
  values.forEach(visit);
  return [...found];
}

const LONG = 200;
const clip = (text: string) => clipText(text, LONG);

/** An instant as JSON writes it (a Date in a snapshot). */
const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}):(\d{2})(?:\.(\d+))?Z$/;

/**
 * An instant in the log's own terms (UTC, to the minute): "2026-06-10 03:00 UTC"; a date field,
 * stored as its midnight, as the date alone. Seconds are kept when they are not zero.
 */
function instantText(value: string): string | null {
  const match = INSTANT.exec(value);
  if (!match) return null;
  const [, date, minute, seconds, fraction = "0"] = match;
  if (minute === "00:00" && seconds === "00" && Number(fraction) === 0) return date;
  return `${date} ${seconds === "00" ? minute : `${minute}:${seconds}`} UTC`;
}

/** One value of a snapshot as text, whole: ids as names, instants in UTC, lists joined, nothing as "—". */
function wholeText(value: unknown, names: ReadonlyMap<string, string>): string {
  if (value === null || value === undefined || value === "") return "—";
  if (isReference(value)) return names.get(value.id) ?? value.name;
  if (typeof value === "string") return names.get(value) ?? instantText(value) ?? value;
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.length ? value.map((item) => itemText(item, names)).join(", ") : "none";
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "string" ? (names.get(v) ?? v) : v));
}

/** One value of a snapshot as text (wholeText), clipped. */
export function valueText(value: unknown, names: ReadonlyMap<string, string>): string {
  return clip(wholeText(value, names));
}

/** A list's item: a record by its name or label (an impact category, a copy), anything else as a value. */
function itemText(item: unknown, names: ReadonlyMap<string, string>): string {
  if (isRecord(item)) {
    const label = ["name", "title", "label", "key"].map((key) => item[key]).find((v): v is string => typeof v === "string" && v !== "");
    if (label) return names.get(label) ?? label;
  }
  return valueText(item, names);
}

export type AuditChange = { field: string; from: string | null; to: string | null };

/**
 * Fields that hold a code the pages show by its label, by the kind of record (its entityType, in
 * lower case): "was kind: vm" reads "was kind: Virtual machine", as on the system's page. A code
 * that is not (or no longer) one of them shows as stored.
 */
export const CHOICES: Record<string, Record<string, Record<string, string>>> = {
  system: { kind: SYSTEM_KIND_LABELS },
  exercise: { type: EXERCISE_TYPE_LABELS, result: EXERCISE_RESULT_LABELS },
  finding: { severity: SEVERITY_LABELS, status: STATUS_LABELS },
  threat: { category: THREAT_CATEGORY_LABELS },
  scenario: { kind: SCENARIO_KIND_LABELS },
  site: { kind: SITE_KIND_LABELS },
  "committee-member": { role: COMMITTEE_ROLE_LABELS },
  member: { role: ROLE_LABELS },
  organization: { intolerableRating: RATING_LABELS },
  incident: { status: INCIDENT_STATUS_LABELS },
  incident_entry: { kind: ENTRY_KIND_LABELS },
  plan_version: { status: VERSION_STATUS_LABELS, decision: DECISION_LABELS },
};

type FieldFormat = { label: string; text?: (value: unknown) => string | null };
type FieldFormats = Record<string, FieldFormat>;

/** "3 at 1 day and 1 at 3 days" of an org.bia_settings_updated entry's droppedRatings; null when it is not shaped so. */
function droppedRatingsText(value: unknown): string | null {
  if (!isRecord(value) || typeof value.ratings !== "number" || typeof value.functions !== "number" || !Array.isArray(value.lengths)) return null;
  const lengths = value.lengths.filter(isRecord).map((l) => `${String(l.ratings)} at ${formatDuration(Number(l.minutes))}`);
  return `${count(value.ratings, "impact rating")} in ${count(value.functions, "function")}${lengths.length ? `: ${andList(lengths)}` : ""}`;
}

/** "Customer (rated in 1 function)" of an org.bia_settings_updated entry's hiddenCategories; null when it is not shaped so. */
function hiddenCategoriesText(value: unknown): string | null {
  if (!Array.isArray(value) || !value.every((c) => isRecord(c) && typeof c.label === "string" && typeof c.functions === "number")) return null;
  return (value as { label: string; functions: number }[])
    .map(({ label, functions }) => `${label} (rated in ${functions ? count(functions, "function") : "no function"})`)
    .join(", ");
}

/**
 * Fields shown by the words their settings page uses rather than by their key, per kind of record
 * (as CHOICES): the impact analysis settings hold outage lengths in minutes, and say what a save
 * dropped and hid in counts that opened out read as "dropped ratings.lengths: {"minutes":1440,…}".
 * `text` gives null for a value not shaped as expected, which then shows as stored.
 */
const FORMATS: Record<string, FieldFormats> = {
  organization: {
    impactHorizonsMinutes: {
      label: "outage lengths",
      text: (value) => (Array.isArray(value) && value.every((v) => typeof v === "number") ? value.map((minutes: number) => formatDuration(minutes)).join(", ") : null),
    },
    intolerableRating: { label: "first intolerable rating" },
    droppedRatings: { label: "ratings dropped", text: droppedRatingsText },
    hiddenCategories: { label: "categories hidden", text: hiddenCategoriesText },
  },
};

/** A field's value as text, whole, a code by its label (CHOICES), a formatted field in its words (FORMATS). */
function fieldText(
  { choices, formats }: { choices?: Record<string, Record<string, string>>; formats?: FieldFormats },
  key: string,
  value: unknown,
  names: ReadonlyMap<string, string>,
): string {
  const labels = choices && Object.hasOwn(choices, key) ? choices[key] : undefined;
  if (typeof value === "string" && labels && Object.hasOwn(labels, value)) return labels[value];
  const format = formats && Object.hasOwn(formats, key) ? formats[key].text : undefined;
  return (value === null || value === undefined ? null : format?.(value)) ?? wholeText(value, names);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Another record an entry names beside its own fields, by id and by its name then (a new plan's
 * `copiedFrom`): one field, shown by the record's name now, or the one recorded once it is gone.
 */
function isReference(value: unknown): value is { id: string; name: string } {
  return isRecord(value) && Object.keys(value).length === 2 && typeof value.id === "string" && typeof value.name === "string";
}

/**
 * What an entry changed. Before and after: the fields whose value differs, old → new. Only after
 * (something created or done): its fields, empty ones left out. Only before (something removed):
 * what it was. A field only the after snapshot has (an approval's version number and hash, beside
 * the status it changed) says what the entry was about: it is shown as a value, not as a change
 * from nothing. The record's own id is left out: the entry names the record already. `entityType`
 * says which fields hold codes shown by their labels (CHOICES).
 */
export function auditChanges(before: unknown, after: unknown, names: ReadonlyMap<string, string>, { entityType = "" }: { entityType?: string } = {}): AuditChange[] {
  const kind = { choices: CHOICES[entityType.toLowerCase()], formats: FORMATS[entityType.toLowerCase()] };
  const formatted = (key: string) => (kind.formats && Object.hasOwn(kind.formats, key) ? kind.formats[key] : undefined);
  const label = (key: string) => formatted(key)?.label ?? fieldName(key);
  const text = (key: string, value: unknown) => clip(fieldText(kind, key, value, names));
  // A long value changed shows where it changed, on both sides (a sentence added at the end of a section).
  const change = (key: string, from: unknown, to: unknown): AuditChange => {
    const [was, now] = changedExcerpts(fieldText(kind, key, from, names), fieldText(kind, key, to, names), LONG);
    return { field: label(key), from: was, to: now };
  };
  // A field that holds a record on either side is opened out on both (a missing one as empty); a
  // reference to another record is one field, its name, and so is a record FORMATS puts in words.
  const nested = new Set(
    [before, after].flatMap((snapshot) =>
      isRecord(snapshot) ? Object.keys(snapshot).filter((key) => isRecord(snapshot[key]) && !isReference(snapshot[key]) && !formatted(key)?.text) : [],
    ),
  );
  const was = isRecord(before) ? flatten(before, nested) : null;
  const now = isRecord(after) ? flatten(after, nested) : null;
  const keys = [...new Set([...Object.keys(was ?? {}), ...Object.keys(now ?? {})])].filter((key) => key !== "id");
  const changes: AuditChange[] = [];
  for (const key of keys) {
    const from = was ? was[key] : undefined;
    const to = now ? now[key] : undefined;
    if (isRecord(before) && isRecord(after) && key in after && !(key in before) && !nested.has(key)) {
      if (to !== null && to !== undefined && to !== "") changes.push({ field: label(key), from: null, to: text(key, to) });
    } else if (was && now) {
      if (JSON.stringify(from) !== JSON.stringify(to)) changes.push(change(key, from, to));
    } else if (now) {
      if (to !== null && to !== undefined && to !== "") changes.push({ field: label(key), from: null, to: text(key, to) });
    } else {
      changes.push({ field: label(key), from: text(key, from), to: null });
    }
  }
  return changes;
}

/**
 * A snapshot with its nested records opened out, one level deep, so each of their fields is a
 * change of its own instead of a clipped blob: a register entry's `data` by its fields' own names
 * ("recovery hours: 4 → 6"), any other by both ("impact grid.financial").
 */
function flatten(snapshot: Record<string, unknown>, nested: ReadonlySet<string>): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(snapshot)) {
    if (!nested.has(key)) flat[key] = value;
    else for (const [inner, v] of Object.entries(isRecord(value) ? value : {})) flat[key === "data" && !(inner in snapshot) ? inner : `${key}.${inner}`] = v;
  }
  return flat;
}

function line(change: AuditChange, arrow: string): string {
  if (change.from === null) return `${change.field}: ${change.to}`;
  if (change.to === null) return `was ${change.field}: ${change.from}`;
  return `${change.field}: ${change.from} ${arrow} ${change.to}`;
}

/** A change as one line of text: "role: committee → auditor", "name: Flood", "was name: Flood". */
export function changeText(change: AuditChange): string {
  return line(change, "→");
}

/**
 * An entry's changes in one cell, "; " between them: the CSV's and the PDF's Changes column. The
 * PDF passes "->" for the arrow: its standard fonts have none.
 */
export function changesText(changes: readonly AuditChange[], { arrow = "→" }: { arrow?: string } = {}): string {
  return changes.map((change) => line(change, arrow)).join("; ");
}

const NAME_KEYS = ["name", "title", "label", "email"] as const;

/**
 * What an entry is about, by name: the record as it is named now, or, when it has no name any
 * more (deleted, or a kind without one), the name its own snapshot recorded.
 */
export function recordName(entityId: string, before: unknown, after: unknown, names: ReadonlyMap<string, string>): string | null {
  const named = names.get(entityId);
  if (named) return named;
  for (const key of NAME_KEYS) {
    for (const snapshot of [after, before]) {
      const value = isRecord(snapshot) ? snapshot[key] : undefined;
      if (typeof value === "string" && value) return value;
    }
  }
  return null;
}

/**
 * An export names the last migration of the instance that made it, and imports into an instance
 * at that migration. These migrations only add columns that an older file's rows may lack, each
 * with a default that says what such a row means (or, where the migration wrote the column of the
 * rows it found, with that rule in older-rows.ts), tables an older file has no rows for, or
 * indexes (which change nothing an export holds): a file made just before them imports too, its
 * rows taking the defaults. A migration that changes or moves data is never listed: a file from
 * before it is refused, and the organisation must be exported again at the same release. Pure.
 */
export const ADDITIVE_MIGRATIONS: ReadonlySet<string> = new Set([
  // A measured restore's recorded targets: an older row's are "not recorded" (decision 45).
  "20261204100000_measurement_targets",
  // The incident log's two new tables: an older file has no incidents (decision 49).
  "20261204500000_incident_log",
  // A notification's e-mail retries: an older row has had no failed try (decision 52).
  "20261204700000_notification_email_retries",
  // An incident's start and clean boundary, an entry's system: older rows have none (decision 53).
  "20261205100000_incident_recovery",
  // A response team role's "leads the response": an older role leads when its wording said so,
  // as the migration set it (older-rows.ts; decision 56).
  "20261205200000_ert_leads_response",
  // An index for the administrators' count of failed e-mails: no column, nothing an export holds.
  "20261205400000_notification_email_failed_index",
  // The incident a finding came from, and the rule of one source: older rows have none (decision 58).
  "20261205500000_finding_from_incident",
  // Revision triggers for the test cadence, site names and impact categories: no column, nothing an export holds.
  "20261205600000_revision_of_cadence_sites_categories",
  // The audit chain's number and hash: the database chains an older file's audit rows as they are
  // imported, in the order the migration chained the rows it found (import-org-data.ts; decision 60).
  "20261205700000_audit_chain",
  // The organisation's classification marking and its form's version: an older row has none (decision 61).
  "20261205800000_document_marking",
  // A declaration's own version and a log entry kind for its corrections: an older file's
  // incidents were never corrected (decision 62).
  "20261205900000_incident_declaration_correction",
  // The management review's new table: an older file has no reviews (decision 64).
  "20261206000000_management_review",
  // The review cadence an approval was given for: an older version has none and holds for the
  // plan's cadence, as it did when exported (decision 65).
  "20261207000000_version_approved_for_days",
  // The reminders sent: an older file has none, so what falls due is reminded once more after its import (decision 66).
  "20261208000000_due_reminders",
  // A notification's kind and whether it is e-mailed, a member's kinds not e-mailed: an older
  // notification gets its kind by the migration's rule (older-rows.ts) and was wanted by e-mail;
  // an older member is e-mailed everything, as then (decision 67).
  "20261209000000_notification_email_preferences",
  // The reminder windows and their form's version: an older row takes the windows every
  // organisation had (30 and 14 days); and a reminder stage an older file's rows do not use (decision 68).
  "20261209100000_reminder_windows",
  // A measured restore's data lost may be null, not measured: an older file's rows all hold a
  // figure and keep it (a 0 there may have been a blank, which nothing tells apart; decision 71).
  "20261210000000_data_lost_not_measured",
  // When a restore point last changed: an older file's points take their creation (older-rows.ts).
  "20261213000000_restore_point_updated_at",
  // A label naming a person follows their name: an older file's labels are written again by the
  // migration's rule (older-rows.ts), as they are derived from rows the file holds.
  "20261219000000_relabel_person_items",
  // The plan list's count of functions not known: an older row has none and reads "not assessed
  // since Continuity was updated" until the plan is opened, as the migration leaves the rows it
  // finds (decision 83).
  "20261220000000_plan_readiness_functions_not_known",
  // Names sort by a collation of their own: the order changes, not a value an export holds (decision 88).
  "20261224000000_names_by_reader_order",
  // Signed-out sessions (decision 90): no organisation's data, in no export (no foreign key to an
  // organisation's rows, like the sign-in attempts), so nothing an export holds changes.
  "20261226000000_ended_sessions",
  // Titles and labels sort by the names' collation: the order changes, not a value an export holds (decision 91).
  "20261227000000_titles_by_reader_order",
  // The plan list's count of systems without a host: an older row has none and reads "not
  // assessed since Continuity was updated" until the plan is opened, as the migration leaves the
  // rows it finds (as 20261220000000 did).
  "20261229000000_plan_readiness_no_host",
]);

/**
 * Whether a file exported at `migration` imports into an instance that applied `applied` (in
 * order): it is one of them, and every one applied after it only adds columns.
 */
export function importableAt(migration: string, applied: readonly string[]): boolean {
  const at = applied.indexOf(migration);
  return at >= 0 && applied.slice(at + 1).every((name) => ADDITIVE_MIGRATIONS.has(name));
}

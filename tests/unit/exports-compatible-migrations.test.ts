import { describe, expect, it } from "vitest";
import { ADDITIVE_MIGRATIONS, importableAt } from "@/lib/exports/compatible-migrations";

const before = "20261203200000_archived_plans_withdraw_pending";
const targets = "20261204100000_measurement_targets";

describe("which exports an instance imports", () => {
  it("takes a file made at its own last migration", () => {
    expect(importableAt(targets, [before, targets])).toBe(true);
    expect(importableAt(before, [before])).toBe(true);
  });

  it("takes a file made before migrations that only add columns, such as a measured restore's recorded targets", () => {
    expect(ADDITIVE_MIGRATIONS.has(targets)).toBe(true);
    expect(importableAt(before, [before, targets])).toBe(true);
  });

  it("takes a file made before the incident log's tables: it has no incidents to restore", () => {
    expect(importableAt(targets, [before, targets, "20261204500000_incident_log"])).toBe(true);
  });

  it("takes a file made before the classification marking: its organisation has none", () => {
    const cadence = "20261205600000_revision_of_cadence_sites_categories";
    expect(importableAt(cadence, [before, targets, cadence, "20261205800000_document_marking"])).toBe(true);
  });

  it("takes a file made before the audit chain: its audit rows are chained as they are imported", () => {
    expect(importableAt(targets, [before, targets, "20261205700000_audit_chain"])).toBe(true);
  });

  it("takes a file made before incidents' declarations could be corrected: none of its incidents was", () => {
    expect(importableAt("20261205600000_revision_of_cadence_sites_categories", ["20261205600000_revision_of_cadence_sites_categories", "20261205900000_incident_declaration_correction"])).toBe(true);
  });

  it("takes a file made before approvals kept the cadence they were given for: its approvals hold for the plan's", () => {
    const review = "20261206000000_management_review";
    expect(importableAt(review, [review, "20261207000000_version_approved_for_days"])).toBe(true);
  });

  it("takes a file made before titles and labels sorted by the names' collation: no value it holds changed", () => {
    const names = "20261224000000_names_by_reader_order";
    expect(importableAt(names, [names, "20261226000000_ended_sessions", "20261227000000_titles_by_reader_order"])).toBe(true);
  });

  it("takes a file made before reminders were recorded: it has sent none", () => {
    const cadence = "20261207000000_version_approved_for_days";
    expect(importableAt(cadence, [cadence, "20261208000000_due_reminders"])).toBe(true);
  });

  it("takes a file made before a data lost could be left blank: its figures stay as they were", () => {
    const windows = "20261209100000_reminder_windows";
    expect(importableAt(windows, [windows, "20261210000000_data_lost_not_measured"])).toBe(true);
  });

  it("refuses a file made before a migration that changes data, or by an instance it has not caught up with", () => {
    expect(importableAt("20261202130000_member_people", ["20261202130000_member_people", "20261202130100_system_owner_person", before, targets])).toBe(false);
    expect(importableAt(targets, [before])).toBe(false);
    expect(importableAt("", [before, targets])).toBe(false);
  });
});

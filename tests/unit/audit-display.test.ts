import { describe, expect, it } from "vitest";
import { actionText, auditChanges, changesText, changeText, fieldName, idsIn, recordKind, recordLabel, recordName, recordText, valueText } from "@/lib/audit/audit-display";

const names = new Map([
  ["cmwwvs4jx000zyq7dw5xgk8q6", "Bristol operations"],
  ["cmwwvs737007qyq7dgxa1b2c3", "SQL01"],
]);

describe("audit log display", () => {
  it("names the kind of record, whatever spelling the writer used", () => {
    expect(recordKind("backupPolicy")).toBe("Backup policy");
    expect(recordKind("Plan")).toBe("Plan");
    expect(recordKind("committee-member")).toBe("Committee seat");
    expect(recordKind("new_thing")).toBe("New thing");
    expect(recordKind("department")).toBe("Department");
  });

  it("says what an action did in words, from its code's last part", () => {
    expect(actionText("member.role_changed")).toBe("Role changed");
    expect(actionText("recovery.policy.created")).toBe("Created");
    expect(actionText("odd")).toBe("Odd");
    // Hyphenated codes read as words too.
    expect(actionText("plan.commitment-updated")).toBe("Commitment updated");
    expect(actionText("committee.member-added")).toBe("Member added");
    expect(actionText("exercise.measurement_added")).toBe("Measurement added");
    expect(["department.created", "department.renamed", "department.deleted"].map(actionText)).toEqual(["Created", "Renamed", "Deleted"]);
  });

  it("says each step of an approval in words", () => {
    expect(
      ["plan.submitted", "plan.version_approved_by", "plan.version_rejected", "plan.approved", "plan.version_withdrawn", "plan.approvers_set", "plan.version_approver_lost"].map(actionText),
    ).toEqual([
      "Submitted for approval",
      "Approved by one approver",
      "Rejected by an approver",
      "Approved by every approver",
      "Withdrawn from approval",
      "Approvers named",
      "An approver can no longer approve",
    ]);
  });

  it("names a record with its kind, and says when it was deleted", () => {
    expect(recordLabel({ record: "Concept of operations", deleted: false })).toBe("Concept of operations");
    expect(recordLabel({ record: "Flood", deleted: true })).toBe("Flood (deleted)");
    expect(recordLabel({ record: null, deleted: true })).toBe("(deleted)");
    expect(recordLabel({ record: null, deleted: false })).toBeNull();
    expect(recordText({ kind: "Plan section", record: "Concept of operations", deleted: false })).toBe("Plan section: Concept of operations");
    expect(recordText({ kind: "Threat", record: "Flood", deleted: true })).toBe("Threat: Flood (deleted)");
    expect(recordText({ kind: "Finding", record: null, deleted: true })).toBe("Finding (deleted)");
    expect(recordText({ kind: "Organisation", record: null, deleted: false })).toBe("Organisation");
  });

  it("shows what an approval was about as values, not as changes from nothing", () => {
    const hash = "31cbb1ce".padEnd(64, "0");
    expect(auditChanges({ status: "submitted" }, { status: "approved", number: 1, hash }, names).map(changeText)).toEqual([
      "status: submitted → approved",
      "number: 1",
      `hash: ${hash}`,
    ]);
    expect(changesText(auditChanges({ status: "submitted" }, { status: "approved", number: 1 }, names), { arrow: "->" })).toBe("status: submitted -> approved; number: 1");
    // A field both sides have, empty before, is still a change from nothing.
    expect(auditChanges({ note: null }, { note: "Ready" }, names).map(changeText)).toEqual(["note: — → Ready"]);
  });

  it("opens a register entry's data out into its fields, and names a list's records by their label", () => {
    const before = { kind: "vendors", data: { name: "Sage UK", recoveryHours: 4, phone24x7: "0191 479 5900" } };
    const after = { kind: "vendors", data: { name: "Sage UK", recoveryHours: 6, phone24x7: "0191 479 5900", email: "support@sage.example" } };
    expect(auditChanges(before, after, names).map(changeText)).toEqual(["recovery hours: 4 → 6", "email: — → support@sage.example"]);
    // Created: every field it was created with, empty ones left out.
    expect(auditChanges(null, { kind: "vendors", data: { name: "DHL", service: "" } }, names).map(changeText)).toEqual(["kind: vendors", "name: DHL"]);
    // Another nested record keeps its own name in front, and a record that appears is opened out too.
    expect(auditChanges({ impactGrid: null }, { impactGrid: { financial: { "60": "minor" } } }, names).map(changeText)).toEqual(['impact grid.financial: — → {"60":"minor"}']);
    const categories = (labels: string[]) => ({ impactCategories: labels.map((label, i) => ({ key: `c${i}`, label })) });
    expect(auditChanges(categories(["Financial", "Safety"]), categories(["Financial", "Safety", "Regulatory"]), names).map(changeText)).toEqual([
      "impact categories: Financial, Safety → Financial, Safety, Regulatory",
    ]);
  });

  it("turns keys into words", () => {
    expect(fieldName("manualRankReason")).toBe("manual rank reason");
    expect(fieldName("systemIds")).toBe("systems");
    expect(fieldName("planId")).toBe("plan");
    expect(fieldName("rtoMinutes")).toBe("RTO minutes");
    expect(fieldName("id")).toBe("id");
  });

  it("shows only the fields an update changed, ids by name", () => {
    const changes = auditChanges(
      { name: "Invoicing", rtoMinutes: 480, systemIds: [], planId: "cmwwvs4jx000zyq7dw5xgk8q6" },
      { name: "Invoicing", rtoMinutes: 240, systemIds: ["cmwwvs737007qyq7dgxa1b2c3"], planId: "cmwwvs4jx000zyq7dw5xgk8q6" },
      names,
    );
    expect(changes.map(changeText)).toEqual(["RTO minutes: 480 → 240", "systems: none → SQL01"]);
  });

  it("shows what was created without its empty fields, and what was removed", () => {
    expect(auditChanges(null, { title: "Flood", mitigation: "", ownerId: null, likelihood: 2 }, names).map(changeText)).toEqual(["title: Flood", "likelihood: 2"]);
    expect(auditChanges({ title: "Flood", active: true }, null, names).map(changeText)).toEqual(["was title: Flood", "was active: yes"]);
    expect(auditChanges(null, null, names)).toEqual([]);
    // The record's own id says nothing the entry does not: its record is named beside it.
    expect(auditChanges(null, { id: "cmwwvs737007qyq7dgxa1b2c3", versionNumber: null, includeAudit: false }, names).map(changeText)).toEqual(["include audit: no"]);
  });

  it("shows a record another names (the plan a new plan was copied from) as one field, by its name now or as recorded", () => {
    const created = { name: "Bristol operations 2027", description: "", status: "active", copiedFrom: { id: "cmwwvs4jx000zyq7dw5xgk8q6", name: "Bristol ops (then)" } };
    expect(auditChanges(null, created, names).map(changeText)).toEqual(["name: Bristol operations 2027", "status: active", "copied from: Bristol operations"]);
    const gone = { ...created, copiedFrom: { id: "cmwwvs000000000000000gone", name: "Old depot" } };
    expect(auditChanges(null, gone, names).map(changeText)).toContain("copied from: Old depot");
    expect(idsIn([created])).toContain("cmwwvs4jx000zyq7dw5xgk8q6");
  });

  it("shows a code by the label its pages give it, per kind of record", () => {
    expect(auditChanges({ name: "WMS", kind: "vm" }, null, names, { entityType: "system" }).map(changeText)).toEqual(["was name: WMS", "was kind: Virtual machine"]);
    expect(auditChanges({ title: "SQL01 restore", type: "simulation", result: "passed_with_findings" }, null, names, { entityType: "exercise" }).map(changeText)).toEqual([
      "was title: SQL01 restore",
      "was type: Simulation",
      "was result: Passed with findings",
    ]);
    expect(auditChanges({ severity: "high", status: "open" }, { severity: "critical", status: "in_progress" }, names, { entityType: "finding" }).map(changeText)).toEqual([
      "severity: High → Critical",
      "status: Open → In progress",
    ]);
    expect(auditChanges({ role: "admin" }, { role: "auditor" }, names, { entityType: "member" }).map(changeText)).toEqual(["role: Administrator → Auditor"]);
    expect(auditChanges({ status: "submitted" }, { status: "approved", number: 1 }, names, { entityType: "plan_version" }).map(changeText)).toEqual(["status: Awaiting approval → Approved", "number: 1"]);
    expect(auditChanges(null, { number: 1, decision: "rejected" }, names, { entityType: "plan_version" }).map(changeText)).toEqual(["number: 1", "decision: Rejected"]);
    // The same code in another kind of record, or a code no label knows, shows as stored.
    expect(auditChanges(null, { kind: "vm" }, names, { entityType: "inventory_item" }).map(changeText)).toEqual(["kind: vm"]);
    expect(auditChanges(null, { kind: "mainframe" }, names, { entityType: "system" }).map(changeText)).toEqual(["kind: mainframe"]);
  });

  it("finds ids anywhere in a snapshot, and clips long values", () => {
    expect(idsIn([{ copies: [{ toId: "cmwwvs737007qyq7dgxa1b2c3" }] }, "plain", ["cmwwvs4jx000zyq7dw5xgk8q6"]]).sort()).toEqual([
      "cmwwvs4jx000zyq7dw5xgk8q6",
      "cmwwvs737007qyq7dgxa1b2c3",
    ]);
    expect(valueText({ toId: "cmwwvs737007qyq7dgxa1b2c3" }, names)).toBe('{"toId":"SQL01"}');
    expect(valueText("x".repeat(500), names)).toHaveLength(200);
  });

  it("shows instants in UTC to the minute, and a date field (its midnight) as the date alone", () => {
    expect(valueText("2026-06-10T03:00:00.000Z", names)).toBe("2026-06-10 03:00 UTC");
    expect(valueText("2026-06-10T03:00:42.000Z", names)).toBe("2026-06-10 03:00:42 UTC");
    expect(valueText("2026-02-10T00:00:00.000Z", names)).toBe("2026-02-10");
    expect(valueText("2026-02-10T00:00:00.250Z", names)).toBe("2026-02-10 00:00 UTC");
    expect(valueText(["2026-02-10T00:00:00.000Z", "2026-03-01T12:30:00Z"], names)).toBe("2026-02-10, 2026-03-01 12:30 UTC");
    // Text that merely looks like a date stays as it was typed.
    expect(valueText("2026-06-10", names)).toBe("2026-06-10");
    expect(valueText("2026-06-10T03:00:00+01:00", names)).toBe("2026-06-10T03:00:00+01:00");
    expect(auditChanges({ endorsedOn: "2026-02-10T00:00:00.000Z" }, { endorsedOn: "2026-02-11T00:00:00.000Z" }, names).map(changeText)).toEqual(["endorsed on: 2026-02-10 → 2026-02-11"]);
  });

  it("names the record as it is now, or as its snapshot named it once it is gone", () => {
    expect(recordName("cmwwvs4jx000zyq7dw5xgk8q6", { name: "Old" }, { name: "New" }, names)).toBe("Bristol operations");
    expect(recordName("gone", { email: "sam@example.test", role: "committee" }, { email: "sam@example.test", role: "auditor" }, names)).toBe("sam@example.test");
    expect(recordName("gone", { title: "Flood", ownerId: null }, null, names)).toBe("Flood");
    expect(recordName("gone", null, { scenarios: 5 }, names)).toBeNull();
  });
});

describe("audit log display of a long text changed", () => {
  const body = "The plan is activated when the ERP or the warehouse system is unavailable for more than one hour during trading hours. ".repeat(3);
  it("shows where it changed on both sides, not the same opening twice", () => {
    const [change] = auditChanges({ body }, { body: `${body}The duty manager may also activate it.` }, names);
    expect(change.from).not.toBe(change.to);
    expect(change.to).toContain("The duty manager may also activate it.");
    expect([...change.from!].length).toBeLessThanOrEqual(200);
  });
});

describe("audit log display of the organisation's impact analysis settings", () => {
  const before = {
    impactHorizonsMinutes: [60, 240, 1440, 4320],
    impactCategories: [{ key: "financial", label: "Financial" }, { key: "customer", label: "Customer" }],
    intolerableRating: "major",
  };
  const after = {
    impactHorizonsMinutes: [60, 240],
    impactCategories: [{ key: "financial", label: "Financial" }],
    intolerableRating: "severe",
    droppedRatings: { ratings: 4, functions: 2, lengths: [{ minutes: 1440, ratings: 3 }, { minutes: 4320, ratings: 1 }] },
    hiddenCategories: [{ key: "customer", label: "Customer", functions: 1 }],
  };

  it("says the change in the settings page's words: outage lengths as durations, the rating by its label, what was dropped and hidden", () => {
    expect(actionText("org.bia_settings_updated")).toBe("Impact analysis settings changed");
    expect(auditChanges(before, after, names, { entityType: "organization" }).map(changeText)).toEqual([
      "outage lengths: 1 h, 4 h, 1 day, 3 days → 1 h, 4 h",
      "impact categories: Financial, Customer → Financial",
      "first intolerable rating: Major → Severe",
      "ratings dropped: 4 impact ratings in 2 functions: 3 at 1 day and 1 at 3 days",
      "categories hidden: Customer (rated in 1 function)",
    ]);
  });

  it("says a category hidden that no function rated, and leaves other organisation entries as they were", () => {
    const hidden = auditChanges({ ...before }, { ...before, impactCategories: [], hiddenCategories: [{ key: "customer", label: "Customer", functions: 0 }] }, names, { entityType: "organization" });
    expect(hidden.map(changeText)).toContain("categories hidden: Customer (rated in no function)");
    expect(auditChanges({ approvalReminderDays: 30 }, { approvalReminderDays: 60 }, names, { entityType: "organization" }).map(changeText)).toEqual(["approval reminder days: 30 → 60"]);
  });
});

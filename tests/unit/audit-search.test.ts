import { describe, expect, it } from "vitest";
import { labelConditions } from "@/lib/audit/audit-search";

describe("the audit log's search by the words the page shows", () => {
  it("finds an action by its words where they are not its code's", () => {
    expect(labelConditions("for approval")).toContainEqual({ action: { in: ["plan.submitted"] } });
    expect(labelConditions("APPROVED")).toContainEqual({ action: { in: ["plan.version_approved_by", "plan.approved"] } });
    expect(labelConditions("integrity")).toContainEqual({ action: { in: ["audit.verified"] } });
  });

  it("finds an action whose words are its code's last part, spaced", () => {
    const conditions = labelConditions("Role changed");
    // The "_" escaped for LIKE: the code's own underscore, not any character.
    expect(conditions).toContainEqual({ action: { contains: "role\\_changed", mode: "insensitive" } });
    expect(conditions).toContainEqual({ action: { contains: "role-changed", mode: "insensitive" } });
  });

  it("finds a kind of record by its words", () => {
    expect(labelConditions("business function")).toContainEqual({ entityType: { equals: "function", mode: "insensitive" } });
    expect(labelConditions("seat")).toContainEqual({ entityType: { equals: "committee-member", mode: "insensitive" } });
  });

  it("finds a coded value by its label, in the kind of record whose field holds it, before or after", () => {
    expect(labelConditions("Administrator")).toContainEqual({
      entityType: { equals: "member", mode: "insensitive" },
      OR: [{ before: { path: ["role"], equals: "admin" } }, { after: { path: ["role"], equals: "admin" } }],
    });
    expect(labelConditions("virtual machine")).toContainEqual({
      entityType: { equals: "system", mode: "insensitive" },
      OR: [{ before: { path: ["kind"], equals: "vm" } }, { after: { path: ["kind"], equals: "vm" } }],
    });
    expect(labelConditions("awaiting approval")).toContainEqual({
      entityType: { equals: "plan\\_version", mode: "insensitive" },
      OR: [{ before: { path: ["status"], equals: "submitted" } }, { after: { path: ["status"], equals: "submitted" } }],
    });
  });

  it("adds nothing for words no label holds, or for none", () => {
    expect(labelConditions("zzqx")).toEqual([]);
    expect(labelConditions("  ")).toEqual([]);
  });
});

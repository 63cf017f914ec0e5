import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLES } from "@/lib/auth/permissions";

describe("permission table", () => {
  it("gives each role exactly what the product promises", () => {
    const granted = Object.fromEntries(ROLES.map((role) => [role, Object.keys(PERMISSIONS).filter((p) => can(role, p as keyof typeof PERMISSIONS))]));
    expect(granted).toEqual({
      admin: ["plan:read", "plan:create", "plan:edit", "plan:archive", "plan:submit", "plan:export", "incident:record", "review:record", "member:read", "member:manage", "account:password", "account:sessions", "account:notifications", "audit:read", "org:settings", "org:export"],
      committee: ["plan:read", "plan:create", "plan:edit", "plan:archive", "plan:submit", "plan:export", "incident:record", "account:password", "account:sessions", "account:notifications"],
      executive: ["plan:read", "plan:approve", "plan:export", "incident:record", "review:record", "member:read", "account:password", "account:sessions", "account:notifications", "audit:read"],
      auditor: ["plan:read", "plan:export", "member:read", "account:password", "account:sessions", "account:notifications", "audit:read"],
    });
  });

  it("lets the auditor change nothing", () => {
    const writes = ["plan:create", "plan:edit", "plan:archive", "plan:submit", "plan:approve", "incident:record", "review:record", "member:manage", "org:settings", "org:export"] as const;
    expect(writes.filter((p) => can("auditor", p))).toEqual([]);
  });

  it("lets top management record its review, and not the committee whose work it reviews", () => {
    expect(ROLES.filter((role) => can(role, "review:record"))).toEqual(["admin", "executive"]);
  });
});

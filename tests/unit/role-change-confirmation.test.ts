import { describe, expect, it } from "vitest";
import { roleChangeConfirmation } from "@/lib/members/role-change-confirmation";

describe("which role changes ask for confirmation", () => {
  it("asks before granting administrator rights", () => {
    expect(roleChangeConfirmation("Sam Carter", "committee", "admin")).toMatchObject({
      title: "Make Sam Carter an administrator?",
      confirmLabel: "Make administrator",
    });
  });

  it("asks before taking them away, naming the new role", () => {
    expect(roleChangeConfirmation("Sam Carter", "admin", "auditor")).toMatchObject({
      title: "Take away Sam Carter's administrator rights?",
      confirmLabel: "Change role to Auditor",
    });
  });

  it("applies other changes, and no change, at once", () => {
    expect(roleChangeConfirmation("Sam Carter", "committee", "auditor")).toBeNull();
    expect(roleChangeConfirmation("Sam Carter", "executive", "committee")).toBeNull();
    expect(roleChangeConfirmation("Sam Carter", "admin", "admin")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { checkInput } from "@/lib/validation";
import { updateReminderSettingsSchema } from "@/lib/settings/schemas";
import { actionText } from "@/lib/audit/audit-display";

const windows = (approvalReminderDays: unknown, testReminderDays: unknown) => checkInput(updateReminderSettingsSchema, { approvalReminderDays, testReminderDays, version: "1" });

describe("the reminder windows a form may save", () => {
  it("takes whole days within the bounds, as typed", () => {
    expect(windows("7", " 60 ")).toEqual({ success: true, data: { approvalReminderDays: 7, testReminderDays: 60, version: 1 } });
    expect(windows("90", "1")).toMatchObject({ success: true, data: { approvalReminderDays: 90, testReminderDays: 1 } });
  });

  it("refuses the rest at the field, naming it and its bounds", () => {
    const approval = "Days before an approval expires: enter a whole number of days from 7 to 90.";
    const test = "Days before a test is due: enter a whole number of days from 1 to 60.";
    expect(windows("6", "61")).toEqual({ success: false, fieldErrors: { approvalReminderDays: approval, testReminderDays: test } });
    expect(windows("91", "0")).toEqual({ success: false, fieldErrors: { approvalReminderDays: approval, testReminderDays: test } });
    expect(windows("14.5", undefined)).toEqual({ success: false, fieldErrors: { approvalReminderDays: approval, testReminderDays: test } });
    expect(windows(" ", "-3")).toEqual({ success: false, fieldErrors: { approvalReminderDays: approval, testReminderDays: test } });
    expect(windows("3e1", "0x10")).toEqual({
      success: false,
      fieldErrors: {
        approvalReminderDays: "Days before an approval expires: write it as plain digits, e.g. 60 or 1.5.",
        testReminderDays: "Days before a test is due: write it as plain digits, e.g. 60 or 1.5.",
      },
    });
  });

  it("is told in the audit log in words", () => {
    expect(actionText("org.reminder_windows_changed")).toBe("Reminder windows changed");
  });
});

import { describe, expect, it } from "vitest";
import { archiveConfirmationBody, restoreConfirmationBody } from "@/lib/plans/archive-confirmation";

describe("the archive and restore dialogs", () => {
  it("name the version awaiting approval that archiving withdraws, and who it waits for", () => {
    expect(archiveConfirmationBody({ planName: "Avonmouth cold store", pending: { number: 1, approvers: ["Daniel Okafor", "Sarah Lewis"] } })).toBe(
      "“Avonmouth cold store” becomes read-only and leaves the list of active plans. You can restore it later. " +
        "Version 1 awaits approval (waiting for Daniel Okafor and Sarah Lewis): archiving withdraws it, so nobody is asked to decide on it any more, " +
        "and restoring the plan does not bring it back.",
    );
    expect(archiveConfirmationBody({ planName: "Avonmouth cold store", pending: null })).toBe(
      "“Avonmouth cold store” becomes read-only and leaves the list of active plans. You can restore it later.",
    );
  });

  it("say on restoring that the version the archive withdrew stays withdrawn", () => {
    expect(restoreConfirmationBody({ planName: "Avonmouth cold store", withdrawnOnArchive: 1 })).toBe(
      "“Avonmouth cold store” becomes active and editable again. Version 1, withdrawn from approval when the plan was archived, stays withdrawn: " +
        "submit the plan again to have it approved.",
    );
    expect(restoreConfirmationBody({ planName: "Avonmouth cold store", withdrawnOnArchive: null })).toBe("“Avonmouth cold store” becomes active and editable again.");
  });
});

import { describe, expect, it, vi } from "vitest";
import { alreadyDeleted, deletedAtVersion, staleDelete } from "@/lib/concurrency/stale-delete";
import { refreshingOnConflict } from "@/lib/http/action-state";
import { AppError } from "@/lib/errors";

const conflict = { version: 3, by: "Priya Shah", at: "2026-11-27T10:15:00.000Z", changes: [] };

describe("a delete of a record changed since its page was loaded", () => {
  it("is refused as a conflict that says a delete was refused, with the version that deletes knowingly", () => {
    const error = staleDelete("The host", conflict);
    expect(error).toMatchObject({ code: "CONFLICT", message: "The host was changed after this page was loaded, so it was not deleted." });
    expect(error.conflict).toEqual({ ...conflict, refused: "delete" });
  });

  it("says the page shows the change when nobody can be named (a save between the check and the delete)", () => {
    expect(() => deletedAtVersion({ count: 0 }, "The test")).toThrow(
      "The test was changed after this page was loaded, so it was not deleted. The page now shows the change; delete it again if it should still go.",
    );
    expect(() => deletedAtVersion({ count: 1 }, "The test")).not.toThrow();
  });

  it("tells a record already deleted apart", () => {
    expect(alreadyDeleted("The host")).toMatchObject({ code: "NOT_FOUND", message: "The host was not found: it has probably been deleted already." });
  });
});

describe("refreshingOnConflict", () => {
  it("refreshes the page when the use case is refused as a conflict, and passes the refusal on", async () => {
    const refresh = vi.fn();
    await expect(refreshingOnConflict(() => Promise.reject(staleDelete("The host")), refresh)).rejects.toBeInstanceOf(AppError);
    expect(refresh).toHaveBeenCalledOnce();
  });

  it("leaves the page as it is on any other outcome", async () => {
    const refresh = vi.fn();
    await expect(refreshingOnConflict(() => Promise.reject(alreadyDeleted("The host")), refresh)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(refreshingOnConflict(() => Promise.resolve("deleted"), refresh)).resolves.toBe("deleted");
    expect(refresh).not.toHaveBeenCalled();
  });
});

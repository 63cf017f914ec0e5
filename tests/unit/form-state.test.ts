import { describe, expect, it } from "vitest";
import { hiddenFieldValue, IDLE, latestVersion, type FormState } from "@/lib/http/form-state";

const conflict = { version: 7, by: "Alex Morgan", at: "2026-11-25T21:05:00.000Z", changes: [] };

describe("the version an edit form saves against next", () => {
  it("is the page's until something newer is heard of", () => {
    expect(latestVersion(IDLE, 3)).toBe(3);
    expect(latestVersion({ status: "ok", message: "Saved.", version: 4 }, 3)).toBe(4);
  });

  it("after a refused stale save, is the stored version, so saving again overwrites knowingly", () => {
    const refused: FormState = { status: "error", message: "Someone else changed it.", values: { version: "3" }, conflict };
    expect(latestVersion(refused, 3)).toBe(7);
  });

  it("stays at the overwriting version when that save is then refused for a bad field", () => {
    const invalid: FormState = { status: "error", message: "Some fields need attention.", values: { version: "7", name: "" }, fieldErrors: { name: "Name it." } };
    expect(latestVersion(invalid, 3)).toBe(7);
  });

  it("ignores a submitted version that is not a number", () => {
    expect(latestVersion({ status: "error", values: { version: "seven" } }, 3)).toBe(3);
  });
});

describe("a confirmation dialog's hidden fields", () => {
  it("send the stored version after a refused stale save, so confirming again overwrites knowingly", () => {
    const refused: FormState = { status: "error", message: "Someone else changed this function while you were editing.", values: { version: "3" }, conflict };
    expect(hiddenFieldValue(refused, "version", "3")).toBe("7");
    expect(hiddenFieldValue(IDLE, "version", "3")).toBe("3");
  });

  it("leave every other field, and a version that is not a number, as the page gave them", () => {
    const refused: FormState = { status: "error", values: { version: "3" }, conflict };
    expect(hiddenFieldValue(refused, "functionId", "3")).toBe("3");
    expect(hiddenFieldValue(refused, "version", "draft")).toBe("draft");
  });
});

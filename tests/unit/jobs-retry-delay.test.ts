import { describe, expect, it } from "vitest";
import { retryDelayMs } from "@/lib/jobs/retry-delay";
import { oneLineError } from "@/lib/one-line-error";

describe("the delay before a worker's next start attempt", () => {
  it("starts at a second and doubles after each failure", () => {
    expect([1, 2, 3, 4, 5].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 16_000]);
  });

  it("never exceeds 30 seconds, however long the outage", () => {
    expect(retryDelayMs(6)).toBe(30_000);
    expect(retryDelayMs(1000)).toBe(30_000);
    expect(retryDelayMs(Number.MAX_SAFE_INTEGER)).toBe(30_000);
  });

  it("waits a second when asked before any failure", () => {
    expect(retryDelayMs(0)).toBe(1000);
  });
});

describe("an error in one log line", () => {
  it("gives an error's message on one line", () => {
    expect(oneLineError(new Error('database "continuity" does not exist'))).toBe('database "continuity" does not exist');
    expect(oneLineError(new Error("first\n   second"))).toBe("first second");
  });

  it("joins the attempts of a refused connection to localhost, whose own message is empty", () => {
    const attempt = (address: string) => Object.assign(new Error(`connect ECONNREFUSED ${address}:5432`), { code: "ECONNREFUSED" });
    const error = Object.assign(new AggregateError([attempt("::1"), attempt("127.0.0.1")], ""), { code: "ECONNREFUSED" });
    expect(oneLineError(error)).toBe("connect ECONNREFUSED ::1:5432; connect ECONNREFUSED 127.0.0.1:5432");
  });

  it("falls back to the code of an error without a message", () => {
    expect(oneLineError(Object.assign(new Error(""), { code: "ETIMEDOUT" }))).toBe("ETIMEDOUT");
    expect(oneLineError("plain")).toBe("plain");
  });
});

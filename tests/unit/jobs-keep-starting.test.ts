import { describe, expect, it } from "vitest";
import { keepStarting } from "@/lib/jobs/keep-starting";

describe("keeping a background worker starting", () => {
  it("tries again after each failure, waiting as told, and logs one line each time", async () => {
    const lines: string[] = [];
    const asked: number[] = [];
    let attempts = 0;
    const kept = keepStarting({
      name: "Test worker",
      start: async () => {
        attempts++;
        if (attempts < 3) throw Object.assign(new Error(`connect ECONNREFUSED 127.0.0.1:1`), { code: "ECONNREFUSED" });
        return "running";
      },
      stop: async () => {},
      delayMs: (failures) => {
        asked.push(failures);
        return 1;
      },
      log: (line) => lines.push(line),
    });
    expect(await kept.started).toBe("running");
    expect(asked).toEqual([1, 2]);
    expect(lines).toEqual([
      "Test worker could not start (attempt 1): connect ECONNREFUSED 127.0.0.1:1. Trying again in 0 seconds.",
      "Test worker could not start (attempt 2): connect ECONNREFUSED 127.0.0.1:1. Trying again in 0 seconds.",
    ]);
  });

  it("stops waiting when stopped before it could start, and stops nothing", async () => {
    const stopped: string[] = [];
    const kept = keepStarting({
      name: "Test worker",
      start: () => Promise.reject(new Error("down")),
      stop: async (value: string) => void stopped.push(value),
      delayMs: () => 60_000,
      log: () => {},
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    const before = Date.now();
    await kept.stop();
    expect(Date.now() - before).toBeLessThan(1000);
    expect(await kept.started).toBeNull();
    expect(stopped).toEqual([]);
  });

  it("stops what it started, once however often asked", async () => {
    const stopped: string[] = [];
    const kept = keepStarting({ name: "Test worker", start: async () => "running", stop: async (value) => void stopped.push(value), log: () => {} });
    await kept.started;
    await Promise.all([kept.stop(), kept.stop()]);
    await kept.stop();
    expect(stopped).toEqual(["running"]);
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { createOutageBreaker } from "@/lib/db/outage-breaker";
import { clearDatabaseUnavailable, databaseUnavailableSince, noteDatabaseUnavailable } from "@/lib/db/outage-signal";
import { toAppError } from "@/lib/errors";

/** A probe the test answers by hand, counting how often the breaker asks. */
function handProbe() {
  const pending: { resolve: () => void; reject: (error: Error) => void }[] = [];
  return {
    calls: () => pending.length,
    probe: () => new Promise<void>((resolve, reject) => pending.push({ resolve, reject })),
    answer: (up: boolean) => {
      const last = pending[pending.length - 1];
      if (up) last.resolve();
      else last.reject(new Error("connect ECONNREFUSED 127.0.0.1:5432"));
    },
  };
}

afterEach(() => clearDatabaseUnavailable());

describe("the outage breaker", () => {
  it("says up without probing while no request has noticed an outage", async () => {
    const hand = handProbe();
    const databaseDown = createOutageBreaker({ probe: hand.probe });
    expect(await databaseDown()).toBe(false);
    expect(hand.calls()).toBe(0);
  });

  it("once an outage is noted, probes, and says down while the probe fails", async () => {
    const hand = handProbe();
    const databaseDown = createOutageBreaker({ probe: hand.probe });
    noteDatabaseUnavailable();
    const answer = databaseDown();
    hand.answer(false);
    expect(await answer).toBe(true);
    expect(hand.calls()).toBe(1);
    expect(databaseUnavailableSince()).toBeDefined();
  });

  it("after a failed probe, says down without probing again until the retry interval has passed", async () => {
    let clock = 10_000;
    const hand = handProbe();
    const databaseDown = createOutageBreaker({ probe: hand.probe, retryAfterMs: 1000, now: () => clock });
    noteDatabaseUnavailable();
    const first = databaseDown();
    hand.answer(false);
    await first;
    clock += 999;
    expect(await databaseDown()).toBe(true);
    expect(hand.calls()).toBe(1);
    clock += 1;
    const second = databaseDown();
    expect(hand.calls()).toBe(2);
    hand.answer(false);
    expect(await second).toBe(true);
  });

  it("says up again and clears the note when a probe succeeds, so later requests cost nothing", async () => {
    let clock = 0;
    const hand = handProbe();
    const databaseDown = createOutageBreaker({ probe: hand.probe, now: () => clock });
    noteDatabaseUnavailable();
    const failed = databaseDown();
    hand.answer(false);
    await failed;
    clock += 5000;
    const recovered = databaseDown();
    hand.answer(true);
    expect(await recovered).toBe(false);
    expect(databaseUnavailableSince()).toBeUndefined();
    expect(await databaseDown()).toBe(false);
    expect(hand.calls()).toBe(2);
  });

  it("lets requests arriving during a probe share its answer instead of each opening a connection", async () => {
    const hand = handProbe();
    const databaseDown = createOutageBreaker({ probe: hand.probe });
    noteDatabaseUnavailable();
    const answers = [databaseDown(), databaseDown(), databaseDown()];
    expect(hand.calls()).toBe(1);
    hand.answer(false);
    expect(await Promise.all(answers)).toEqual([true, true, true]);
  });
});

describe("noting an outage", () => {
  it("happens where an error is recognised as the database being unreachable, and only there", () => {
    expect(toAppError(new Error("a bug"))).toBeNull();
    expect(databaseUnavailableSince()).toBeUndefined();
    const outage = Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code: "P1001" });
    expect(toAppError(outage)?.code).toBe("UNAVAILABLE");
    expect(databaseUnavailableSince()).toBeDefined();
  });

  it("keeps the time the outage was first noticed", () => {
    noteDatabaseUnavailable(1000);
    noteDatabaseUnavailable(2000);
    expect(databaseUnavailableSince()).toBe(1000);
  });
});

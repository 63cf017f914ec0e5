import { describe, expect, it } from "vitest";
import { canonicalJson, sha256Hex, snapshotHash, toPlainJson } from "@/lib/versions/canonical-json";

describe("canonical JSON", () => {
  it("sorts keys at every depth and drops undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it("writes dates as ISO strings, so a snapshot hashes the same after a database round trip", () => {
    const snapshot = { at: new Date("2026-03-14T02:00:00Z"), n: 1.5 };
    expect(snapshotHash(toPlainJson(snapshot))).toBe(snapshotHash(snapshot));
  });

  it("gives the SHA-256 of the canonical text", () => {
    // Known vector: SHA-256("abc").
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(snapshotHash({ b: 2, a: 1 })).toBe(sha256Hex('{"a":1,"b":2}'));
  });

  it("refuses numbers JSON cannot represent", () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(/Non-finite/);
  });
});

import { describe, expect, it } from "vitest";
import { DEFAULT_DESTINATION, sameOriginPath, signInDestination, signInPathFor } from "@/lib/auth/destination";

describe("where sign-in sends someone afterwards", () => {
  it("follows a path of the app, with its query and fragment", () => {
    expect(signInDestination("/plans/abc/approval/versions/2")).toBe("/plans/abc/approval/versions/2");
    expect(signInDestination("/audit?q=member.#top")).toBe("/audit?q=member.#top");
    expect(signInDestination("/plans/../members")).toBe("/members");
  });

  it("refuses anything that could leave the origin", () => {
    for (const hostile of [
      "//evil.com",
      "//evil.com/plans",
      "/\\evil.com",
      "\\\\evil.com",
      "https://evil.com/plans",
      "javascript:alert(1)",
      "plans",
      "/\t/evil.com",
      "/\n/evil.com",
      "",
      undefined,
      ["/plans"],
      `/${"a".repeat(2001)}`,
    ]) {
      expect(signInDestination(hostile)).toBe(DEFAULT_DESTINATION);
    }
  });

  it("judges the path as normalised, so dot segments cannot turn it into another host", () => {
    for (const hostile of [
      "/..//evil.example/phish",
      "/a/../..//evil.example/",
      "/%2e%2e//evil.example/",
      "/.%2E//evil.example",
      "/.//evil.example",
      "/plans/%2e%2e/%2e%2e//evil.example",
      "/%2F%2Fevil.example",
      "/%5c%5cevil.example",
      "/plans/..%2F%2Fevil.example",
      "/.\\evil.example",
      "/..\t//evil.example",
      "/..\r\n//evil.example",
      "/x/../api/auth/signout",
    ]) {
      expect(sameOriginPath(hostile), hostile).toBeNull();
      expect(signInDestination(hostile)).toBe(DEFAULT_DESTINATION);
      expect(signInPathFor(hostile)).toBe("/signin");
    }
    // A query may hold anything: it never decides the host.
    expect(signInDestination("/audit?q=//evil.example/%2F")).toBe("/audit?q=//evil.example/%2F");
  });

  it("never lands on an API route, Next's assets or the sign-in page itself", () => {
    for (const path of ["/api/auth/signout", "/API/health", "/api", "/_next/static/x.js", "/signin", "/signin?callbackUrl=/members"]) {
      expect(signInDestination(path)).toBe(DEFAULT_DESTINATION);
    }
    expect(signInDestination("/apiary")).toBe("/apiary");
    // Sign-out returns to the sign-in page through next-auth's redirect check, which allows it.
    expect(sameOriginPath("/signin")).toBe("/signin");
  });

  it("builds the sign-in address that carries the destination", () => {
    expect(signInPathFor("/plans/abc/approval/versions/2")).toBe("/signin?callbackUrl=%2Fplans%2Fabc%2Fapproval%2Fversions%2F2");
    expect(signInPathFor("/plans")).toBe("/signin");
    expect(signInPathFor("//evil.com")).toBe("/signin");
    expect(signInPathFor(null)).toBe("/signin");
  });
});

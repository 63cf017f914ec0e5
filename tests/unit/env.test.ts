import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

const valid = { DATABASE_URL: "postgresql://u@localhost:5432/db", NEXTAUTH_SECRET: "x".repeat(32) };

describe("environment validation", () => {
  it("fills defaults for a minimal valid configuration", () => {
    expect(parseEnv(valid)).toMatchObject({ SESSION_MAX_AGE_MINUTES: 480, OIDC_DISPLAY_NAME: "Single sign-on" });
  });

  it("names each wrong variable", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", NEXTAUTH_SECRET: "short" })).toThrow(
      /DATABASE_URL: must be a postgresql:\/\/ URL\n {2}NEXTAUTH_SECRET: must be at least 32 characters/,
    );
    expect(() => parseEnv({ NEXTAUTH_SECRET: "x".repeat(32) })).toThrow(/DATABASE_URL: is required/);
  });

  it("requires the public address in production, naming the variable", () => {
    expect(() => parseEnv({ ...valid, NODE_ENV: "production" })).toThrow(/^Invalid configuration:\n {2}NEXTAUTH_URL: is required in production: the public address people open Continuity at/);
    expect(() => parseEnv({ ...valid, NODE_ENV: "production", NEXTAUTH_URL: "continuity.example.com" })).toThrow(/NEXTAUTH_URL: must be the public address people open Continuity at/);
    expect(parseEnv({ ...valid, NODE_ENV: "production", NEXTAUTH_URL: "https://continuity.example.com" }).NEXTAUTH_URL).toBe("https://continuity.example.com");
    expect(parseEnv({ ...valid, NODE_ENV: "development" }).NEXTAUTH_URL).toBeUndefined();
    expect(parseEnv(valid).NEXTAUTH_URL).toBeUndefined();
  });

  it("wants the three OpenID Connect settings together", () => {
    expect(() => parseEnv({ ...valid, OIDC_ISSUER: "https://login.example.com/tenant/v2.0" })).toThrow(
      /OIDC_ISSUER: OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together/,
    );
    expect(parseEnv({ ...valid, OIDC_ISSUER: "https://idp.example.com", OIDC_CLIENT_ID: "id", OIDC_CLIENT_SECRET: "s" }).OIDC_CLIENT_ID).toBe("id");
  });

  it("requires a verified e-mail from the provider unless told otherwise", () => {
    expect(parseEnv(valid).OIDC_REQUIRE_VERIFIED_EMAIL).toBe("on");
    expect(parseEnv({ ...valid, OIDC_REQUIRE_VERIFIED_EMAIL: "off" }).OIDC_REQUIRE_VERIFIED_EMAIL).toBe("off");
    expect(() => parseEnv({ ...valid, OIDC_REQUIRE_VERIFIED_EMAIL: "no" })).toThrow(/OIDC_REQUIRE_VERIFIED_EMAIL: must be "on" or "off"/);
  });

  it("ends a session after 8 hours without use and 24 hours after sign-in, unless told otherwise", () => {
    expect(parseEnv(valid)).toMatchObject({ SESSION_MAX_AGE_MINUTES: 480, SESSION_ABSOLUTE_MAX_HOURS: 24 });
    expect(parseEnv({ ...valid, SESSION_ABSOLUTE_MAX_HOURS: "72" }).SESSION_ABSOLUTE_MAX_HOURS).toBe(72);
    for (const wrong of ["0", "1.5", "a day", "721"]) {
      expect(() => parseEnv({ ...valid, SESSION_ABSOLUTE_MAX_HOURS: wrong })).toThrow(/SESSION_ABSOLUTE_MAX_HOURS: must be a whole number of hours from 1 to 720/);
    }
  });

  it("trusts no proxy's X-Forwarded-For unless told how many there are", () => {
    expect(parseEnv(valid).TRUST_PROXY_HOPS).toBe(0);
    expect(parseEnv({ ...valid, TRUST_PROXY_HOPS: "2" }).TRUST_PROXY_HOPS).toBe(2);
    for (const wrong of ["-1", "1.5", "yes", "6"]) {
      expect(() => parseEnv({ ...valid, TRUST_PROXY_HOPS: wrong })).toThrow(/TRUST_PROXY_HOPS: must be a whole number from 0 to 5/);
    }
  });
});

describe(".env.example", () => {
  it("lists every variable lib/env.ts reads", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const variables = [...readFileSync(path.join(root, "lib/env.ts"), "utf8").matchAll(/^ {4}([A-Z][A-Z_]+):/gm)].map((m) => m[1]);
    expect(variables.length).toBeGreaterThan(15);
    const example = readFileSync(path.join(root, ".env.example"), "utf8");
    expect(variables.filter((name) => !new RegExp(`^#? ?${name}=`, "m").test(example))).toEqual([]);
  });
});

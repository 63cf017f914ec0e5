import { describe, expect, it } from "vitest";
import { isSameOrigin } from "@/lib/http/route-guards";

// TRUST_PROXY_HOPS is unset here, as in a deployment with no proxy in front of the app.
const post = (headers: Record<string, string>) => new Request("http://continuity.example/admin/backup/import", { method: "POST", headers });

describe("the origin check of route handlers that change data", () => {
  it("accepts a request whose Origin is the host it was sent to", () => {
    expect(isSameOrigin(post({ origin: "http://continuity.example", host: "continuity.example" }))).toBe(true);
  });

  it("refuses another origin, whatever X-Forwarded-Host the client adds, and a request without Origin", () => {
    expect(isSameOrigin(post({ origin: "http://evil.example", host: "continuity.example", "x-forwarded-host": "evil.example" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "http://continuity.example", host: "continuity.example", "x-forwarded-host": "evil.example" }))).toBe(true);
    expect(isSameOrigin(post({ host: "continuity.example" }))).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { requestHost } from "@/lib/http/forwarded";

const headers = (values: Record<string, string>) => new Headers(values);

describe("the host a request was addressed to, for the origin check", () => {
  it("reads only Host when no proxy is trusted: X-Forwarded-Host is then the client's own word", () => {
    expect(requestHost(headers({ host: "continuity.example", "x-forwarded-host": "evil.example" }), 0)).toBe("continuity.example");
    expect(requestHost(headers({ "x-forwarded-host": "evil.example" }), 0)).toBeNull();
  });

  it("behind trusted proxies, takes the X-Forwarded-Host entry the outermost of them wrote", () => {
    const forwarded = { host: "app:3000", "x-forwarded-host": "evil.example, continuity.example" };
    expect(requestHost(headers(forwarded), 1)).toBe("continuity.example");
    expect(requestHost(headers({ ...forwarded, "x-forwarded-host": "evil.example, continuity.example, edge.internal" }), 2)).toBe("continuity.example");
  });

  it("falls back to Host when the proxies wrote no X-Forwarded-Host entry", () => {
    expect(requestHost(headers({ host: "continuity.example" }), 1)).toBe("continuity.example");
    expect(requestHost(headers({ host: "continuity.example", "x-forwarded-host": "continuity.example" }), 2)).toBe("continuity.example");
  });
});

import { describe, expect, it } from "vitest";
import { clientAddress, SHARED_CLIENT } from "@/lib/auth/client-address";

describe("the address the per-IP sign-in limit counts", () => {
  it("ignores X-Forwarded-For unless proxies are trusted, so rotating the header buys no fresh attempts", () => {
    for (const header of ["203.0.113.9", "198.51.100.1, 203.0.113.9", undefined]) {
      expect(clientAddress(header, 0)).toBe(SHARED_CLIENT);
    }
  });

  it("behind one proxy, takes the entry that proxy appended, not the ones the client sent", () => {
    expect(clientAddress("203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddress("1.2.3.4, 5.6.7.8, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientAddress(["1.2.3.4", "203.0.113.9"], 1)).toBe("203.0.113.9");
    expect(clientAddress("2001:db8::1", 1)).toBe("2001:db8::1");
  });

  it("behind two proxies, takes the entry the outer one appended", () => {
    expect(clientAddress("1.2.3.4, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
  });

  it("falls back to the shared key when the header is missing, too short or not an address", () => {
    expect(clientAddress(undefined, 1)).toBe(SHARED_CLIENT);
    expect(clientAddress("203.0.113.9", 2)).toBe(SHARED_CLIENT);
    expect(clientAddress("not-an-address", 1)).toBe(SHARED_CLIENT);
    expect(clientAddress(" , ", 1)).toBe(SHARED_CLIENT);
  });
});

import { describe, expect, it } from "vitest";
import { signInSchema } from "@/lib/auth/schemas";

function fieldErrors(input: unknown) {
  const parsed = signInSchema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path[0], issue.message]));
}

describe("the sign-in form's fields", () => {
  it("name an empty field in words addressed to the person signing in", () => {
    expect(fieldErrors({ email: "  ", password: "" })).toEqual({ email: "Enter your e-mail address.", password: "Enter your password." });
  });

  it("name a password longer than any the app sets, which the server does not check", () => {
    expect(fieldErrors({ email: "priya@example.com", password: "x".repeat(201) })).toEqual({ password: "That is longer than any password here: passwords have at most 200 characters." });
    expect(fieldErrors({ email: "priya@example.com", password: "x".repeat(200) })).toEqual({});
  });

  it("name a malformed address, and accept any non-empty password", () => {
    expect(fieldErrors({ email: "priya", password: "x" })).toEqual({ email: "Enter a valid e-mail address." });
    expect(signInSchema.parse({ email: " Priya.Shah@HarbourLane.Example ", password: " " })).toEqual({ email: "priya.shah@harbourlane.example", password: " " });
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { createPlan } from "@/lib/plans/create-plan";
import { listAudit } from "@/lib/audit/list-audit";
import { authOptions } from "@/lib/auth/auth-options";
import { failure, makeOrg, PASSWORD } from "./factories";

describe("sign-in credentials", () => {
  it("accepts the right password and refuses everything else the same way", async () => {
    const { actors } = await makeOrg();
    const email = actors.committee.email;
    expect(await verifyCredentials({ email: email.toUpperCase(), password: PASSWORD })).toEqual({
      id: actors.committee.userId,
      email,
      name: actors.committee.name,
    });
    expect(await verifyCredentials({ email, password: `${PASSWORD}!` })).toBeNull();
    expect(await verifyCredentials({ email: "nobody@example.test", password: PASSWORD })).toBeNull();
    expect(await verifyCredentials({ email, password: "" })).toBeNull();
  });
});

describe("next-auth's redirects", () => {
  it("stay on this origin however the callbackUrl is spelled", async () => {
    const redirect = authOptions().callbacks!.redirect!;
    const baseUrl = "https://continuity.example";
    const to = (url: string) => redirect({ url, baseUrl });
    expect(await to(`${baseUrl}/plans/abc`)).toBe(`${baseUrl}/plans/abc`);
    expect(await to("/signin")).toBe(`${baseUrl}/signin`);
    for (const hostile of ["/..//evil.example/phish", `${baseUrl}/..//evil.example/`, "/%2e%2e//evil.example/", `${baseUrl}//evil.example`, "https://evil.example/"]) {
      expect(await to(hostile), hostile).toBe(`${baseUrl}/plans`);
    }
  });
});

describe("audit log", () => {
  it("is append-only in the database itself", async () => {
    const { orgId, actors } = await makeOrg();
    await createPlan({ actor: actors.committee, input: { name: "Audited" } });
    const row = await db.auditLog.findFirstOrThrow({ where: { orgId } });
    const update = await failure(db.auditLog.update({ where: { id: row.id }, data: { action: "tampered" } }));
    expect(update.message).toMatch(/append-only/);
    const remove = await failure(db.auditLog.delete({ where: { id: row.id } }));
    expect(remove.message).toMatch(/append-only/);
    expect(await db.auditLog.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ action: "plan.created" });
  });

  it("lists only the organisation's own entries, newest first, to roles that may read it", async () => {
    const a = await makeOrg();
    const b = await makeOrg();
    await createPlan({ actor: a.actors.committee, input: { name: "One" } });
    await createPlan({ actor: a.actors.committee, input: { name: "Two" } });
    await createPlan({ actor: b.actors.committee, input: { name: "Other org" } });
    const { rows, total } = await listAudit({ actor: a.actors.auditor, query: {} });
    expect(total).toBe(2);
    expect(rows.map((r) => (r.after as { name: string }).name)).toEqual(["Two", "One"]);
    expect((await listAudit({ actor: a.actors.admin, query: { q: "nothing-matches" } })).total).toBe(0);
    expect((await failure(listAudit({ actor: a.actors.committee, query: {} }))).code).toBe("FORBIDDEN");
  });
});

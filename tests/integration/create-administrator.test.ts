/**
 * The first organisation and administrator of an empty instance (`npm run create-admin`), and what
 * the sign-in page says before they exist. This file works in a database of its own, created
 * empty for it (the run's shared database holds the other files' organisations).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseIfMissing, dropDatabase, migrate, withDatabase } from "../../scripts/lib/database";
import { db } from "@/lib/db/client";
import { NO_ORGANISATION_MESSAGE, noOrganisationMessage } from "@/lib/auth/no-organisation-yet";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { createAdministrator } from "@/lib/members/create-administrator";
import { failure } from "./factories";

const ROOT = path.resolve(import.meta.dirname, "../..");
const adminUrl = withDatabase(process.env.DATABASE_URL!, "postgres");
const name = `continuity_empty_${randomBytes(4).toString("hex")}`;
const url = withDatabase(adminUrl, name);

beforeAll(async () => {
  await createDatabaseIfMissing(adminUrl, name);
  await migrate(url);
  // Before the first query: the one Prisma client of this file reads it then.
  process.env.DATABASE_URL = url;
}, 120_000);

afterAll(async () => {
  await db.$disconnect();
  await dropDatabase(adminUrl, name);
});

const PASSWORD = "correct horse battery staple";

describe("an empty instance", () => {
  it("tells the sign-in page that no organisation exists yet, and how to create one", async () => {
    expect(await db.organization.count()).toBe(0);
    expect(await noOrganisationMessage()).toBe(NO_ORGANISATION_MESSAGE);
    expect(NO_ORGANISATION_MESSAGE).toContain("npm run create-admin");
  });

  it("gets its first organisation and administrator, audited, who can sign in", async () => {
    const created = await createAdministrator({ input: { organisation: "  Harbour Lane Foods Ltd ", email: "Alex@Example.com", name: "Alex Morgan", password: PASSWORD } });
    expect(created).toMatchObject({ orgName: "Harbour Lane Foods Ltd", orgSlug: "harbour-lane-foods-ltd", organisationCreated: true, email: "alex@example.com" });

    const org = await db.organization.findUniqueOrThrow({ where: { slug: "harbour-lane-foods-ltd" } });
    expect(org).toMatchObject({ id: created.orgId, name: "Harbour Lane Foods Ltd" });
    const membership = await db.membership.findUniqueOrThrow({ where: { id: created.membershipId }, include: { user: true } });
    expect(membership).toMatchObject({ orgId: org.id, role: "admin", user: { email: "alex@example.com", name: "Alex Morgan" } });
    expect(membership.user.passwordHash).toMatch(/^scrypt\$/);
    expect(await db.person.findMany({ where: { orgId: org.id }, select: { name: true, email: true } })).toEqual([{ name: "Alex Morgan", email: "alex@example.com" }]);
    const audit = await db.auditLog.findMany({ where: { orgId: org.id }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true, actorEmail: true, after: true } });
    expect(audit.map((row) => row.action)).toEqual(["org.created", "member.added", "person.created"]);
    expect(audit.every((row) => row.actorId === null && row.actorEmail === null)).toBe(true);
    expect(audit[1].after).toEqual({ email: "alex@example.com", name: "Alex Morgan", role: "admin", via: "create-admin" });

    expect(await verifyCredentials({ email: "alex@example.com", password: PASSWORD })).toMatchObject({ id: created.userId });
    expect(await verifyCredentials({ email: "alex@example.com", password: `${PASSWORD}!` })).toBeNull();
    // From now on a failed sign-in says nothing about what exists.
    expect(await noOrganisationMessage()).toBeNull();
  });

  it("refuses an address that is already a member, and changes nothing", async () => {
    const before = await db.auditLog.count();
    const error = await failure(createAdministrator({ input: { organisation: "Another Ltd", email: "alex@example.com", name: "Alex Again", password: PASSWORD } }));
    expect(error.fieldErrors).toEqual({ email: "alex@example.com is already a member of “Harbour Lane Foods Ltd”. Change a member's role in the app (Members), not here." });
    expect(await db.organization.count()).toBe(1);
    expect(await db.auditLog.count()).toBe(before);
  });

  it("adds a second administrator to the organisation its name's slug finds, and names each bad field", async () => {
    const second = await createAdministrator({ input: { organisation: "harbour lane foods ltd", email: "priya@example.com", name: "Priya Shah", password: PASSWORD } });
    expect(second).toMatchObject({ organisationCreated: false, orgName: "Harbour Lane Foods Ltd" });
    expect(await db.organization.count()).toBe(1);

    const error = await failure(createAdministrator({ input: { organisation: "???", email: "not-an-email", name: "", password: "short" } }));
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["email", "name", "password"]);
    expect((await failure(createAdministrator({ input: { organisation: "???", email: "x@example.com", name: "X", password: PASSWORD } }))).fieldErrors).toEqual({
      organisation: "The organisation's name needs letters or digits.",
    });
  });

  it("is what npm run create-admin does, printing a generated password once", { timeout: 120_000 }, async () => {
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn("npm", ["run", "--silent", "create-admin", "--", "--organisation", "Riverside Dental", "--email", "olivia@example.com", "--name", "Olivia Grant"], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: url },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let output = "";
      child.stdout.on("data", (chunk) => (output += chunk));
      child.stderr.on("data", (chunk) => (output += chunk));
      child.on("close", (code) => resolve({ code, output }));
    });
    expect(code, output).toBe(0);
    expect(output).toContain("Created the organisation “Riverside Dental” (riverside-dental).");
    const password = /Initial password \(shown once[^)]*\): (\S+)/.exec(output)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(await verifyCredentials({ email: "olivia@example.com", password })).toMatchObject({ email: "olivia@example.com" });
  });
});

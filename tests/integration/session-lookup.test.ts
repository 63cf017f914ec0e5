/**
 * The session lookup every page, action and route makes (actorForSession) costs one statement,
 * counted the way `npm run bench` counts a request's SQL: the Prisma client's query log
 * (lib/db/query-timing.ts), switched on for this file before its first query.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { actorForSession } from "@/lib/auth/context";
import { endSession } from "@/lib/auth/end-session";
import { parseQueryLine, QUERY_TIMING_FLAG } from "@/lib/db/query-timing";
import { makeOrg } from "./factories";

process.env[QUERY_TIMING_FLAG] = "1";

const statements: string[] = [];
const write = process.stdout.write.bind(process.stdout);

beforeAll(() => {
  // The log lines are counted, not printed; anything else the process writes goes through.
  vi.spyOn(process.stdout, "write").mockImplementation((chunk, encoding, callback) => {
    const query = parseQueryLine(String(chunk));
    if (!query) return write(chunk, encoding, callback);
    statements.push(query.sql);
    return true;
  });
});

afterAll(() => {
  vi.restoreAllMocks();
});

/** The statements `run` sent to Postgres. */
async function sent<T>(run: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  statements.length = 0;
  const result = await run();
  return { result, sql: [...statements] };
}

async function sessionOf(userId: string) {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  return { userId, sessionVersion, sessionId: randomUUID() };
}

describe("the session lookup", () => {
  it("reads the member, their organisation, their session counter and whether the session was signed out in one statement", async () => {
    const { actors } = await makeOrg();
    const me = actors.executive;
    const session = await sessionOf(me.userId);

    const open = await sent(() => actorForSession(session));
    expect(open.result).toEqual(me);
    expect(open.sql).toHaveLength(1);

    await endSession({ sessionId: session.sessionId, userId: me.userId, endsAt: new Date(Date.now() + 3600_000) });
    const ended = await sent(() => actorForSession(session));
    expect(ended.result).toBeNull();
    expect(ended.sql).toHaveLength(1);
  });

  it("refuses a session of a member whose membership is gone, whatever their counter says", async () => {
    const { actors } = await makeOrg();
    const me = actors.committee;
    const session = await sessionOf(me.userId);
    await db.membership.delete({ where: { userId: me.userId } });
    expect(await actorForSession(session)).toBeNull();
  });

  it("refuses a session that carries no counter", async () => {
    const { actors } = await makeOrg();
    const { userId, sessionId } = await sessionOf(actors.auditor.userId);
    expect(await actorForSession({ userId, sessionId })).toBeNull();
  });
});

import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { migrationsBehind, migrationsBehindMessage } from "@/lib/db/migrations-behind";
import { RETRY_AFTER_SECONDS } from "@/lib/errors";
import { clearDatabaseUnavailable } from "@/lib/db/outage-signal";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * For load balancers and monitors: 200 when this instance can reach Postgres and its database has
 * every migration of this release, 503 (with Retry-After) when Postgres cannot be reached, and 503
 * saying how many migrations are missing when the database is behind (pages would fail). The pool
 * reconnects by itself, so the same instance answers 200 again once Postgres is back.
 */
export async function GET() {
  let behind: number;
  try {
    await db.$queryRaw`SELECT 1`;
    // Postgres answers: pages need not wait for the proxy's own probe to serve again.
    clearDatabaseUnavailable();
    behind = await migrationsBehind();
  } catch {
    return NextResponse.json({ status: "unavailable" }, { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS), ...NO_STORE } });
  }
  if (behind > 0) return NextResponse.json({ status: "error", message: migrationsBehindMessage(behind) }, { status: 503, headers: NO_STORE });
  return NextResponse.json({ status: "ok" }, { headers: NO_STORE });
}

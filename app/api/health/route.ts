import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { RETRY_AFTER_SECONDS } from "@/lib/errors";
import { clearDatabaseUnavailable } from "@/lib/db/outage-signal";

export const dynamic = "force-dynamic";

/**
 * For load balancers: 200 when this instance can reach Postgres, 503 (with Retry-After) when it
 * cannot. The pool reconnects by itself, so the same instance answers 200 again once Postgres is back.
 */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    // Postgres answers: pages need not wait for the proxy's own probe to serve again.
    clearDatabaseUnavailable();
    return NextResponse.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return NextResponse.json(
      { status: "unavailable" },
      { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" } },
    );
  }
}

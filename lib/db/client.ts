import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { logQuery } from "@/lib/db/query-timing";

/** The one Prisma client of the process (kept across hot reloads in development). */
const holder = globalThis as unknown as { continuityPrisma?: PrismaClient };

function create(): PrismaClient {
  // A database host that does not answer at all fails a request after 10 s ("temporarily
  // unavailable") instead of holding it open forever. Broken connections leave the pool on their
  // own, so the client recovers by itself when Postgres is back.
  const config = env();
  const adapter = new PrismaPg({ connectionString: config.DATABASE_URL, connectionTimeoutMillis: 10_000 });
  if (config.CONTINUITY_QUERY_TIMING === "0") return new PrismaClient({ adapter });
  // npm run bench: log each SQL statement with its timing (lib/db/query-timing.ts).
  const timed = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  timed.$on("query", logQuery);
  return timed;
}

function client(): PrismaClient {
  holder.continuityPrisma ??= create();
  return holder.continuityPrisma;
}

// Created on first use, so that importing a module (as `next build` does) needs no database.
export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export type { PrismaClient };

/**
 * Work-arounds for two defects of @prisma/adapter-pg 6.19 that break `prisma migrate` with the
 * WebAssembly schema engine (see docs/decisions/0002-prisma-6-wasm-engine.md). Used only by
 * prisma.config.ts, never by the app.
 *
 * 1. The schema engine reads catalog columns of type "char" (OID 18) and name (OID 19), and
 *    their arrays; the adapter refuses to deserialize them (prisma/orm#27403). Reporting them as
 *    text / text[] before the adapter looks at them is harmless: their values are text already.
 * 2. The adapter's executeScript() splits a migration on every ";", which breaks any statement
 *    with a semicolon inside it (a PL/pgSQL function body). Postgres runs a multi-statement
 *    script sent as one simple query, atomically, so we send it whole.
 * 3. The adapter's connectToShadowDb() spreads `connectionString` next to `database`, so the
 *    shadow pool points at the main database, and it drops the shadow database while its own
 *    pool still holds connections.
 */
import pg from "pg";

const AS_TEXT: Record<number, number> = { 18: 25, 19: 25, 1002: 1009, 1003: 1009 };

type QueryResultLike = { fields?: Array<{ dataTypeID: number }> };

function retype(result: unknown): void {
  const fields = (result as QueryResultLike | undefined)?.fields;
  if (!fields) return;
  for (const field of fields) {
    const replacement = AS_TEXT[field.dataTypeID];
    if (replacement) field.dataTypeID = replacement;
  }
}

let installed = false;

export function installCatalogTypeShim(): void {
  if (installed) return;
  installed = true;
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  (pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (
    this: pg.Client,
    ...args: unknown[]
  ) {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: unknown, res: unknown) => {
        if (!err) retype(res);
        (last as (e: unknown, r: unknown) => void)(err, res);
      };
      return original.apply(this, args);
    }
    const out = original.apply(this, args);
    if (out && typeof (out as Promise<unknown>).then === "function") {
      return (out as Promise<unknown>).then((res) => {
        retype(res);
        return res;
      });
    }
    return out;
  };
}

export type DiscreteConfig = {
  host: string;
  port: number;
  user: string;
  password?: string;
  database: string;
};

/** Splits a postgres:// URL into the discrete fields pg accepts. */
export function discreteConfig(url: string): DiscreteConfig {
  const parsed = new URL(url);
  return {
    host: decodeURIComponent(parsed.hostname) || "127.0.0.1",
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username) || "postgres",
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "postgres",
  };
}

type ScriptAdapter = {
  executeScript(script: string): Promise<void>;
  underlyingDriver(): { query(text: string): Promise<unknown> };
  onError(error: unknown): never;
};

/** Makes an adapter run each migration script as one statement batch (defect 2 above). */
export function runScriptsWhole<T extends object>(adapter: T): T {
  const target = adapter as unknown as ScriptAdapter;
  target.executeScript = async (script: string) => {
    try {
      await target.underlyingDriver().query(script);
    } catch (error) {
      target.onError(error);
    }
  };
  return adapter;
}

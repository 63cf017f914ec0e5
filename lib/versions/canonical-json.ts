import { createHash } from "node:crypto";

/**
 * Canonical JSON: object keys sorted, no whitespace, dates as ISO-8601 strings, undefined
 * dropped. The same content always gives the same bytes, whatever order Postgres (JSONB) or
 * JavaScript kept the keys in, so its SHA-256 identifies a plan version.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  if (typeof value === "number" && !Number.isFinite(value)) throw new Error("Non-finite numbers have no JSON form.");
  return JSON.stringify(value);
}

/** Plain JSON (dates as strings), as it will read back from the database. */
export function toPlainJson<T>(value: T): unknown {
  return JSON.parse(canonicalJson(value));
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export function snapshotHash(snapshot: unknown): string {
  return sha256Hex(canonicalJson(snapshot));
}

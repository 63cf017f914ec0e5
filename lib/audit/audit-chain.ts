/**
 * The audit log's hash chain, computed in Node (docs/decisions/0060): each organisation's rows are
 * numbered from 1 (seq) and each row's hash is the SHA-256 of the previous row's hash and its own
 * content, written as one line of JSON. The database computes the same when it writes a row
 * (audit_log_chain_text and audit_log_hash, prisma/migrations/20261205700000_audit_chain); this
 * is the independent check of what it stored. Pure.
 */
import { createHash } from "node:crypto";
import { formatInstant } from "@/lib/days";

/** A row as its hash reads it: its columns, the snapshots as the text Postgres writes of their jsonb. */
export type ChainEntry = {
  id: string;
  orgId: string;
  seq: number;
  createdAt: Date;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string;
  planId: string | null;
  before: string | null;
  after: string | null;
};

// JSON.stringify escapes a string as Postgres' to_json does for any text Postgres can hold (no NUL
// and no lone surrogate): the same characters escaped, the same lower-case \u00xx for the others.
const json = (value: string | null) => (value === null ? "null" : JSON.stringify(value));

/**
 * What a row's hash is over: `[previous hash, id, orgId, seq, createdAt, actorId, actorEmail,
 * action, entityType, entityId, planId, before, after]`, the instant as toISOString writes it, the
 * snapshots as their jsonb text, a missing one as null; `previous` is null for the first row.
 */
export function chainText(previous: string | null, entry: ChainEntry): string {
  const fields = [
    json(previous),
    json(entry.id),
    json(entry.orgId),
    String(entry.seq),
    json(entry.createdAt.toISOString()),
    json(entry.actorId),
    json(entry.actorEmail),
    json(entry.action),
    json(entry.entityType),
    json(entry.entityId),
    json(entry.planId),
    entry.before ?? "null",
    entry.after ?? "null",
  ];
  return `[${fields.join(",")}]`;
}

/** A row's hash: SHA-256 of its chain text (UTF-8), in lower-case hex. */
export function chainHash(previous: string | null, entry: ChainEntry): string {
  return createHash("sha256").update(chainText(previous, entry), "utf8").digest("hex");
}

/**
 * Where a chain is broken, at the first row that does not follow from the one before it:
 * `hash`, the row's stored hash is not that of its content and the previous row's hash (the row
 * was edited, or one before it removed and the numbers closed up); `missing`, numbers are missing
 * before the row (rows removed); `repeated`, the row's number is not after the previous row's;
 * `unchained`, a row has no number at all (written with the sealing trigger off; `seq` is 0).
 */
export type ChainBreak = { seq: number; createdAt: Date; problem: "hash" | "missing" | "repeated" | "unchained"; missingFrom?: number };

/** How far a check of the chain has got: the rows found whole, and the last one's number and hash. */
export type ChainProgress = { entries: number; seq: number; hash: string | null };

export const CHAIN_START: ChainProgress = { entries: 0, seq: 0, hash: null };

/**
 * Checks the next rows of an organisation's chain, in seq order, from where `progress` got to: the
 * progress after them, or the first break. Each row is checked against the previous row's stored
 * hash, so the break named is the row where the chain stops holding, not every row after it.
 */
export function checkChain(progress: ChainProgress, rows: readonly (ChainEntry & { hash: string })[]): { progress: ChainProgress } | { broken: ChainBreak } {
  let { entries, seq, hash } = progress;
  for (const row of rows) {
    const at = { seq: row.seq, createdAt: row.createdAt };
    if (row.seq <= seq) return { broken: { ...at, problem: "repeated" } };
    if (row.seq !== seq + 1) return { broken: { ...at, problem: "missing", missingFrom: seq + 1 } };
    if (row.hash !== chainHash(hash, row)) return { broken: { ...at, problem: "hash" } };
    entries += 1;
    seq = row.seq;
    hash = row.hash;
  }
  return { progress: { entries, seq, hash } };
}

/** A verification's outcome: intact (with its number of entries and head), or where it broke. */
export type ChainVerification = { verifiedAt: Date } & ({ intact: true; entries: number; head: string | null } | { intact: false; broken: ChainBreak });

const count = (n: number) => n.toLocaleString("en-GB");

/** A hash shortened for a sentence: "3f2a…9c1d". */
export function shortHash(hash: string): string {
  return `${hash.slice(0, 4)}…${hash.slice(-4)}`;
}

/** What the audit log page says of a verification. */
export function verificationText(result: ChainVerification): string {
  const when = formatInstant(result.verifiedAt);
  if (result.intact) {
    if (!result.head) return `Audit log intact: no entries yet (verified ${when}).`;
    return `Audit log intact: ${count(result.entries)} ${result.entries === 1 ? "entry" : "entries"}, chain head ${shortHash(result.head)} (verified ${when}).`;
  }
  const { seq, createdAt, problem, missingFrom = seq } = result.broken;
  if (problem === "unchained") return `Audit log altered: an entry of ${formatInstant(createdAt)} is outside the chain — rows have been added with its trigger off.`;
  const entry = `entry #${count(seq)} (${formatInstant(createdAt)})`;
  if (problem === "hash") return `Audit log altered: ${entry} does not match its hash — rows may have been edited or removed.`;
  if (problem === "repeated") return `Audit log altered: ${entry} repeats an earlier entry's number — rows may have been added or renumbered.`;
  const gone = missingFrom === seq - 1 ? `entry #${count(missingFrom)} is` : `entries #${count(missingFrom)} to #${count(seq - 1)} are`;
  return `Audit log altered: ${gone} missing before ${entry} — rows have been removed.`;
}

/** The chain's last row when a file was made, or null when the organisation's log was empty. */
export type ChainHead = { seq: number; hash: string } | null;

/** What an export says of the chain head it was made at, but its hash (which the PDF sets on a line of its own). */
export function chainHeadLabel(head: NonNullable<ChainHead>): string {
  return `Audit log chain head at export: entry #${count(head.seq)}, SHA-256`;
}

/** The line an export ends with, so a later verification can be held against it (the whole hash). */
export function chainHeadText(head: ChainHead): string {
  return head ? `${chainHeadLabel(head)} ${head.hash}` : "Audit log chain head at export: no entries.";
}

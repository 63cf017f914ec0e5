-- The audit log is tamper-evident (docs/decisions/0060): each row is numbered within its
-- organisation ("seq", from 1, no gaps) and carries the SHA-256 ("hash", hex) of the previous
-- row's hash and its own content. A row edited, removed or slipped in by someone with database
-- access (the append-only trigger dropped, rows changed, the trigger made again) breaks the chain
-- at that row, which lib/audit/verify-audit-chain.ts finds. TRUNCATE is refused like UPDATE and DELETE.
ALTER TABLE "AuditLog" ADD COLUMN "seq" INTEGER, ADD COLUMN "hash" TEXT;

-- What a row's hash is over: one line of JSON, an array of the previous row's hash (null for an
-- organisation's first row) and the row's columns but its hash, each a JSON string (or null) as
-- to_json writes it, the number as a number, createdAt to the millisecond in UTC as JavaScript's
-- toISOString writes it, and the snapshots as Postgres writes jsonb. lib/audit/audit-chain.ts
-- builds the same text in Node from the columns read back (the snapshots as jsonb text).
CREATE FUNCTION audit_log_chain_text(previous TEXT, entry "AuditLog") RETURNS TEXT LANGUAGE sql STABLE AS $$
  SELECT '[' || coalesce(to_json(previous)::text, 'null')
    || ',' || to_json(entry."id")::text
    || ',' || to_json(entry."orgId")::text
    || ',' || entry."seq"::text
    || ',' || to_json(to_char(entry."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text
    || ',' || coalesce(to_json(entry."actorId")::text, 'null')
    || ',' || coalesce(to_json(entry."actorEmail")::text, 'null')
    || ',' || to_json(entry."action")::text
    || ',' || to_json(entry."entityType")::text
    || ',' || to_json(entry."entityId")::text
    || ',' || coalesce(to_json(entry."planId")::text, 'null')
    || ',' || coalesce(entry."before"::text, 'null')
    || ',' || coalesce(entry."after"::text, 'null')
    || ']'
$$;

CREATE FUNCTION audit_log_hash(previous TEXT, entry "AuditLog") RETURNS TEXT LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(audit_log_chain_text(previous, entry), 'UTF8')), 'hex')
$$;

-- The rows written before: numbered and chained per organisation in the order they were written
-- (createdAt, then id). The append-only trigger is off for these statements only; Prisma runs
-- this file as one transaction, so a failure leaves the trigger on and the columns unmade.
ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_append_only";

UPDATE "AuditLog" a
SET "seq" = numbered."seq"
FROM (SELECT "id", (row_number() OVER (PARTITION BY "orgId" ORDER BY "createdAt", "id"))::int AS "seq" FROM "AuditLog") numbered
WHERE a."id" = numbered."id";

CREATE UNIQUE INDEX "AuditLog_orgId_seq_key" ON "AuditLog"("orgId", "seq");

-- Each row's hash needs the one before it: walked from every organisation's first row.
WITH RECURSIVE chain AS (
  SELECT a."id", a."orgId", a."seq", audit_log_hash(NULL, a) AS "hash" FROM "AuditLog" a WHERE a."seq" = 1
  UNION ALL
  SELECT a."id", a."orgId", a."seq", audit_log_hash(chain."hash", a)
  FROM chain JOIN "AuditLog" a ON a."orgId" = chain."orgId" AND a."seq" = chain."seq" + 1
)
UPDATE "AuditLog" a SET "hash" = chain."hash" FROM chain WHERE a."id" = chain."id";

ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_append_only";

-- Every row written from now on is chained as its transaction commits, whoever writes it
-- (recordAudit, createMany, raw SQL, an organisation import), whatever seq and hash it names: a
-- row is written unnumbered (AuditLog_unsealed), and a deferred trigger numbers and hashes it at
-- COMMIT, in the order the transaction wrote its rows. One organisation's transactions are sealed
-- one at a time: the lock (8020103, as lib/reports and lib/inventories number theirs) is taken only
-- then and held the moment it takes to commit, so the next one reads this row as the chain's head,
-- never the same head twice. Taken at the end, after all the transaction's other work, the lock
-- waits on nothing the transaction holds: no deadlock with the row locks of concurrent edits, and
-- a long transaction does not hold up other members' saves. The head is read with a fresh snapshot
-- in a read-committed transaction; a repeatable-read one whose snapshot predates the head's commit
-- is refused at COMMIT by the unique index rather than forking the chain, so such transactions
-- write their audit rows in one of their own.
CREATE FUNCTION audit_log_unsealed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."seq" := NULL;
  NEW."hash" := NULL;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "AuditLog_unsealed"
  BEFORE INSERT ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_unsealed();

CREATE FUNCTION audit_log_seal() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  previous_seq INTEGER;
  previous_hash TEXT;
  sealed "AuditLog";
BEGIN
  PERFORM pg_advisory_xact_lock(8020103, hashtext(NEW."orgId"));
  SELECT "seq", "hash" INTO previous_seq, previous_hash FROM "AuditLog"
  WHERE "orgId" = NEW."orgId" AND "seq" IS NOT NULL ORDER BY "seq" DESC LIMIT 1;
  sealed := NEW;
  sealed."seq" := coalesce(previous_seq, 0) + 1;
  UPDATE "AuditLog" SET "seq" = sealed."seq", "hash" = audit_log_hash(previous_hash, sealed) WHERE "id" = NEW."id";
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "AuditLog_chain"
  AFTER INSERT ON "AuditLog"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION audit_log_seal();

-- Append-only, but for that one write: numbering and hashing a row not yet sealed, nothing else.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."seq" IS NULL AND NEW."seq" IS NOT NULL AND NEW."hash" IS NOT NULL
     AND (to_jsonb(NEW) - 'seq' - 'hash') = (to_jsonb(OLD) - 'seq' - 'hash') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'AuditLog is append-only: % refused', TG_OP;
END;
$$;

-- TRUNCATE fires no row trigger: refused by a statement trigger, with the same message.
CREATE TRIGGER "AuditLog_no_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

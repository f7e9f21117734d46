-- DropForeignKey
ALTER TABLE "CaseEvent" DROP CONSTRAINT "CaseEvent_caseId_fkey";

-- AlterTable
ALTER TABLE "CaseEvent" ALTER COLUMN "caseId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "CaseEventChain" (
    "seq" BIGINT NOT NULL,
    "eventId" UUID NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseEventChain_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE UNIQUE INDEX "CaseEventChain_eventId_key" ON "CaseEventChain"("eventId");

-- AddForeignKey
ALTER TABLE "CaseEvent" ADD CONSTRAINT "CaseEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Function bodies spell the semicolon as \073 in E'' strings: Prisma's pg driver adapter splits a
-- migration script on every semicolon before running it.

-- The audit trail is append-only for every role: no UPDATE, DELETE or TRUNCATE of an event or of
-- its chain link through any client. Tampering needs a superuser who disables the trigger, and
-- the hash chain below then shows it (npm run audit:verify).
CREATE FUNCTION audit_reject_change() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  RAISE EXCEPTION ''the audit trail is append-only: % on % is not allowed'', TG_OP, TG_TABLE_NAME
    USING ERRCODE = ''insufficient_privilege''\073
END ';

CREATE TRIGGER "CaseEvent_append_only" BEFORE UPDATE OR DELETE ON "CaseEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
CREATE TRIGGER "CaseEvent_no_truncate" BEFORE TRUNCATE ON "CaseEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();
CREATE TRIGGER "CaseEventChain_append_only" BEFORE UPDATE OR DELETE ON "CaseEventChain"
  FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
CREATE TRIGGER "CaseEventChain_no_truncate" BEFORE TRUNCATE ON "CaseEventChain"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();

-- The content an event's hash covers: an explicit column list (a column added later does not
-- change old hashes), as JSON text (timestamps in ISO form whatever the session's DateStyle).
CREATE FUNCTION audit_event_content(e "CaseEvent") RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_array(e.id, e."caseId", e.type, e."fromStatus", e."toStatus", e."officerId",
                           e."agencyId", e.note, e.data, e."createdAt")::text
$$;

CREATE FUNCTION audit_link_hash(prev_hash text, content text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(prev_hash || content, 'UTF8')), 'hex')
$$;

-- Seals each new event into the chain at COMMIT (a deferred constraint trigger): the lock that
-- orders the chain is held only for the commit itself, not for the rest of a long intake batch,
-- and a transaction waiting for it holds nothing another sealer needs (no deadlock). Chain order
-- is commit order, so concurrent writers (intake SQL, console Prisma) still chain correctly.
CREATE FUNCTION audit_seal_event() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  head record\073
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext(''CaseEventChain''))\073
  SELECT seq, hash INTO head FROM "CaseEventChain" ORDER BY seq DESC LIMIT 1\073
  INSERT INTO "CaseEventChain" (seq, "eventId", "prevHash", hash)
  VALUES (COALESCE(head.seq, 0) + 1, NEW.id, COALESCE(head.hash, repeat(''0'', 64)),
          audit_link_hash(COALESCE(head.hash, repeat(''0'', 64)), audit_event_content(NEW)))\073
  RETURN NULL\073
END ';

CREATE CONSTRAINT TRIGGER "CaseEvent_seal" AFTER INSERT ON "CaseEvent"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_seal_event();

-- Events written before this migration are sealed now, oldest first.
DO E'
DECLARE
  e "CaseEvent"\073
  n bigint := 0\073
  prev text := repeat(''0'', 64)\073
BEGIN
  FOR e IN SELECT * FROM "CaseEvent" ORDER BY "createdAt", id LOOP
    n := n + 1\073
    INSERT INTO "CaseEventChain" (seq, "eventId", "prevHash", hash)
    VALUES (n, e.id, prev, audit_link_hash(prev, audit_event_content(e)))\073
    prev := audit_link_hash(prev, audit_event_content(e))\073
  END LOOP\073
END ';

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "awaitingReplySince" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Case_destinationCountry_createdAt_idx" ON "Case"("destinationCountry", "createdAt");


-- Hand-written below (triggers, functions, partial and expression indexes: Prisma cannot express
-- them, and schema-to-schema diffs never see them, so none will drop them). Function bodies
-- spell the semicolon as \073 in E'' strings: Prisma's pg driver adapter splits a migration
-- script on every semicolon before running it.

-- "Menunggu balasan": the reporter waits for a person. An inbound message joining an open case
-- sets it (unless an officer already answered after that message), an officer's reply clears
-- it, and resolving or closing the case clears it. Kept by triggers, so every writer (the intake's
-- batched SQL, case creation, console actions) keeps it true, and the inbox reads one column.
CREATE FUNCTION case_awaiting_reply_track() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF NEW.direction = ''IN'' THEN
    UPDATE "Case" c SET "awaitingReplySince" = NEW."createdAt"
    WHERE c.id = NEW."caseId" AND c."awaitingReplySince" IS NULL AND c.status NOT IN (''SELESAI'', ''DITUTUP'')
      AND NOT EXISTS (SELECT 1 FROM "Message" r WHERE r."caseId" = NEW."caseId" AND r.direction = ''OUT''
                        AND r."officerId" IS NOT NULL AND r."createdAt" >= NEW."createdAt")\073
  ELSE
    UPDATE "Case" c SET "awaitingReplySince" = NULL
    WHERE c.id = NEW."caseId" AND c."awaitingReplySince" IS NOT NULL AND c."awaitingReplySince" <= NEW."createdAt"\073
  END IF\073
  RETURN NULL\073
END ';

CREATE TRIGGER "Message_awaiting_reply_insert" AFTER INSERT ON "Message" FOR EACH ROW
  WHEN (NEW."caseId" IS NOT NULL AND (NEW.direction = 'IN' OR NEW."officerId" IS NOT NULL))
  EXECUTE FUNCTION case_awaiting_reply_track();
CREATE TRIGGER "Message_awaiting_reply_join" AFTER UPDATE OF "caseId" ON "Message" FOR EACH ROW
  WHEN (NEW."caseId" IS NOT NULL AND NEW."caseId" IS DISTINCT FROM OLD."caseId" AND NEW.direction = 'IN')
  EXECUTE FUNCTION case_awaiting_reply_track();

CREATE FUNCTION case_awaiting_reply_end() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  NEW."awaitingReplySince" := NULL\073
  RETURN NEW\073
END ';

CREATE TRIGGER "Case_awaiting_reply_end" BEFORE UPDATE OF status ON "Case" FOR EACH ROW
  WHEN (NEW.status IN ('SELESAI', 'DITUTUP') AND NEW."awaitingReplySince" IS NOT NULL)
  EXECUTE FUNCTION case_awaiting_reply_end();

-- Existing cases: waiting since the first inbound message after the last officer reply.
WITH last_reply AS (
  SELECT "caseId", max("createdAt") AS at FROM "Message"
  WHERE direction = 'OUT' AND "officerId" IS NOT NULL AND "caseId" IS NOT NULL GROUP BY 1),
waiting AS (
  SELECT m."caseId", min(m."createdAt") AS since FROM "Message" m LEFT JOIN last_reply r ON r."caseId" = m."caseId"
  WHERE m.direction = 'IN' AND m."caseId" IS NOT NULL AND (r.at IS NULL OR m."createdAt" > r.at) GROUP BY 1)
UPDATE "Case" c SET "awaitingReplySince" = w.since FROM waiting w
WHERE w."caseId" = c.id AND c.status NOT IN ('SELESAI', 'DITUTUP');

-- The inbox filter "Menunggu balasan": few open cases at a time.
CREATE INDEX "Case_awaiting_reply_idx" ON "Case" ("awaitingReplySince")
  WHERE "awaitingReplySince" IS NOT NULL AND status NOT IN ('SELESAI', 'DITUTUP') AND "mergedIntoId" IS NULL;

-- Full-text search in Indonesian: the 'simple' configuration (no stemmer fits Indonesian's
-- affixes: queries match word prefixes instead, so "gaji" finds "gajinya") over unaccented text.
-- SET search_path FROM CURRENT: index expressions are evaluated by VACUUM and ANALYZE under a
-- restricted search_path (PostgreSQL 17+), where unaccent would not be found otherwise.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE FUNCTION pmi_search_vector(body text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path FROM CURRENT
  AS E'SELECT to_tsvector(''simple''::regconfig, unaccent(''unaccent''::regdictionary, coalesce(body, '''')))';

-- What a case is about, as searched: the story and the facts an officer would type.
CREATE FUNCTION case_search_vector(description text, country text, employer text, company text, agency_abroad text, city_abroad text)
  RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
  SET search_path FROM CURRENT
  AS E'SELECT pmi_search_vector(concat_ws('' '', description, country, employer, company, agency_abroad, city_abroad))';

CREATE INDEX "Case_search_idx" ON "Case" USING gin (case_search_vector(description, "destinationCountry", "employerName", "placementCompany", "agencyAbroad", "cityAbroad"));
-- The reporter's messages and officers' replies on a case (bot texts are not searched).
CREATE INDEX "Message_search_idx" ON "Message" USING gin (pmi_search_vector(text))
  WHERE "caseId" IS NOT NULL AND (direction = 'IN' OR "officerId" IS NOT NULL);

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "searchVector" tsvector;


-- Hand-written below (functions, triggers and the GIN index: Prisma cannot express them, and
-- schema-to-schema diffs never see them). Function bodies spell the semicolon as \073 in E''
-- strings: Prisma's pg driver adapter splits a migration script on every semicolon.

-- Full-text search reads one stored column per case instead of computing each case's text at
-- query time (an expression index cannot help a plan that walks cases by date and checks each
-- one: it rebuilt the vector per row, 29 s at 1,000,000 cases for a word nobody wrote) and
-- instead of a second index over messages whose hits had to be joined back to cases. The column
-- holds the story and facts (case_search_vector, migration inbox_unread_search) and the words of
-- the reporter and of officers in the case's messages, stripped of positions (nothing ranks or
-- matches phrases, and a stripped vector stays as small as its distinct words).
CREATE FUNCTION case_search_document(case_id uuid, description text, country text, employer text, company text, agency_abroad text, city_abroad text)
  RETURNS tsvector LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path FROM CURRENT
  AS E'SELECT strip(case_search_vector(description, country, employer, company, agency_abroad, city_abroad)
         || (SELECT pmi_search_vector(string_agg(m.text, '' '')) FROM "Message" m
             WHERE m."caseId" = case_id AND (m.direction = ''IN'' OR m."officerId" IS NOT NULL)))';

-- A case's own text: computed when it is opened and when the story or a fact changes.
CREATE FUNCTION case_search_refresh() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  NEW."searchVector" := case_search_document(NEW.id, NEW.description, NEW."destinationCountry", NEW."employerName",
                                             NEW."placementCompany", NEW."agencyAbroad", NEW."cityAbroad")\073
  RETURN NEW\073
END ';

CREATE TRIGGER "Case_search_insert" BEFORE INSERT ON "Case" FOR EACH ROW EXECUTE FUNCTION case_search_refresh();
CREATE TRIGGER "Case_search_update"
  BEFORE UPDATE OF description, "destinationCountry", "employerName", "placementCompany", "agencyAbroad", "cityAbroad" ON "Case" FOR EACH ROW
  WHEN (NEW.description IS DISTINCT FROM OLD.description OR NEW."destinationCountry" IS DISTINCT FROM OLD."destinationCountry"
        OR NEW."employerName" IS DISTINCT FROM OLD."employerName" OR NEW."placementCompany" IS DISTINCT FROM OLD."placementCompany"
        OR NEW."agencyAbroad" IS DISTINCT FROM OLD."agencyAbroad" OR NEW."cityAbroad" IS DISTINCT FROM OLD."cityAbroad")
  EXECUTE FUNCTION case_search_refresh();

-- A searched message (the reporter's, or an officer's reply, never the bot's own texts) adds its
-- words to its case when it is written on the case or joins it (the intake links a conversation's
-- messages to the case it opens or follows). A message that leaves a case, is redacted
-- (anonymisation sets its text to NULL) or is deleted makes its cases compute their text again,
-- so no removed word stays findable.
CREATE FUNCTION message_search_track() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' OR (TG_OP = ''UPDATE'' AND OLD."caseId" IS NULL AND NEW.text IS NOT DISTINCT FROM OLD.text) THEN
    UPDATE "Case" SET "searchVector" = coalesce("searchVector", ''''::tsvector) || strip(pmi_search_vector(NEW.text))
    WHERE id = NEW."caseId"\073
  ELSE
    UPDATE "Case" c SET "searchVector" = case_search_document(c.id, c.description, c."destinationCountry", c."employerName",
                                                              c."placementCompany", c."agencyAbroad", c."cityAbroad")
    WHERE c.id = OLD."caseId" OR (TG_OP = ''UPDATE'' AND c.id = NEW."caseId")\073
  END IF\073
  RETURN NULL\073
END ';

CREATE TRIGGER "Message_search_insert" AFTER INSERT ON "Message" FOR EACH ROW
  WHEN (NEW."caseId" IS NOT NULL AND NEW.text IS NOT NULL AND (NEW.direction = 'IN' OR NEW."officerId" IS NOT NULL))
  EXECUTE FUNCTION message_search_track();
CREATE TRIGGER "Message_search_update" AFTER UPDATE OF "caseId", text ON "Message" FOR EACH ROW
  WHEN ((NEW.direction = 'IN' OR NEW."officerId" IS NOT NULL)
        AND (NEW."caseId" IS DISTINCT FROM OLD."caseId" OR NEW.text IS DISTINCT FROM OLD.text))
  EXECUTE FUNCTION message_search_track();
CREATE TRIGGER "Message_search_delete" AFTER DELETE ON "Message" FOR EACH ROW
  WHEN (OLD."caseId" IS NOT NULL AND OLD.text IS NOT NULL AND (OLD.direction = 'IN' OR OLD."officerId" IS NOT NULL))
  EXECUTE FUNCTION message_search_track();

-- Existing cases.
UPDATE "Case" c SET "searchVector" = case_search_document(c.id, c.description, c."destinationCountry", c."employerName",
                                                          c."placementCompany", c."agencyAbroad", c."cityAbroad");

CREATE INDEX "Case_searchVector_idx" ON "Case" USING gin ("searchVector");
-- The expression indexes they replace: their text is now read from the column.
DROP INDEX "Case_search_idx";
DROP INDEX "Message_search_idx";

-- The inbox filter "Menunggu balasan" (alone or with a search) in the queue's own order, so a
-- page is read off the index in order instead of sorting every waiting case (about 40,000 of a
-- million): emergencies first, then the deadline that matters now (as "Case_open_queue_idx").
CREATE INDEX "Case_awaiting_queue_idx" ON "Case" ((urgency = 'EMERGENCY'::"Urgency") DESC,
  (CASE WHEN "firstRespondedAt" IS NULL THEN "firstResponseDueAt" ELSE "resolutionDueAt" END) ASC NULLS LAST, "createdAt", id)
  WHERE "awaitingReplySince" IS NOT NULL AND status NOT IN ('SELESAI', 'DITUTUP') AND "mergedIntoId" IS NULL;
DROP INDEX "Case_awaiting_reply_idx";

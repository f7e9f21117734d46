-- Hand-written (Prisma cannot express per-column statistics targets or functions).
-- The planner's guess for a word decides between walking cases in the page's order and taking a
-- bitmap of the word's hits. With the default statistics, only words in about 6% of cases or
-- more were counted: every other word, even one nobody wrote, was guessed at 0.5% of cases
-- (5,000 of a million), so the planner walked all cases by date looking for a page of them
-- (13 to 17 s at 1,000,000 cases). Ten times the sample keeps words down to a few hundredths of a
-- percent of cases in the statistics, and the guess for rarer words falls with them.
ALTER TABLE "Case" ALTER COLUMN "searchVector" SET STATISTICS 1000;
ANALYZE "Case";

-- A message whose words the case already holds (a story the intake built from the very messages
-- it then links, a repeated "tolong pak") leaves the case row alone: each write of a case row
-- also writes every index of "Case", on the intake's path.
CREATE OR REPLACE FUNCTION message_search_track() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  words tsvector\073
BEGIN
  IF TG_OP = ''INSERT'' OR (TG_OP = ''UPDATE'' AND OLD."caseId" IS NULL AND NEW.text IS NOT DISTINCT FROM OLD.text) THEN
    words := strip(pmi_search_vector(NEW.text))\073
    UPDATE "Case" SET "searchVector" = coalesce("searchVector", ''''::tsvector) || words
    WHERE id = NEW."caseId" AND (coalesce("searchVector", ''''::tsvector) || words) IS DISTINCT FROM "searchVector"\073
  ELSE
    UPDATE "Case" c SET "searchVector" = case_search_document(c.id, c.description, c."destinationCountry", c."employerName",
                                                              c."placementCompany", c."agencyAbroad", c."cityAbroad")
    WHERE c.id = OLD."caseId" OR (TG_OP = ''UPDATE'' AND c.id = NEW."caseId")\073
  END IF\073
  RETURN NULL\073
END ';

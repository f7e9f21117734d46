-- Hand-written (Prisma cannot express trigram or expression indexes). Schema-to-schema diffs never see them, so none will drop them.
-- Console search at a million cases: names, ticket fragments and phone digits are searched as
-- substrings (ILIKE / LIKE '%...%'), which only a trigram index serves. Phones are indexed as
-- digits only, the same expression the inbox query searches with (src/console/routes/inbox-query.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Case_workerName_trgm_idx" ON "Case" USING gin ("workerName" gin_trgm_ops);
CREATE INDEX "Case_ticket_trgm_idx" ON "Case" USING gin (ticket gin_trgm_ops);
CREATE INDEX "Case_workerPhone_digits_trgm_idx" ON "Case" USING gin (regexp_replace("workerPhone", '[^0-9]', '', 'g') gin_trgm_ops);
CREATE INDEX "Reporter_name_trgm_idx" ON "Reporter" USING gin (name gin_trgm_ops);
CREATE INDEX "Reporter_phone_digits_trgm_idx" ON "Reporter" USING gin (regexp_replace(phone, '[^0-9]', '', 'g') gin_trgm_ops);

-- The kind filter, newest first (history and search), and the extra kinds of a case.
CREATE INDEX "Case_kind_createdAt_idx" ON "Case" (kind, "createdAt");
CREATE INDEX "Case_extraKinds_idx" ON "Case" USING gin ("extraKinds");

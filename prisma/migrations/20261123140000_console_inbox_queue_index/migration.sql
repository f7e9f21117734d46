-- Hand-written (Prisma cannot express an expression or partial index). Schema-to-schema diffs never see it, so none will drop it.
-- The open-case queue of the console inbox: emergencies first, then the deadline that matters
-- now (first response until answered, then resolution). Partial: resolved and closed cases,
-- the vast majority over the years, stay out of it.
CREATE INDEX "Case_open_queue_idx" ON "Case" ((urgency = 'EMERGENCY'::"Urgency") DESC, (CASE WHEN "firstRespondedAt" IS NULL THEN "firstResponseDueAt" ELSE "resolutionDueAt" END) ASC NULLS LAST, "createdAt", id)
  WHERE status NOT IN ('SELESAI', 'DITUTUP') AND "mergedIntoId" IS NULL;

-- Hand-written (Prisma cannot express partial or expression indexes). Schema-to-schema diffs never see it, so none will drop it.
-- The intake reminder's sweep (src/store/conversations.ts, lockQuietUnfinishedIntakes) reads only
-- conversations in an intake with a story and no case, emergency or reminder yet: a few among
-- all conversations. Its predicate is the sweep's, word for word, so the planner can use it.
CREATE INDEX "Conversation_unfinished_intake_idx" ON "Conversation" ("updatedAt")
WHERE (state->>'step') = 'intake'
  AND (state->'draft'->'description') <> '[]'::jsonb
  AND (state->'draft'->'caseId') IS NULL
  AND (state->'draft'->'remindedAt') IS NULL
  AND (state->'draft'->>'emergencyCreated') IS DISTINCT FROM 'true';

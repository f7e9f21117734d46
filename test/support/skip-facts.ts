/**
 * Answers "lewati" to the optional questions about the facts of a case (employer, P3MI, sector...)
 * while they come, as a reporter who does not know them would: for suites whose subject is
 * something else than those questions (test/unit/conversation-table.data.ts covers them).
 */
const FACT_QUESTION = /Jika tidak tahu, balas LEWATI/;
/** The most any kind asks (src/core/case-facts.ts FACTS_ASKED). */
const MAX_FACT_QUESTIONS = 3;

export async function skipFacts(say: (text: string) => Promise<string>, reply: string): Promise<string> {
  let last = reply;
  for (let i = 0; i < MAX_FACT_QUESTIONS && FACT_QUESTION.test(last); i++) last = await say("lewati");
  return last;
}

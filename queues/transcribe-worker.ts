import { Worker, type ConnectionOptions } from "bullmq";
import { triageTranscript, type TranscriptTriageDeps } from "../src/cases/triage-transcript.js";
import { raiseEmergencyFromTranscript } from "../src/intake/emergency-from-transcript.js";
import type { PipelineDeps } from "../src/intake/pipeline-deps.js";
import { findVoiceNote, saveTranscript } from "../src/store/messages.js";
import type { Transcriber } from "../src/transcription/transcriber.js";
import type { TranscribeJob } from "./job-queues.js";
import { QUEUE } from "./names.js";

export interface TranscribeWorkerDeps extends Omit<TranscriptTriageDeps, "sql">, PipelineDeps {
  transcriber: Transcriber;
}

/**
 * Transcribes a voice note (only with TRANSCRIBE_URL set), stores the transcript with its file
 * for officers, and runs it through triage: an emergency spoken in it raises the voice note's
 * case, or, when the note is on no case yet (a voice-only reporter in the middle of the intake),
 * creates the emergency case from the intake at once. A failing server, or the conversation held
 * by another job, is retried with backoff; a transcript already stored is never asked for again.
 */
export function createTranscribeWorker(deps: TranscribeWorkerDeps, connection: ConnectionOptions, prefix: string): Worker<TranscribeJob> {
  const worker = new Worker<TranscribeJob>(
    QUEUE.transcribe,
    async (job) => {
      const now = deps.now?.() ?? new Date();
      const message = await findVoiceNote(deps.db, job.data.messageId);
      const file = message?.attachments[0];
      if (!message || !file) return "skipped: no voice note";
      let transcript = file.transcript;
      if (transcript === null) {
        transcript = await deps.transcriber.transcribe({
          data: file.data,
          mime: file.mime.split(";")[0]!,
          fileName: file.fileName ?? "pesan-suara.ogg",
        });
        await saveTranscript(deps.db, file.id, transcript, now);
        if (message.caseId) await deps.updates.publish({ type: "case.message", caseId: message.caseId });
        deps.log.info({ messageId: job.data.messageId, attachmentId: file.id, chars: transcript.length }, "voice note transcribed");
      }
      if (!transcript) return "empty transcript";
      const raised = { attachmentId: file.id, transcript, now };
      const outcome = await triageTranscript(deps, { ...raised, caseId: message.caseId });
      if (outcome !== "no-case") return `transcribed: ${outcome}`;
      // A voice note opens an intake, whose case waits for the consent: an emergency cannot wait.
      // Throws ConversationHeld (a retry) when another job holds the conversation.
      const intake = await raiseEmergencyFromTranscript(deps, {
        messageId: job.data.messageId,
        conversationId: message.conversationId,
        receivedAt: message.createdAt,
        transcript,
      });
      if (intake.result === "on-case") return `transcribed: ${await triageTranscript(deps, { ...raised, caseId: intake.caseId })}`;
      if (intake.result === "other-case-open") {
        deps.log.warn(
          { messageId: job.data.messageId },
          "emergency transcript of a voice note on no case, its reporter with another case open",
        );
      }
      return `transcribed: ${intake.result}`;
    },
    { connection, prefix, concurrency: 2 },
  );
  worker.on("failed", (job, error) => {
    deps.log.warn(
      { jobId: job?.id, attempts: job?.attemptsMade, err: error.message },
      "transcription job failed; will retry if attempts remain",
    );
  });
  return worker;
}

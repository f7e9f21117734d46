import { Worker, type ConnectionOptions } from "bullmq";
import { triageTranscript, type TranscriptTriageDeps } from "../src/cases/triage-transcript.js";
import type { Logger } from "../src/logger.js";
import type { Db } from "../src/store/database.js";
import { findVoiceNote, saveTranscript } from "../src/store/messages.js";
import type { Transcriber } from "../src/transcription/transcriber.js";
import type { TranscribeJob } from "./job-queues.js";
import { QUEUE } from "./names.js";

export interface TranscribeWorkerDeps extends TranscriptTriageDeps {
  db: Db;
  log: Logger;
  transcriber: Transcriber;
  now?: () => Date;
}

/** Thrown to try again later: an emergency heard in a voice note whose intake has not made its case yet. */
class NotOnACaseYet extends Error {}

/**
 * Transcribes a voice note (only with TRANSCRIBE_URL set), stores the transcript with its file
 * for officers, and runs it through triage so an emergency spoken in it raises the case. A
 * failing server is retried with backoff; a transcript already stored is never asked for again.
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
      const outcome = await triageTranscript(deps, { caseId: message.caseId, attachmentId: file.id, transcript, now });
      // A voice note opens an intake: its case may not exist yet, and an emergency must wait for it.
      if (outcome === "no-case") throw new NotOnACaseYet("emergency in a voice note not on a case yet");
      return `transcribed: ${outcome}`;
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

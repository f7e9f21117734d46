/**
 * Speech to text behind one small interface. The adapter speaks the OpenAI-compatible
 * POST /v1/audio/transcriptions (multipart: file, model), which self-hosted servers offer
 * (whisper.cpp's server, faster-whisper-server); nothing leaves for a third party unless
 * TRANSCRIBE_URL points there.
 */
export interface Transcriber {
  transcribe(file: { data: Uint8Array; mime: string; fileName: string }): Promise<string>;
}

export class TranscriptionError extends Error {}

export function createOpenAiTranscriber(options: {
  url: string;
  model: string;
  apiKey?: string | undefined;
  timeoutMs: number;
}): Transcriber {
  const endpoint = new URL("v1/audio/transcriptions", options.url.endsWith("/") ? options.url : `${options.url}/`);
  return {
    async transcribe(file) {
      const form = new FormData();
      form.append("file", new Blob([new Uint8Array(file.data)], { type: file.mime }), file.fileName);
      form.append("model", options.model);
      form.append("response_format", "json");
      form.append("language", "id");
      const response = await fetch(endpoint, {
        method: "POST",
        body: form,
        headers: options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {},
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      if (!response.ok) throw new TranscriptionError(`transcription server answered ${response.status}`);
      const body = (await response.json()) as { text?: unknown };
      if (typeof body.text !== "string") throw new TranscriptionError("transcription server answered without text");
      return body.text.trim();
    },
  };
}

/**
 * One error for every refusal a person may read (an officer in the console): a code and an
 * Indonesian message. The HTTP status comes from the code, in this one map; the server's error
 * handler (src/http/create-server.ts) sends the message for client errors.
 */
export const APP_ERROR_STATUS = {
  "invalid-input": 400,
  unauthenticated: 401,
  forbidden: 403,
  "not-found": 404,
  /** The request is sound but the case's state refuses it (closed, merged, already a party...). */
  conflict: 409,
  "too-large": 413,
  "too-many-attempts": 429,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "AppError";
  }

  /** Read by the HTTP error handler (Fastify's convention). */
  get statusCode(): number {
    return APP_ERROR_STATUS[this.code];
  }
}

/**
 * A client error with the Indonesian message the officer sees. The server's one error handler
 * (src/http/create-server.ts) sends `message` for statuses below 500.
 */
export class HttpError extends Error {
  constructor(
    readonly statusCode: 400 | 401 | 403 | 404 | 409 | 413 | 429,
    message: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export const notFound = () => new HttpError(404, "Kasus tidak ditemukan.");
export const forbidden = (message = "Anda tidak berwenang melakukan tindakan ini.") => new HttpError(403, message);
export const badRequest = (message: string) => new HttpError(400, message);
export const conflict = (message: string) => new HttpError(409, message);

import { AppError } from "../core/app-error.js";

/** The console's usual refusals, as AppErrors with the Indonesian message the officer sees. */
export const notFound = () => new AppError("NOT_FOUND", "Kasus tidak ditemukan.");
export const forbidden = (message = "Anda tidak berwenang melakukan tindakan ini.") => new AppError("FORBIDDEN", message);
export const badRequest = (message: string) => new AppError("INVALID_INPUT", message);

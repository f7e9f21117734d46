import { AppError } from "../core/app-error.js";

/** The console's usual refusals, as AppErrors with the Indonesian message the officer sees. */
export const notFound = () => new AppError("not-found", "Kasus tidak ditemukan.");
export const forbidden = (message = "Anda tidak berwenang melakukan tindakan ini.") => new AppError("forbidden", message);
export const badRequest = (message: string) => new AppError("invalid-input", message);

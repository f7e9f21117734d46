import type { FastifyInstance } from "fastify";
import { HttpError } from "../http-error.js";
import { SESSION_COOKIE, type Officer, type SessionStore } from "./sessions.js";

declare module "fastify" {
  interface FastifyRequest {
    officer: Officer | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (sign-in, OpenAPI document). */
    public?: boolean;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Every /api route needs a live session (401 otherwise); every state-changing request also
 * needs the session's CSRF token in the X-CSRF-Token header (403 otherwise). The cookie is
 * SameSite=Strict as well: two independent guards against cross-site requests.
 */
export function requireOfficer(app: FastifyInstance, sessions: SessionStore): void {
  app.decorateRequest("officer", null);
  app.addHook("onRequest", async (request) => {
    if (!request.url.startsWith("/api/") || request.routeOptions.config.public) return;
    const officer = await sessions.load(request.cookies[SESSION_COOKIE]);
    if (!officer) throw new HttpError(401, "Sesi Anda tidak ada atau sudah berakhir. Silakan masuk kembali.");
    if (!SAFE_METHODS.has(request.method) && request.headers["x-csrf-token"] !== officer.csrfToken) {
      throw new HttpError(403, "Token keamanan (CSRF) tidak valid. Muat ulang halaman lalu coba lagi.");
    }
    request.officer = officer;
  });
}

export function requireRole(officer: Officer, roles: Officer["role"][], message = "Halaman ini hanya untuk supervisor atau administrator."): void {
  if (!roles.includes(officer.role)) throw new HttpError(403, message);
}

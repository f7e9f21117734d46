import type { FastifyInstance, FastifyRequest } from "fastify";
import { AppError } from "../../core/app-error.js";
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
const NO_SESSION = "Sesi Anda tidak ada atau sudah berakhir. Silakan masuk kembali.";

/**
 * Every route of the scope this is applied to needs a live session (401 otherwise) unless the
 * route itself is marked `config: { public: true }`; every state-changing request also needs the
 * session's CSRF token in the X-CSRF-Token header (403 otherwise). The decision rests on the
 * matched route, never on the raw URL: the router decodes "/%61pi/..." and absolute-form URLs
 * to the same route, so a prefix test on request.url would let them through.
 * The cookie is SameSite=Strict as well: two independent guards against cross-site requests.
 */
export function requireOfficer(app: FastifyInstance, sessions: SessionStore): void {
  app.decorateRequest("officer", null);
  app.addHook("onRequest", async (request) => {
    if (request.routeOptions.config.public === true) return;
    const officer = await sessions.load(request.cookies[SESSION_COOKIE]);
    if (!officer) throw new AppError("unauthenticated", NO_SESSION);
    if (!SAFE_METHODS.has(request.method) && request.headers["x-csrf-token"] !== officer.csrfToken) {
      throw new AppError("forbidden", "Token keamanan (CSRF) tidak valid. Muat ulang halaman lalu coba lagi.");
    }
    request.officer = officer;
  });
}

/** The signed-in officer of a guarded route; a route that somehow runs without one answers 401, never acts anonymously. */
export function signedInOfficer(request: FastifyRequest): Officer {
  if (!request.officer) throw new AppError("unauthenticated", NO_SESSION);
  return request.officer;
}

export function requireRole(
  officer: Officer,
  roles: Officer["role"][],
  message = "Halaman ini hanya untuk supervisor atau administrator.",
): void {
  if (!roles.includes(officer.role)) throw new AppError("forbidden", message);
}

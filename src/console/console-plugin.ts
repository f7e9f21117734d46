import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyCookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import fastifySwagger from "@fastify/swagger";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { ConsoleDeps } from "./console-deps.js";
import { authRoutes } from "./auth/auth-routes.js";
import { accountRoutes } from "./routes/account-routes.js";
import { requireOfficer } from "./auth/require-officer.js";
import { createSessionStore } from "./auth/sessions.js";
import { auditRoutes } from "./routes/audit-routes.js";
import { privacyRoutes } from "./routes/privacy-routes.js";
import { caseActionRoutes } from "./routes/case-action-routes.js";
import { caseRoutes } from "./routes/case-routes.js";
import { directoryRoutes } from "./routes/directory-routes.js";
import { inboxRoutes } from "./routes/inbox-routes.js";
import { liveRoutes } from "./routes/live-routes.js";
import { operationsRoutes } from "./routes/operations-routes.js";
import { referenceRoutes } from "./routes/reference-routes.js";
import { replyTemplateRoutes } from "./routes/reply-template-routes.js";
import { routingBasisRoutes } from "./routes/routing-basis-routes.js";
import { reportRoutes } from "./routes/report-routes.js";
import { fieldLabel } from "./field-labels.js";

const UI_ROOT = fileURLToPath(new URL("./ui/", import.meta.url));
/**
 * Mozilla's pdf.js draws a reporter's PDF in the case thread (views/case/document-preview.js).
 * Served from the pinned package in node_modules, never from a CDN; only what the browser
 * needs: library and worker, fonts, character maps, the image decoders written in JavaScript.
 */
const PDFJS_ROOT = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
const PDFJS_FILES = /^\/(build\/pdf(\.worker)?\.min\.mjs$|standard_fonts\/|cmaps\/|wasm\/[\w-]+\.js$)/;

/** Browsers may run only the console's own scripts; user content can never become code. */
const SECURITY_HEADERS = {
  "content-security-policy": [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; "),
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
};

/**
 * The officers' console: the JSON API under /api (described at /api/openapi.json) and the
 * browser app at /. Registered by src/runtime/start-console.ts.
 */
export async function consolePlugin(app: FastifyInstance, ctx: ConsoleDeps): Promise<void> {
  await app.register(async (scope) => {
    scope.setValidatorCompiler(validatorCompiler);
    scope.setSerializerCompiler(serializerCompiler);
    scope.setErrorHandler(
      (
        error: Error & {
          validation?: { instancePath?: string; keyword?: string; message?: string; params?: { issue?: { path?: unknown[] } } }[];
          statusCode?: number;
        },
        request,
        reply,
      ) => {
        if (error.validation) {
          const fields = [
            ...new Set(
              error.validation.map((v) => v.instancePath?.replace(/^\//, "") || (v.params?.issue?.path ?? []).join(".")).filter(Boolean),
            ),
          ];
          const labels = [...new Set(fields.map((f) => fieldLabel(f, request.routeOptions.url)))];
          // A route's own rule ("NIK harus 16 angka.") says more than the field's name: it is Indonesian already.
          const rules = [...new Set(error.validation.filter((v) => v.keyword === "custom" && v.message).map((v) => v.message))];
          const detail = rules.length ? `: ${rules.join(" ")}` : labels.length ? `: periksa ${labels.join(", ")}.` : ".";
          return reply.code(400).send({ error: `Permintaan tidak valid${detail}`, fields });
        }
        // Everything else goes to the server's one error handler (hides 5xx details).
        throw error;
      },
    );
    scope.addHook("onSend", async (request, reply) => {
      // A reporter's file keeps its own, stricter policy (sandbox: it never runs as the console).
      const own = reply.getHeader("content-security-policy");
      reply.headers(SECURITY_HEADERS);
      if (own) reply.header("content-security-policy", own);
      // request.protocol believes X-Forwarded-Proto only from a trusted proxy (TRUST_PROXY).
      if (request.protocol === "https") reply.header("strict-transport-security", "max-age=31536000; includeSubDomains");
    });

    await scope.register(fastifyCookie);
    await scope.register(fastifySwagger, {
      openapi: {
        info: { title: "Konsol Pengaduan PMI", description: "API konsol petugas BP3MI dan dinas (JSON).", version: "1.0.0" },
        components: {
          securitySchemes: {
            sesi: { type: "apiKey", in: "cookie", name: "pmi_sesi" },
            csrf: { type: "apiKey", in: "header", name: "X-CSRF-Token" },
          },
        },
        security: [{ sesi: [], csrf: [] }],
      },
      transform: jsonSchemaTransform,
      hideUntagged: true,
    });
    // The browser app's files carry no personal data: public, in a scope of their own.
    await scope.register(async (ui) => {
      await ui.register(fastifyStatic, { root: UI_ROOT, prefix: "/", index: "index.html", cacheControl: false, serveDotFiles: false });
    });
    await scope.register(async (vendor) => {
      await vendor.register(fastifyStatic, {
        root: PDFJS_ROOT,
        prefix: "/vendor/pdfjs/",
        index: false,
        list: false,
        cacheControl: false,
        serveDotFiles: false,
        allowedPath: (path) => PDFJS_FILES.test(path),
      });
    });
    // Everything else is closed by default: a route is reachable without a session only when
    // it says `config: { public: true }` (sign-in, the OpenAPI document).
    await scope.register(async (api) => {
      const sessions = createSessionStore(ctx.db, ctx.config.CONSOLE_SESSION_HOURS);
      requireOfficer(api, sessions);
      // API answers carry personal data: no browser or proxy keeps a copy.
      api.addHook("onSend", async (_request, reply) => {
        if (!reply.hasHeader("cache-control")) reply.header("cache-control", "no-store");
      });
      api.get("/api/openapi.json", { config: { public: true } }, async () => scope.swagger());
      await authRoutes(api, ctx, sessions);
      await inboxRoutes(api, ctx);
      await caseRoutes(api, ctx);
      await caseActionRoutes(api, ctx);
      await referenceRoutes(api, ctx);
      await directoryRoutes(api, ctx);
      await replyTemplateRoutes(api, ctx);
      await routingBasisRoutes(api, ctx);
      await reportRoutes(api, ctx);
      await operationsRoutes(api, ctx);
      await liveRoutes(api, ctx, sessions);
      await accountRoutes(api, ctx, sessions);
      await auditRoutes(api, ctx);
      await privacyRoutes(api, ctx);
    });
  });
}

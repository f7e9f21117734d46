// The console's only way to the server: JSON under /api, the session cookie, and the CSRF
// token (from /api/auth/me) on every state-changing request.
let csrfToken = "";
let onUnauthorized = () => {};

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function configureApi(options) {
  if (options.csrfToken !== undefined) csrfToken = options.csrfToken;
  if (options.onUnauthorized) onUnauthorized = options.onUnauthorized;
}

async function request(method, path, body) {
  const headers = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET") headers["x-csrf-token"] = csrfToken;
  let res;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: "same-origin" });
  } catch {
    throw new ApiError(0, "Tidak dapat terhubung ke server. Periksa koneksi internet.");
  }
  const data = res.headers.get("content-type")?.includes("application/json") ? await res.json() : null;
  if (res.status === 401 && path !== "/api/auth/login") onUnauthorized();
  if (!res.ok) throw new ApiError(res.status, data?.error ?? `Permintaan gagal (${res.status}).`);
  return data;
}

export const api = {
  get: (path) => request("GET", path),
  post: (path, body) => request("POST", path, body ?? {}),
};

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "" && v !== false) q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : "";
}

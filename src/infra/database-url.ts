/** Discrete pg connection fields from a DATABASE_URL: the adapter needs them split (see README). */
export interface PgConnectionFields {
  host: string;
  port: number;
  user: string;
  password?: string;
  database: string;
  max?: number;
}

export function pgConnectionFields(databaseUrl: string, max?: number): PgConnectionFields {
  const url = new URL(databaseUrl);
  if (!/^postgres(ql)?:$/.test(url.protocol)) {
    throw new Error(`DATABASE_URL must start with postgresql:// (got ${url.protocol})`);
  }
  return {
    host: decodeURIComponent(url.hostname) || "127.0.0.1",
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username) || "postgres",
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    database: decodeURIComponent(url.pathname.replace(/^\//, "")) || "postgres",
    ...(max ? { max } : {}),
  };
}

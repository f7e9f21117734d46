import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { pgConnectionFields } from "./src/infra/database-url.js";

// The schema's env("DATABASE_URL") must resolve even for `prisma generate`, which needs no database.
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";

// The Prisma CLI runs its bundled WebAssembly schema engine through the pg adapter:
// the native engine cannot be downloaded on our machines (see README, "Prisma offline").
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => new PrismaPg(pgConnectionFields(process.env.DATABASE_URL!)),
});

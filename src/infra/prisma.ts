import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.js";
import { pgConnectionFields } from "./database-url.js";

export type Db = PrismaClient;
export { Prisma } from "../generated/prisma/client.js";

/** The Prisma client over node-postgres (the Rust-free client; see README, "Prisma offline"). */
export function createDb(databaseUrl: string, poolSize: number): Db {
  return new PrismaClient({ adapter: new PrismaPg(pgConnectionFields(databaseUrl, poolSize)) });
}

import { afterAll } from "vitest";
import { dropFileDatabase } from "./file-database.js";

// vitest.config.ts runs this before each test file, in that file's module graph. Hooks run as a
// stack, so this one, registered first, runs after every afterAll of the file itself.
afterAll(dropFileDatabase);

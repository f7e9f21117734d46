// Worker threads do not inherit tsx: register it here, then load the TypeScript bot.
import { register } from "tsx/esm/api";

register();
await import("./telegram-bench-bot.ts");

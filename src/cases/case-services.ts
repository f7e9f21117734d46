import { AppError } from "../core/app-error.js";
import type { Db } from "../infra/prisma.js";
import type { JobQueues } from "../../queues/job-queues.js";
import type { CaseRules } from "./create-case.js";
import type { CaseEventBus } from "./case-event-bus.js";

/** What every case-changing service needs: the store, the queues, the rules, the live-update bus. */
export interface CaseServiceDeps {
  db: Db;
  queues: JobQueues;
  rules: CaseRules;
  events: CaseEventBus;
  now?: () => Date;
}

export const caseNotFound = () => new AppError("NOT_FOUND", "Kasus tidak ditemukan.");

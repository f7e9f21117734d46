import { AppError } from "../core/app-error.js";
import type { Db } from "../infra/prisma.js";
import type { JobScheduler } from "../core/job-scheduler.js";
import type { CaseRules } from "./create-case.js";
import type { CaseUpdateBus } from "./case-update-bus.js";

/** What every case-changing service needs: the store, the queues, the rules, the live-update bus. */
export interface CaseServiceDeps {
  db: Db;
  queues: JobScheduler;
  rules: CaseRules;
  updates: CaseUpdateBus;
  now?: () => Date;
}

export const caseNotFound = () => new AppError("not-found", "Kasus tidak ditemukan.");

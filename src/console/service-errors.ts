import { STATUS_LABELS, InvalidTransitionError } from "../core/case-lifecycle.js";
import { AssignmentError } from "../cases/assign-case.js";
import { CaseNotFoundError } from "../cases/case-services.js";
import { MergeError } from "../cases/merge-case.js";
import { PartyError } from "../cases/add-case-party.js";
import { ReferralError } from "../cases/refer-case.js";
import { RetryError } from "../cases/retry-failed-message.js";
import { HttpError, notFound } from "./http-error.js";

/** Turns the case services' refusals into the console's HTTP errors (Indonesian messages). */
export function toHttpError(error: unknown): unknown {
  if (error instanceof CaseNotFoundError) return notFound();
  if (error instanceof InvalidTransitionError) {
    return new HttpError(409, `Status tidak dapat diubah dari "${STATUS_LABELS[error.from]}" ke "${STATUS_LABELS[error.to]}".`);
  }
  if (error instanceof ReferralError || error instanceof PartyError || error instanceof AssignmentError || error instanceof MergeError || error instanceof RetryError) {
    return new HttpError(409, error.message);
  }
  return error;
}

// Plain-words sentences for execution error codes. No server imports: the browser uses this too.
import type { ErrorCode } from "./errors";

const SENTENCES: Record<ErrorCode, string> = {
  VALIDATION_ERROR: "Some of the values are not valid for this method; check the highlighted fields.",
  AUTHENTICATION_ERROR: "The service did not accept our credentials; connect the account again.",
  NOT_FOUND: "The service could not find what was asked for.",
  RATE_LIMIT_EXCEEDED: "The service is rate-limiting us; try again shortly.",
  TIMEOUT_ERROR: "The service did not answer in time; try again shortly.",
  TEMPORARY_ERROR: "The service is temporarily unavailable; try again shortly.",
  UPSTREAM_ERROR: "The service answered with an error or in a form we could not use.",
  TRANSFORM_ERROR: "The integration's data mapping failed; its definition needs fixing.",
  INTERNAL_ERROR: "Something went wrong on our side. The error was logged.",
};

/** One sentence an operator understands for an error code; unknown codes get a generic sentence. */
export function errorSentence(code: string): string {
  return (SENTENCES as Record<string, string>)[code] ?? "The call failed.";
}

import { AppError } from "@/lib/errors";
import { IntegrationError, isErrorCode, toIntegrationError } from "./errors";

/**
 * Lib functions outside the executor throw AppError (plain-words messages, no secrets); the
 * executor speaks IntegrationError. Codes the executor does not know become INTERNAL_ERROR.
 */
export function fromAppError(error: unknown): IntegrationError {
  if (error instanceof IntegrationError) return error;
  if (error instanceof AppError && isErrorCode(error.code)) {
    return new IntegrationError(error.code, error.message, error.details, { cause: error });
  }
  return toIntegrationError(error);
}

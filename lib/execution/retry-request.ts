// Seed 000's "retry a failed request": send the same method again, with the stored parameters
// and fresh credentials, as a new execution whose first row points back at the failed one.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import { REDACTED } from "@/lib/request-log/redact";
import { IntegrationError } from "./errors";
import { executeMethod, ExecutionError, type ExecuteResult, type ExecutionScope } from "./execute";

function refuse(message: string, details?: Record<string, unknown>): IntegrationError {
  return new IntegrationError("VALIDATION_ERROR", message, details);
}

async function loadRetryable(scope: ExecutionScope, requestId: string) {
  const row = await db.integrationRequest.findFirst({
    where: { workspaceId: scope.workspaceId, OR: [{ id: requestId }, { requestId }] },
    select: {
      id: true, status: true, method: true, instanceId: true, direction: true, parameters: true,
      referenceDoctype: true, referenceDocname: true,
    },
  });
  if (!row) throw new IntegrationError("NOT_FOUND", "The request was not found");
  if (row.status !== "Failed") throw new ConflictError(`Only failed requests can be retried; this one is ${row.status}.`);
  if (row.direction !== "outbound" || !row.method || !row.instanceId || row.method.includes(".")) {
    throw refuse("This request was not made by an integration method, so it cannot be sent again.");
  }
  const newer = await db.integrationRequest.findFirst({ where: { retryOfId: row.id }, select: { id: true } });
  if (newer) {
    throw new ConflictError("This request was already retried; retry the newest attempt instead.", { retriedBy: newer.id });
  }
  // Redacted values were never stored, so the call cannot be rebuilt faithfully.
  if (JSON.stringify(row.parameters ?? {}).includes(REDACTED)) {
    throw refuse("This request's parameters held secrets that were not stored; run the method again with fresh values.");
  }
  return { ...row, method: row.method, instanceId: row.instanceId };
}

/**
 * Re-sends a Failed outbound method call as a new execution. Throws IntegrationError like
 * executeMethod, or ConflictError (CONFLICT, 409) when the row is not Failed or was retried already.
 */
export async function retryFailedRequest(scope: ExecutionScope, requestId: string, actor: Actor): Promise<ExecuteResult> {
  const row = await loadRetryable(scope, requestId);
  const reference =
    row.referenceDoctype && row.referenceDocname ? { doctype: row.referenceDoctype, docname: row.referenceDocname } : undefined;
  let outcome: "Completed" | "Failed" = "Failed";
  let result: { executionId: string; requestIds: string[] } = { executionId: "", requestIds: [] };
  try {
    const done = await executeMethod(scope, row.instanceId, row.method, row.parameters ?? {}, { retryOfId: row.id, reference });
    outcome = "Completed";
    result = done;
    return done;
  } catch (error) {
    if (error instanceof ExecutionError) result = error;
    throw error;
  } finally {
    await recordAudit(actor, "request.retry", { type: "IntegrationRequest", id: row.id }, {
      method: row.method,
      instanceId: row.instanceId,
      outcome,
      executionId: result.executionId,
      requestIds: result.requestIds,
    });
  }
}

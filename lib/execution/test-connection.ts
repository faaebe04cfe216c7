// "Test connection": the definition's cheap testMethod with no parameters. Never throws.
import { loadInstanceContext } from "@/lib/instances/context";
import { fromAppError } from "./app-error";
import { errorSentence } from "./error-words";
import { executeMethod, ExecutionError, type ExecutionScope } from "./execute";

export type TestConnectionResult = {
  ok: boolean;
  message: string;
  durationMs: number;
  code?: string;
  requestIds: string[];
};

export async function testConnection(scope: ExecutionScope, instanceId: string): Promise<TestConnectionResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const { definition } = await loadInstanceContext(instanceId, scope.workspaceId);
    if (!definition.testMethod) {
      return { ok: false, message: "This integration has no test method; run one of its methods instead.", durationMs: elapsed(), requestIds: [] };
    }
    const result = await executeMethod(scope, instanceId, definition.testMethod, {});
    return { ok: true, message: `Connected: ${definition.testMethod} answered.`, durationMs: elapsed(), requestIds: result.requestIds };
  } catch (err) {
    const error = fromAppError(err);
    return {
      ok: false,
      message: `${errorSentence(error.code)} (${error.message})`,
      durationMs: elapsed(),
      code: error.code,
      requestIds: err instanceof ExecutionError ? err.requestIds : [],
    };
  }
}

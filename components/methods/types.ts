export type MethodOption = { name: string; description?: string; paramSchema: object };

export type MethodRunError = { code: string; message: string; retryable: boolean; details?: Record<string, unknown> };

export type MethodRun = {
  status: "SUCCESS" | "ERROR";
  data?: unknown;
  error?: MethodRunError;
  requestIds: string[];
  durationMs: number;
  executionId?: string;
};

export type ExecuteMethodResult = { ok: true; data: MethodRun } | { ok: false; error: string };

export type ExecuteMethodHandler = (input: { method: string; parameters: object }) => Promise<ExecuteMethodResult>;

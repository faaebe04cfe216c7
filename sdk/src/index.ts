// @patchbay/sdk — a small TypeScript client for Patchbay's REST API v1 (seed 001's IntegrationServiceClient).
// It depends on nothing but the global `fetch` (Node 18+, browsers, Deno, Bun).
import type {
  CompleteOAuth2Input,
  CreateIntegrationInstanceInput,
  ExecuteMethodInput,
  ExecuteSuccess,
  IntegrationDefinitionDetail,
  IntegrationDefinitionSummary,
  IntegrationInstance,
  IntegrationInstancePage,
  IntegrationRequest,
  IntegrationRequestPage,
  ListIntegrationRequestsQuery,
  OAuth2CallbackResult,
  OAuth2StartResult,
} from "./types";

export type {
  CompleteOAuth2Input,
  CreateIntegrationInstanceInput,
  ExecuteMethodInput,
  ExecuteSuccess,
  InstanceStatus,
  IntegrationDefinitionDetail,
  IntegrationDefinitionSummary,
  IntegrationInstance,
  IntegrationInstancePage,
  IntegrationRequest,
  IntegrationRequestPage,
  ListIntegrationRequestsQuery,
  OAuth2CallbackResult,
  OAuth2StartResult,
  RequestStatus,
} from "./types";

/** Codes the server may answer with a retry hint; a client may retry these after a delay. */
export const RETRYABLE_CODES = ["RATE_LIMIT_EXCEEDED", "TIMEOUT_ERROR", "TEMPORARY_ERROR"] as const;

export class IntegrationServiceError extends Error {
  readonly code: string;
  readonly retryable: boolean;
  /** HTTP status of the response, or 0 when no response arrived. */
  readonly status: number;
  readonly details?: Record<string, unknown>;
  /** The request-log row of the failed attempt, when the server names one. */
  readonly requestId?: string;

  constructor(init: { code: string; message: string; status: number; retryable?: boolean; details?: Record<string, unknown>; requestId?: string }) {
    super(init.message);
    this.name = "IntegrationServiceError";
    this.code = init.code;
    this.status = init.status;
    this.retryable = init.retryable ?? (RETRYABLE_CODES as readonly string[]).includes(init.code);
    this.details = init.details;
    this.requestId = init.requestId;
  }
}

export type IntegrationServiceClientOptions = {
  /** An API token from Settings → API tokens. */
  apiKey: string;
  /** The API base, e.g. "https://hub.example.com/api/v1". */
  baseUrl: string;
  /** Abort a call after this many milliseconds (default 30 000). */
  timeoutMs?: number;
  /** A fetch implementation; the global one by default. */
  fetch?: typeof fetch;
};

type Query = Record<string, string | number | undefined | null>;

const CODE_BY_STATUS: Record<number, string> = {
  400: "VALIDATION_ERROR", 401: "AUTHENTICATION_ERROR", 403: "PERMISSION_DENIED", 404: "NOT_FOUND", 408: "TIMEOUT_ERROR",
  409: "CONFLICT", 422: "TRANSFORM_ERROR", 429: "RATE_LIMIT_EXCEEDED", 502: "UPSTREAM_ERROR", 503: "TEMPORARY_ERROR", 504: "TIMEOUT_ERROR",
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads either error shape of the API: `{ error: {...} }` or execute's `{ status: "ERROR", error: {...}, requestId }`. */
function errorFromBody(status: number, body: unknown): IntegrationServiceError {
  const error = isObject(body) && isObject(body.error) ? body.error : null;
  const requestId = isObject(body) && typeof body.requestId === "string" ? body.requestId : undefined;
  const code = typeof error?.code === "string" ? error.code : (CODE_BY_STATUS[status] ?? (status >= 500 ? "INTERNAL_ERROR" : "UPSTREAM_ERROR"));
  const message = typeof error?.message === "string" ? error.message : `The API answered HTTP ${status}`;
  return new IntegrationServiceError({
    code,
    message,
    status,
    retryable: typeof error?.retryable === "boolean" ? error.retryable : undefined,
    details: isObject(error?.details) ? error.details : undefined,
    requestId,
  });
}

export class IntegrationServiceClient {
  private readonly apiKey: string;
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly fetchImpl: typeof fetch;

  constructor(options: IntegrationServiceClientOptions) {
    if (!options.apiKey) throw new TypeError("IntegrationServiceClient needs an apiKey");
    if (!options.baseUrl) throw new TypeError("IntegrationServiceClient needs a baseUrl, e.g. https://hub.example.com/api/v1");
    this.apiKey = options.apiKey;
    this.baseUrl = options.baseUrl.replace(/\/+$/, "");
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  // ── Definitions ──────────────────────────────────────────────────────────────
  async listIntegrationDefinitions(): Promise<IntegrationDefinitionSummary[]> {
    const body = await this.request<{ data: IntegrationDefinitionSummary[] }>("GET", "/integration-definitions");
    return body.data;
  }

  getIntegrationDefinition(id: string): Promise<IntegrationDefinitionDetail> {
    return this.request("GET", `/integration-definitions/${encodeURIComponent(id)}`);
  }

  // ── Instances ────────────────────────────────────────────────────────────────
  createIntegrationInstance(input: CreateIntegrationInstanceInput): Promise<IntegrationInstance> {
    return this.request("POST", "/integration-instances", input);
  }

  listIntegrationInstances(query: { integrationDefinitionId?: string; limit?: number; cursor?: string } = {}): Promise<IntegrationInstancePage> {
    return this.request("GET", "/integration-instances", undefined, query);
  }

  getIntegrationInstance(id: string): Promise<IntegrationInstance> {
    return this.request("GET", `/integration-instances/${encodeURIComponent(id)}`);
  }

  // ── OAuth2 (seed 001) ────────────────────────────────────────────────────────
  /** Returns the URL to send the user to; an instance that is already connected answers `{ status: "SUCCESS" }`. */
  startOAuth2(instanceId: string, input: { redirectUri?: string } = {}): Promise<OAuth2StartResult | OAuth2CallbackResult> {
    return this.request("POST", `/integration-instances/${encodeURIComponent(instanceId)}/auth/oauth2/start`, input);
  }

  completeOAuth2(instanceId: string, input: CompleteOAuth2Input): Promise<OAuth2CallbackResult> {
    return this.request("POST", `/integration-instances/${encodeURIComponent(instanceId)}/auth/oauth2/callback`, input);
  }

  // ── Methods ──────────────────────────────────────────────────────────────────
  /** Runs a method. Resolves with `{ status: "SUCCESS", data }`; throws IntegrationServiceError otherwise. */
  executeIntegrationMethod<T = unknown>(instanceId: string, methodName: string, input: ExecuteMethodInput = {}): Promise<ExecuteSuccess<T>> {
    const path = `/integration-instances/${encodeURIComponent(instanceId)}/methods/${encodeURIComponent(methodName)}/execute`;
    return this.request("POST", path, { parameters: input.parameters ?? {}, metadata: input.metadata, reference: input.reference });
  }

  // ── Request log (seed 000) ───────────────────────────────────────────────────
  listIntegrationRequests(query: ListIntegrationRequestsQuery = {}): Promise<IntegrationRequestPage> {
    return this.request("GET", "/integration-requests", undefined, query);
  }

  getIntegrationRequest(id: string): Promise<IntegrationRequest> {
    return this.request("GET", `/integration-requests/${encodeURIComponent(id)}`);
  }

  /** Sends a failed request again with its stored parameters. */
  retryIntegrationRequest<T = unknown>(id: string): Promise<ExecuteSuccess<T>> {
    return this.request("POST", `/integration-requests/${encodeURIComponent(id)}/retry`, {});
  }

  private async request<T>(method: string, path: string, body?: unknown, query?: Query): Promise<T> {
    const url = new URL(this.baseUrl + path);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null && value !== "") url.searchParams.set(key, String(value));
    }
    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        method,
        headers: {
          authorization: `Bearer ${this.apiKey}`,
          accept: "application/json",
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
      throw new IntegrationServiceError({
        code: timedOut ? "TIMEOUT_ERROR" : "TEMPORARY_ERROR",
        message: timedOut ? `No answer from the API within ${this.timeoutMs} ms` : `Could not reach the API: ${error instanceof Error ? error.message : String(error)}`,
        status: 0,
        retryable: true,
      });
    }
    const text = await response.text();
    let parsed: unknown = undefined;
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        if (response.ok) throw new IntegrationServiceError({ code: "UPSTREAM_ERROR", message: "The API answered with something that is not JSON", status: response.status });
      }
    }
    if (!response.ok || (isObject(parsed) && parsed.status === "ERROR")) throw errorFromBody(response.status, parsed);
    return parsed as T;
  }
}

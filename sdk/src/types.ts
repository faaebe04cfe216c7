// Shapes of the API v1 bodies, written out by hand so the SDK has no dependency on the app.
// They mirror lib/api/schemas.ts (and GET /api/v1/openapi.json); dates are ISO 8601 strings.

export type IntegrationDefinitionSummary = {
  id: string;
  key: string;
  name: string;
  description: string;
  version: string;
  type: "http" | "webhook";
  authType: string;
  icon: string | null;
  source: "builtin" | "import" | "code";
  instanceCount: number;
  createdAt: string;
  updatedAt: string;
};

export type IntegrationDefinitionDetail = IntegrationDefinitionSummary & { definition: Record<string, unknown> };

export type InstanceStatus = "PENDING_AUTHENTICATION" | "ACTIVE" | "FAILED" | "DISABLED";

export type IntegrationInstance = {
  id: string;
  integrationDefinitionId: string;
  name: string;
  status: InstanceStatus;
  statusReason: string | null;
  enabled: boolean;
  config: Record<string, unknown>;
  /** For each secret field: whether a value is stored. Secret values are never returned. */
  secrets: Record<string, boolean>;
  createdAt: string;
  updatedAt: string;
};

export type IntegrationInstancePage = { data: IntegrationInstance[]; nextCursor: string | null };

export type CreateIntegrationInstanceInput = {
  integrationDefinitionId: string;
  name: string;
  config?: Record<string, unknown>;
  enabled?: boolean;
};

export type OAuth2StartResult = { authorizationUrl: string; state: string };
export type CompleteOAuth2Input = { code: string; state: string };
export type OAuth2CallbackResult = { status: "SUCCESS"; integrationInstanceId: string };

export type ExecuteMethodInput = {
  parameters?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  /** The document this call is about (seed 000's reference_doctype / reference_docname). */
  reference?: { doctype: string; docname: string };
};

export type ExecuteSuccess<T = unknown> = {
  status: "SUCCESS";
  data: T;
  /** The last request-log row the call wrote. */
  requestId?: string;
  /** Every request-log row the call wrote, one per attempt. */
  requestIds?: string[];
  executionId?: string;
};

export type RequestStatus = "Queued" | "Authorized" | "Completed" | "Failed" | "Cancelled";

export type IntegrationRequest = {
  id: string;
  requestId: string;
  integrationRequestService: string;
  instanceId: string | null;
  isRemoteRequest: boolean;
  requestDescription: string | null;
  status: RequestStatus;
  url: string | null;
  requestHeaders: Record<string, unknown> | null;
  data: string | null;
  output: string | null;
  error: string | null;
  referenceDoctype: string | null;
  referenceDocname: string | null;
  method: string | null;
  direction: "outbound" | "inbound";
  httpMethod: string | null;
  statusCode: number | null;
  durationMs: number | null;
  errorCode: string | null;
  attempt: number;
  retryOfId: string | null;
  runId: string | null;
  executionId: string | null;
  truncated: boolean;
  createdAt: string;
  modifiedAt: string;
};

export type IntegrationRequestPage = { data: IntegrationRequest[]; nextCursor: string | null };

export type ListIntegrationRequestsQuery = {
  service?: string;
  instanceId?: string;
  status?: RequestStatus;
  method?: string;
  referenceDoctype?: string;
  referenceDocname?: string;
  runId?: string;
  executionId?: string;
  /** ISO 8601, inclusive. */
  from?: string;
  /** ISO 8601, exclusive. */
  to?: string;
  q?: string;
  limit?: number;
  cursor?: string;
};

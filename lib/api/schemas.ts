// The zod schemas of the public REST API v1: route handlers validate with them and the OpenAPI
// document (lib/api/openapi.ts) is generated from them, so the two cannot drift apart.
import { z } from "zod";

export const idSchema = z.string().min(1).max(100);
const isoDate = z.iso.datetime({ offset: true });

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().meta({ example: "VALIDATION_ERROR" }),
      message: z.string(),
      retryable: z.boolean().optional(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({ id: "Error" });

// ── Definitions ───────────────────────────────────────────────────────────────
export const definitionSummarySchema = z
  .object({
    id: z.string(),
    key: z.string(),
    name: z.string(),
    description: z.string(),
    version: z.string(),
    type: z.enum(["http", "webhook"]),
    authType: z.string(),
    icon: z.string().nullable(),
    source: z.enum(["builtin", "import", "code"]),
    instanceCount: z.number().int(),
    createdAt: isoDate,
    updatedAt: isoDate,
  })
  .meta({ id: "IntegrationDefinitionSummary" });

export const definitionDetailSchema = definitionSummarySchema
  .extend({ definition: z.record(z.string(), z.unknown()).describe("The definition document (seed 001 format)") })
  .meta({ id: "IntegrationDefinitionDetail" });

export const importDefinitionQuerySchema = z.object({
  force: z.enum(["true", "false"]).optional().describe("Import even when the version is not higher than the installed one"),
});

// ── Instances ─────────────────────────────────────────────────────────────────
export const instanceStatusSchema = z.enum(["PENDING_AUTHENTICATION", "ACTIVE", "FAILED", "DISABLED"]);

export const createInstanceBodySchema = z
  .object({
    integrationDefinitionId: idSchema,
    name: z.string().trim().min(1, "Give the instance a name").max(120, "At most 120 characters"),
    config: z.record(z.string(), z.unknown()).default({}),
    enabled: z.boolean().optional(),
  })
  .meta({ id: "CreateIntegrationInstance" });

export const updateInstanceBodySchema = z
  .object({
    name: z.string().trim().min(1, "Give the instance a name").max(120, "At most 120 characters").optional(),
    config: z.record(z.string(), z.unknown()).optional().describe("Secret fields left out (or blank) keep their stored value; { \"$clear\": true } removes one"),
    enabled: z.boolean().optional(),
  })
  .meta({ id: "UpdateIntegrationInstance" });

export const instanceSchema = z
  .object({
    id: z.string(),
    integrationDefinitionId: z.string(),
    name: z.string(),
    status: instanceStatusSchema,
    statusReason: z.string().nullable(),
    enabled: z.boolean(),
    config: z.record(z.string(), z.unknown()).describe("Public settings; secret fields are never returned"),
    secrets: z.record(z.string(), z.boolean()).describe("For each secret field: whether a value is stored"),
    createdAt: isoDate,
    updatedAt: isoDate,
  })
  .meta({ id: "IntegrationInstance" });

export const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional(),
});

// ── OAuth2 (seed 001) ─────────────────────────────────────────────────────────
export const oauth2StartBodySchema = z.object({ redirectUri: z.string().url().optional() }).meta({ id: "OAuth2Start" });
export const oauth2StartResponseSchema = z.object({ authorizationUrl: z.string().url(), state: z.string() }).meta({ id: "OAuth2StartResult" });
export const oauth2CallbackBodySchema = z
  .object({ code: z.string().min(1, "Required"), state: z.string().min(1, "Required") })
  .meta({ id: "OAuth2Callback" });
export const oauth2CallbackResponseSchema = z
  .object({ status: z.literal("SUCCESS"), integrationInstanceId: z.string() })
  .meta({ id: "OAuth2CallbackResult" });

// ── Execute (seed 001) ────────────────────────────────────────────────────────
export const referenceSchema = z.object({ doctype: z.string().min(1).max(140), docname: z.string().min(1).max(140) });

export const executeBodySchema = z
  .object({
    parameters: z.record(z.string(), z.unknown()).default({}),
    metadata: z.record(z.string(), z.unknown()).optional(),
    reference: referenceSchema.optional().describe("The document this call is about (seed 000's reference_doctype / reference_docname)"),
  })
  .meta({ id: "ExecuteMethod" });

const executionIdsShape = {
  requestId: z.string().optional().describe("The last IntegrationRequest row the call wrote"),
  requestIds: z.array(z.string()).optional().describe("Every IntegrationRequest row the call wrote, one per attempt"),
  executionId: z.string().optional().describe("Groups the attempts of this call in the request log"),
};

export const executeSuccessSchema = z
  .object({ status: z.literal("SUCCESS"), data: z.unknown(), ...executionIdsShape })
  .meta({ id: "ExecuteSuccess" });

export const executeErrorSchema = z
  .object({
    status: z.literal("ERROR"),
    error: z.object({ code: z.string(), message: z.string(), retryable: z.boolean(), details: z.record(z.string(), z.unknown()).optional() }),
    ...executionIdsShape,
  })
  .meta({ id: "ExecuteError" });

export const methodSummarySchema = z
  .object({
    name: z.string(),
    description: z.string(),
    paramSchema: z.record(z.string(), z.unknown()),
    resultSchema: z.record(z.string(), z.unknown()),
    httpMethod: z.string(),
    idempotent: z.boolean(),
  })
  .meta({ id: "IntegrationMethod" });

// ── Request log (seed 000) ────────────────────────────────────────────────────
export const requestStatusSchema = z.enum(["Queued", "Authorized", "Completed", "Failed", "Cancelled"]);

export const listRequestsQuerySchema = z.object({
  service: z.string().optional().describe("integration_request_service"),
  instanceId: z.string().optional(),
  status: requestStatusSchema.optional(),
  method: z.string().optional(),
  referenceDoctype: z.string().optional(),
  referenceDocname: z.string().optional(),
  runId: z.string().optional(),
  executionId: z.string().optional().describe("The attempts of one execution"),
  from: isoDate.optional().describe("Created at or after (ISO 8601)"),
  to: isoDate.optional().describe("Created before (ISO 8601)"),
  q: z.string().optional().describe("Search in URL, description and error"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional().describe("nextCursor of the previous page"),
});

export const integrationRequestSchema = z
  .object({
    id: z.string(),
    requestId: z.string(),
    integrationRequestService: z.string(),
    instanceId: z.string().nullable(),
    isRemoteRequest: z.boolean(),
    requestDescription: z.string().nullable(),
    status: requestStatusSchema,
    url: z.string().nullable(),
    requestHeaders: z.record(z.string(), z.unknown()).nullable(),
    data: z.string().nullable(),
    output: z.string().nullable(),
    error: z.string().nullable(),
    referenceDoctype: z.string().nullable(),
    referenceDocname: z.string().nullable(),
    method: z.string().nullable(),
    direction: z.enum(["outbound", "inbound"]),
    httpMethod: z.string().nullable(),
    statusCode: z.number().int().nullable(),
    durationMs: z.number().int().nullable(),
    errorCode: z.string().nullable(),
    attempt: z.number().int(),
    retryOfId: z.string().nullable(),
    runId: z.string().nullable(),
    executionId: z.string().nullable(),
    truncated: z.boolean(),
    createdAt: isoDate,
    modifiedAt: isoDate,
  })
  .meta({ id: "IntegrationRequest" });

export type ListRequestsQuery = z.infer<typeof listRequestsQuerySchema>;
export type IntegrationRequestDto = z.infer<typeof integrationRequestSchema>;

export const requestPageSchema = z
  .object({ data: z.array(integrationRequestSchema), nextCursor: z.string().nullable() })
  .meta({ id: "IntegrationRequestPage" });

// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the route handlers validate with
// (lib/api/schemas.ts), so the document and the API cannot drift apart.
import { z } from "zod";
import * as s from "./schemas";

type JsonSchema = Record<string, unknown>;
type Operation = Record<string, unknown>;

const ref = (id: string): JsonSchema => ({ $ref: `#/components/schemas/${id}` });

// Bodies are documented as clients send them (defaults optional); responses as the server returns them.
const inputComponents = [
  s.createInstanceBodySchema,
  s.updateInstanceBodySchema,
  s.oauth2StartBodySchema,
  s.oauth2CallbackBodySchema,
  s.executeBodySchema,
];
const outputComponents = [
  s.errorBodySchema,
  s.definitionSummarySchema,
  s.definitionDetailSchema,
  s.instanceSchema,
  s.oauth2StartResponseSchema,
  s.oauth2CallbackResponseSchema,
  s.executeSuccessSchema,
  s.executeErrorSchema,
  s.methodSummarySchema,
  s.integrationRequestSchema,
  s.requestPageSchema,
];

function componentsOf(schemas: z.ZodType[], io: "input" | "output"): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const schema of schemas) {
    const id = z.globalRegistry.get(schema)?.id;
    if (!id) throw new Error("Every OpenAPI component needs .meta({ id })");
    registry.add(schema, { id });
  }
  const { schemas: out } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
    uri: (id) => `#/components/schemas/${id}`,
  });
  const result: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(out)) {
    // $schema and a fragment-only $id are not allowed inside an OpenAPI components entry.
    const { $schema: _schema, $id: _id, ...rest } = schema as JsonSchema;
    result[id] = rest;
  }
  return result;
}

/** Query parameters from a zod object schema (as the client sends them). */
function queryParameters(schema: z.ZodObject): JsonSchema[] {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: "query", required: json.required?.includes(name) ?? false, ...(description ? { description } : {}), schema: rest };
  });
}

const pathId = (description: string) => ({ name: "id", in: "path", required: true, description, schema: { type: "string" } });

const jsonContent = (schema: JsonSchema) => ({ "application/json": { schema } });
const ok = (description: string, schema: JsonSchema, status = "200") => ({ [status]: { description, content: jsonContent(schema) } });
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [String(status), { $ref: `#/components/responses/${errorResponseNames[status]}` }]));

const errorResponseNames: Record<number, string> = {
  400: "ValidationError",
  401: "AuthenticationError",
  403: "PermissionDenied",
  404: "NotFound",
  409: "Conflict",
  500: "InternalError",
};
const errorResponseDescriptions: Record<number, string> = {
  400: "The request is not valid (code VALIDATION_ERROR; details.issues lists every field)",
  401: "No valid API token (code AUTHENTICATION_ERROR)",
  403: "The token's role is too low (code PERMISSION_DENIED)",
  404: "Not found in this workspace (code NOT_FOUND)",
  409: "Conflicts with the current state (code CONFLICT)",
  500: "Unexpected error (code INTERNAL_ERROR); details are logged, never returned",
};

const executeOutcome = {
  ...ok("The method ran; `data` is its (transformed, validated) result", ref("ExecuteSuccess")),
  ...Object.fromEntries(
    [
      [400, "VALIDATION_ERROR"], [401, "AUTHENTICATION_ERROR"], [404, "NOT_FOUND"], [422, "TRANSFORM_ERROR"], [429, "RATE_LIMIT_EXCEEDED (retryable)"],
      [500, "INTERNAL_ERROR"], [502, "UPSTREAM_ERROR"], [503, "TEMPORARY_ERROR (retryable)"], [504, "TIMEOUT_ERROR (retryable)"],
    ].map(([status, code]) => [
      String(status),
      { description: `The call failed with ${code}; the attempt is in the request log`, content: jsonContent({ oneOf: [ref("ExecuteError"), ref("Error")] }) },
    ]),
  ),
};

function op(tag: string, operationId: string, summary: string, extra: Operation): Operation {
  return { tags: [tag], operationId, summary, ...extra };
}

function paths(): Record<string, Record<string, Operation>> {
  const listEnvelope = (id: string, paged: boolean): JsonSchema => ({
    type: "object",
    properties: { data: { type: "array", items: ref(id) }, ...(paged ? { nextCursor: { type: ["string", "null"] } } : {}) },
    required: paged ? ["data", "nextCursor"] : ["data"],
  });
  const imported: JsonSchema = {
    allOf: [
      ref("IntegrationDefinitionSummary"),
      {
        type: "object",
        properties: {
          outcome: { type: "string", enum: ["created", "upgraded"], description: "What the import did (POST only)" },
          previousVersion: { type: ["string", "null"] },
          warnings: { type: "array", items: { type: "string" } },
        },
      },
    ],
  };
  const definitionBody = {
    required: true,
    description: "A definition document as JSON, or as text/plain (seed 001's backtick strings allowed)",
    content: { ...jsonContent({ $ref: "#/components/schemas/DefinitionDocument" }), "text/plain": { schema: { type: "string" } } },
  };
  const connection: JsonSchema = {
    type: "object",
    properties: {
      connected: { type: "boolean" },
      authType: { type: "string" },
      scopes: { type: "array", items: { type: "string" } },
      expiresAt: { type: ["string", "null"], format: "date-time" },
      lastRefreshedAt: { type: ["string", "null"], format: "date-time" },
      connectedAt: { type: ["string", "null"], format: "date-time" },
      status: { type: "string", enum: ["PENDING_AUTHENTICATION", "ACTIVE", "FAILED", "DISABLED"] },
      statusReason: { type: ["string", "null"] },
      storedFields: { type: "array", items: { type: "string" }, description: "Names of the stored credential fields (never their values)" },
    },
  };
  return {
    "/integration-definitions": {
      get: op("Definitions", "listIntegrationDefinitions", "List the integration definitions of the workspace", {
        responses: { ...ok("The definitions", listEnvelope("IntegrationDefinitionSummary", false)), ...errors(401, 500) },
      }),
      post: op("Definitions", "importIntegrationDefinition", "Import (or upgrade) a definition document (operator)", {
        parameters: queryParameters(s.importDefinitionQuerySchema),
        requestBody: definitionBody,
        responses: { ...ok("Imported as a new definition", imported, "201"), ...ok("An installed definition was upgraded", imported), ...errors(400, 401, 403, 409, 500) },
      }),
    },
    "/integration-definitions/{id}": {
      get: op("Definitions", "getIntegrationDefinition", "Get one definition with its document", {
        parameters: [pathId("Definition id")],
        responses: { ...ok("The definition", ref("IntegrationDefinitionDetail")), ...errors(401, 404, 500) },
      }),
      put: op("Definitions", "updateIntegrationDefinition", "Replace a definition with a new version (operator)", {
        parameters: [pathId("Definition id"), ...queryParameters(s.importDefinitionQuerySchema)],
        requestBody: definitionBody,
        responses: { ...ok("The updated definition", imported), ...errors(400, 401, 403, 404, 409, 500) },
      }),
      delete: op("Definitions", "deleteIntegrationDefinition", "Delete a definition (admin)", {
        parameters: [pathId("Definition id")],
        responses: { "204": { description: "Deleted" }, ...errors(401, 403, 404, 409, 500) },
      }),
    },
    "/definition.schema.json": {
      get: op("Definitions", "getDefinitionJsonSchema", "The JSON Schema of a definition document", {
        security: [],
        responses: { ...ok("JSON Schema (draft 2020-12)", { type: "object" }) },
      }),
    },
    "/integration-instances": {
      get: op("Instances", "listIntegrationInstances", "List the integration instances", {
        parameters: [
          ...queryParameters(s.listQuerySchema),
          { name: "integrationDefinitionId", in: "query", required: false, description: "Only instances of this definition", schema: { type: "string" } },
        ],
        responses: { ...ok("One page of instances", listEnvelope("IntegrationInstance", true)), ...errors(400, 401, 500) },
      }),
      post: op("Instances", "createIntegrationInstance", "Create an instance from a definition (operator)", {
        requestBody: { required: true, content: jsonContent(ref("CreateIntegrationInstance")) },
        responses: { ...ok("The new instance", ref("IntegrationInstance"), "201"), ...errors(400, 401, 403, 404, 500) },
      }),
    },
    "/integration-instances/{id}": {
      get: op("Instances", "getIntegrationInstance", "Get one instance (secret settings are never returned)", {
        parameters: [pathId("Instance id")],
        responses: { ...ok("The instance", ref("IntegrationInstance")), ...errors(401, 404, 500) },
      }),
      patch: op("Instances", "updateIntegrationInstance", "Rename, reconfigure, enable or disable an instance (operator)", {
        parameters: [pathId("Instance id")],
        requestBody: { required: true, content: jsonContent(ref("UpdateIntegrationInstance")) },
        responses: { ...ok("The updated instance", ref("IntegrationInstance")), ...errors(400, 401, 403, 404, 500) },
      }),
      delete: op("Instances", "deleteIntegrationInstance", "Delete an instance (operator)", {
        parameters: [pathId("Instance id")],
        responses: { "204": { description: "Deleted" }, ...errors(401, 403, 404, 500) },
      }),
    },
    "/integration-instances/{id}/auth/oauth2/start": {
      post: op("Authentication", "startOAuth2", "Start the OAuth2 authorization-code flow (PKCE) for an instance", {
        parameters: [pathId("Instance id")],
        requestBody: { required: false, content: jsonContent(ref("OAuth2Start")) },
        responses: {
          ...ok("Send the user to authorizationUrl (or, when already connected, SUCCESS)", { oneOf: [ref("OAuth2StartResult"), ref("OAuth2CallbackResult")] }),
          ...errors(400, 401, 403, 404, 500),
        },
      }),
    },
    "/integration-instances/{id}/auth/oauth2/callback": {
      post: op("Authentication", "completeOAuth2", "Exchange the code the provider returned; the instance becomes ACTIVE", {
        parameters: [pathId("Instance id")],
        requestBody: { required: true, content: jsonContent(ref("OAuth2Callback")) },
        responses: { ...ok("Connected", ref("OAuth2CallbackResult")), ...errors(400, 401, 403, 404, 500) },
      }),
    },
    "/integration-instances/{id}/methods": {
      get: op("Methods", "listIntegrationMethods", "List the methods an instance offers, with their parameter schemas", {
        parameters: [pathId("Instance id")],
        responses: { ...ok("The methods", listEnvelope("IntegrationMethod", false)), ...errors(401, 404, 500) },
      }),
    },
    "/integration-instances/{id}/connection": {
      get: op("Authentication", "getConnection", "Whether and how an instance is connected (never the credentials)", {
        parameters: [pathId("Instance id")],
        responses: { ...ok("The connection", connection), ...errors(401, 404, 500) },
      }),
      delete: op("Authentication", "disconnect", "Forget the stored credentials of an instance (operator)", {
        parameters: [pathId("Instance id")],
        responses: { ...ok("The connection after disconnecting", connection), ...errors(401, 403, 404, 500) },
      }),
    },
    "/integration-instances/{id}/methods/{name}/execute": {
      post: op("Methods", "executeIntegrationMethod", "Execute a method; every attempt is logged as an IntegrationRequest", {
        parameters: [pathId("Instance id"), { name: "name", in: "path", required: true, description: "Method name", schema: { type: "string" } }],
        requestBody: { required: true, content: jsonContent(ref("ExecuteMethod")) },
        responses: { ...executeOutcome, "403": { $ref: "#/components/responses/PermissionDenied" } },
      }),
    },
    "/integration-requests": {
      get: op("Request log", "listIntegrationRequests", "The request log, newest first, keyset-paginated", {
        parameters: queryParameters(s.listRequestsQuerySchema),
        responses: { ...ok("One page of requests", ref("IntegrationRequestPage")), ...errors(400, 401, 500) },
      }),
    },
    "/integration-requests/{id}": {
      get: op("Request log", "getIntegrationRequest", "One request of the log", {
        parameters: [pathId("IntegrationRequest id")],
        responses: { ...ok("The request", ref("IntegrationRequest")), ...errors(401, 404, 500) },
      }),
    },
    "/integration-requests/{id}/retry": {
      post: op("Request log", "retryIntegrationRequest", "Send a failed request again with its stored parameters (operator)", {
        parameters: [pathId("IntegrationRequest id")],
        responses: { ...executeOutcome, "403": { $ref: "#/components/responses/PermissionDenied" }, "409": { $ref: "#/components/responses/Conflict" } },
      }),
    },
    "/openapi.json": {
      get: op("Meta", "getOpenApiDocument", "This document", { security: [], responses: ok("OpenAPI 3.1 document", { type: "object" }) }),
    },
  };
}

/** Builds the whole document; `serverUrl` is the API base, e.g. https://hub.example.com/api/v1. */
export function buildOpenApiDocument(options: { serverUrl?: string } = {}) {
  const schemas = {
    ...componentsOf(inputComponents, "input"),
    ...componentsOf(outputComponents, "output"),
    DefinitionDocument: {
      type: "object",
      description: "A definition document (seed 001 format); see GET /definition.schema.json",
      externalDocs: { url: "/api/v1/definition.schema.json" },
    },
  };
  const responses = Object.fromEntries(
    Object.entries(errorResponseNames).map(([status, name]) => [name, { description: errorResponseDescriptions[Number(status)], content: jsonContent(ref("Error")) }]),
  );
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Patchbay API",
      version: "1.0.0",
      description:
        "Integration definitions, instances, OAuth2 connection, method execution and the request log. Authenticate with an API token from Settings: `Authorization: Bearer <token>`.",
    },
    servers: [{ url: options.serverUrl ?? "/api/v1" }],
    security: [{ bearerAuth: [] }],
    tags: [
      { name: "Definitions", description: "Declarative integration definitions (seed 001)" },
      { name: "Instances", description: "Configured integrations created from a definition" },
      { name: "Authentication", description: "Connecting an instance to an account with OAuth2" },
      { name: "Methods", description: "Executing an integration's methods" },
      { name: "Request log", description: "Every request that crossed the boundary (seed 000)" },
      { name: "Meta", description: "About the API" },
    ],
    paths: paths(),
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "An API token created in Settings → API tokens" } },
      schemas,
      responses,
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;

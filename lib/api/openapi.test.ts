import { describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { buildOpenApiDocument } from "./openapi";

const METHODS = ["get", "post", "put", "patch", "delete"];

function collectRefs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => collectRefs(item, out));
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "$ref" && typeof child === "string") out.push(child);
      else collectRefs(child, out);
    }
  }
  return out;
}

function resolvePointer(document: unknown, ref: string): unknown {
  expect(ref.startsWith("#/")).toBe(true);
  return ref
    .slice(2)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), document);
}

describe("buildOpenApiDocument", () => {
  const document = buildOpenApiDocument({ serverUrl: "http://127.0.0.1/api/v1" });

  it("is an OpenAPI 3.1 document with a bearer scheme", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(document.servers[0].url).toBe("http://127.0.0.1/api/v1");
  });

  it("covers every v1 path, each with operations that have responses, tags and unique ids", () => {
    expect(Object.keys(document.paths).sort()).toEqual(
      [
        "/definition.schema.json",
        "/integration-definitions",
        "/integration-definitions/{id}",
        "/integration-instances",
        "/integration-instances/{id}",
        "/integration-instances/{id}/auth/oauth2/callback",
        "/integration-instances/{id}/connection",
        "/integration-instances/{id}/auth/oauth2/start",
        "/integration-instances/{id}/methods",
        "/integration-instances/{id}/methods/{name}/execute",
        "/integration-requests",
        "/integration-requests/{id}",
        "/integration-requests/{id}/retry",
        "/openapi.json",
      ].sort(),
    );
    const ids = new Set<string>();
    const tagNames = new Set(document.tags.map((t) => t.name));
    for (const [path, item] of Object.entries(document.paths)) {
      const operations = Object.entries(item).filter(([method]) => METHODS.includes(method));
      expect(operations.length, path).toBeGreaterThan(0);
      for (const [, operation] of operations) {
        const o = operation as { operationId: string; tags: string[]; responses: Record<string, unknown>; parameters?: { name: string; in: string }[] };
        expect(Object.keys(o.responses).length).toBeGreaterThan(0);
        expect(ids.has(o.operationId)).toBe(false);
        ids.add(o.operationId);
        o.tags.forEach((tag) => expect(tagNames.has(tag)).toBe(true));
        for (const name of path.match(/\{(\w+)\}/g) ?? []) {
          expect(o.parameters?.some((p) => p.in === "path" && `{${p.name}}` === name), `${path} ${name}`).toBe(true);
        }
      }
    }
  });

  it("resolves every $ref inside the document", () => {
    const refs = collectRefs(document);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(resolvePointer(document, ref), ref).toBeDefined();
  });

  it("derives schemas from the zod schemas, errors pointing at the Error schema", () => {
    const schemas = document.components.schemas as Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
    expect(schemas.IntegrationRequest.properties).toHaveProperty("integrationRequestService");
    expect(schemas.IntegrationRequestPage.properties?.data).toEqual({ type: "array", items: { $ref: "#/components/schemas/IntegrationRequest" } });
    // Request bodies are documented as sent: defaulted fields are optional.
    expect(schemas.ExecuteMethod.required ?? []).not.toContain("parameters");
    const list = document.paths["/integration-requests"].get as { parameters: { name: string }[]; responses: Record<string, { $ref?: string }> };
    expect(list.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(["service", "status", "executionId", "cursor", "limit"]));
    expect(resolvePointer(document, list.responses["401"].$ref!)).toMatchObject({ content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
  });

  it("has components that compile as JSON Schema 2020-12 and accept what the API returns", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: "https://patchbay.test/openapi.json", components: document.components });
    const validate = (id: string) => ajv.compile({ $ref: `https://patchbay.test/openapi.json#/components/schemas/${id}` });
    for (const id of Object.keys(document.components.schemas)) expect(() => validate(id), id).not.toThrow();

    const row = {
      id: "r1", requestId: "u1", integrationRequestService: "Acme CRM", instanceId: null, isRemoteRequest: true, requestDescription: null,
      status: "Failed", url: null, requestHeaders: null, data: null, output: null, error: "HTTP 503", referenceDoctype: null, referenceDocname: null,
      method: "getUsers", direction: "outbound", httpMethod: "GET", statusCode: 503, durationMs: 12, errorCode: "TEMPORARY_ERROR", attempt: 1,
      retryOfId: null, runId: null, executionId: null, truncated: false, createdAt: "2026-01-01T00:00:00.000Z", modifiedAt: "2026-01-01T00:00:00.000Z",
    };
    const page = validate("IntegrationRequestPage");
    expect(page({ data: [row], nextCursor: null }), JSON.stringify(page.errors)).toBe(true);
    expect(page({ data: [{ ...row, status: "Exploded" }], nextCursor: null })).toBe(false);
    expect(validate("Error")({ error: { code: "NOT_FOUND", message: "Integration request was not found" } })).toBe(true);
  });
});

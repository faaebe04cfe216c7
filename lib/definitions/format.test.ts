import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";

import { listBuiltinDefinitions, readBuiltinDefinitionText } from "./catalog";
import {
  classifyIcon,
  definitionJsonSchema,
  definitionKey,
  definitionSummary,
  resolveWebhookSettings,
  validateDefinition,
  type DefinitionValidationIssue,
} from "./format";
import { parseDefinitionText } from "./parse-definition";

function minimal(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: "Example",
    description: "An example",
    version: "1.0.0",
    type: "http",
    authType: "none",
    methods: [{ name: "ping", description: "Ping", paramSchema: { type: "object" }, resultSchema: { type: "object" } }],
    configSchema: { type: "object", properties: {} },
    ...overrides,
  };
}

function issuesOf(input: unknown): DefinitionValidationIssue[] {
  const result = validateDefinition(input);
  if (result.ok) throw new Error("expected the definition to be invalid");
  return result.issues;
}

function seedValue(file: "google-calendar.def.txt" | "crm-transform.def.txt" | "stripe-webhook.def.txt"): unknown {
  const parsed = parseDefinitionText(readBuiltinDefinitionText(file));
  if (!parsed.ok) throw new Error(parsed.issues[0].message);
  return parsed.value;
}

describe("validateDefinition", () => {
  it("accepts the three seed 001 definitions as printed", () => {
    for (const file of ["google-calendar.def.txt", "crm-transform.def.txt", "stripe-webhook.def.txt"] as const) {
      const result = validateDefinition(seedValue(file));
      expect(result.ok, file).toBe(true);
      if (result.ok) expect(result.warnings).toEqual([]);
    }
  });

  it("keeps the seed CRM transforms' source text exactly", () => {
    const result = validateDefinition(seedValue("crm-transform.def.txt"));
    if (!result.ok) throw new Error("invalid");
    const method = result.definition.methods[0];
    const text = readBuiltinDefinitionText("crm-transform.def.txt");
    const between = (label: string) => {
      const start = text.indexOf("`", text.indexOf(`"${label}": `)) + 1;
      return text.slice(start, text.indexOf("`", start));
    };
    expect(method.requestTransform).toBe(between("requestTransform"));
    expect(method.responseTransform).toBe(between("responseTransform"));
    expect(method.requestTransform).toContain('source: "integration_service"');
  });

  it("accepts the Acme CRM sandbox and every built-in", () => {
    const keys = listBuiltinDefinitions().map((entry) => entry.key);
    expect(keys).toEqual(["acme-crm", "google-calendar-integration", "crm-integration-with-transformation", "stripe-webhook-integration"]);
  });

  it("reports a missing name as Required", () => {
    const { name: _omit, ...rest } = minimal();
    expect(issuesOf(rest)).toContainEqual({ path: "name", message: "Required" });
  });

  it("names the allowed values for a bad type or authType", () => {
    const issues = issuesOf(minimal({ type: "rest", authType: "token" }));
    expect(issues).toContainEqual({ path: "type", message: "Must be one of: http, webhook" });
    expect(issues).toContainEqual({ path: "authType", message: "Must be one of: none, api_key, basic, bearer, oauth2, hmac" });
  });

  it("refuses duplicate and non-identifier method names", () => {
    const method = { description: "", paramSchema: {}, resultSchema: {} };
    const issues = issuesOf(
      minimal({ methods: [{ ...method, name: "listEvents" }, { ...method, name: "listEvents" }, { ...method, name: "2go" }] }),
    );
    expect(issues).toContainEqual({ path: "methods[1].name", message: "Method names must be unique: listEvents appears twice" });
    expect(issues).toContainEqual({
      path: "methods[2].name",
      message: "Must be an identifier: letters, digits and _, not starting with a digit",
    });
  });

  it("checks that schemas are JSON Schemas, with plain paths", () => {
    const issues = issuesOf(
      minimal({
        methods: [
          {
            name: "ping",
            description: "",
            paramSchema: { type: "object", properties: { x: { type: "strnig" } } },
            resultSchema: { $ref: "#/$defs/missing" },
          },
        ],
        configSchema: { type: "object", required: "clientId" },
      }),
    );
    expect(issues).toContainEqual({
      path: "methods[0].paramSchema.properties.x.type",
      message: "Must be one of: array, boolean, integer, null, number, object, string",
    });
    expect(issues).toContainEqual({ path: "methods[0].resultSchema", message: "Cannot resolve $ref #/$defs/missing" });
    expect(issues.some((i) => i.path === "configSchema.required")).toBe(true);
  });

  it("requires oauth2Config with its URLs for oauth2", () => {
    expect(issuesOf(minimal({ authType: "oauth2" }))).toContainEqual({
      path: "oauth2Config",
      message: 'Required when authType is "oauth2"',
    });
    const issues = issuesOf(minimal({ authType: "oauth2", oauth2Config: { scopeDelimiter: " " } }));
    expect(issues).toContainEqual({ path: "oauth2Config.tokenUrl", message: "Required" });
    expect(issues).toContainEqual({ path: "oauth2Config.authorizationUrl", message: "Required" });
    const clientCredentials = validateDefinition(
      minimal({ authType: "oauth2", oauth2Config: { grantType: "client_credentials", tokenUrl: "https://auth.example.com/token" } }),
    );
    expect(clientCredentials.ok).toBe(true);
  });

  it("checks references, transforms and additions", () => {
    const issues = issuesOf(
      minimal({
        testMethod: "nope",
        icon: "Not An Icon!",
        key: "Bad Key",
        retryPolicy: { maxAttempts: 0, tries: 3 },
        methods: [{ name: "ping", description: "", paramSchema: {}, resultSchema: {}, requestTransform: 42 }],
      }),
    );
    expect(issues).toContainEqual({ path: "testMethod", message: "No method named nope" });
    expect(issues).toContainEqual({
      path: "methods[0].requestTransform",
      message: 'Must be JavaScript source text or { "jsonata": "<expression>" }',
    });
    expect(issues).toContainEqual({ path: "retryPolicy.maxAttempts", message: "Must be at least 1" });
    expect(issues).toContainEqual({ path: "retryPolicy", message: "Unknown field: tries" });
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(["icon", "key"]));
  });

  it("accepts jsonata transforms and keeps unknown fields with a warning", () => {
    const result = validateDefinition(
      minimal({
        vendorNote: "kept",
        methods: [{ name: "ping", description: "", paramSchema: {}, resultSchema: {}, responseTransform: { jsonata: "$.items" } }],
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.definition.vendorNote).toBe("kept");
    expect(result.warnings).toEqual([{ path: "vendorNote", message: "Unknown field: kept as is, but Patchbay does not use it" }]);
  });

  it("asks hmac webhooks for their secret setting", () => {
    const issues = issuesOf(minimal({ type: "webhook", authType: "hmac" }));
    expect(issues).toContainEqual({
      path: "configSchema.properties",
      message: 'Add a "webhookSecret" setting: hmac webhooks are verified with it',
    });
  });
});

describe("catalog helpers", () => {
  it("derives keys, summaries, icons and webhook defaults", () => {
    expect(definitionKey({ name: "Google Calendar Integration" })).toBe("google-calendar-integration");
    expect(definitionKey({ name: "Ça marche — v2!", key: undefined })).toBe("ca-marche-v2");
    expect(classifyIcon("calendar-days")).toBe("lucide");
    expect(classifyIcon("📅")).toBe("emoji");
    expect(classifyIcon("data:image/png;base64,iVBORw0KGgo=")).toBe("image");
    expect(classifyIcon("javascript:alert(1)")).toBeNull();

    const stripe = validateDefinition(seedValue("stripe-webhook.def.txt"));
    if (!stripe.ok) throw new Error("invalid");
    expect(definitionSummary(stripe.definition)).toMatchObject({ icon: "webhook", methods: ["processPaymentEvent"] });
    expect(resolveWebhookSettings(stripe.definition)).toMatchObject({
      secretField: "webhookSecret",
      eventTypesField: "eventTypes",
      method: "processPaymentEvent",
    });
  });
});

describe("definitionJsonSchema", () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });

  it("is a valid JSON Schema that accepts every built-in definition", () => {
    expect(ajv.validateSchema(definitionJsonSchema)).toBe(true);
    const validate = ajv.compile(definitionJsonSchema);
    for (const file of ["google-calendar.def.txt", "crm-transform.def.txt", "stripe-webhook.def.txt"] as const) {
      expect(validate(seedValue(file)), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    for (const { definition } of listBuiltinDefinitions()) expect(validate(definition)).toBe(true);
  });

  it("rejects a bad enum, a bad inner schema and oauth2 without oauth2Config", () => {
    const validate = ajv.compile(definitionJsonSchema);
    expect(validate(minimal({ type: "rest" }))).toBe(false);
    expect(validate(minimal({ methods: [{ name: "a", description: "", paramSchema: { type: "strnig" }, resultSchema: {} }] }))).toBe(false);
    expect(validate(minimal({ authType: "oauth2" }))).toBe(false);
    expect(definitionJsonSchema).toMatchObject({ $id: expect.any(String), title: expect.any(String) });
  });
});

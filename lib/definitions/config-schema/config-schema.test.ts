import { describe, expect, it } from "vitest";
import { loadCorpus } from "./corpus/load-corpus";
import { buildFormModel } from "./form-model";
import { flattenModel } from "./model-paths";
import { formatPath, parsePath } from "./json-path";
import { humanize } from "./humanize";
import { compileSchemaErrors, validateAgainstSchema } from "./validate-config";
import { listSecretPaths } from "./secrets";

const corpus = loadCorpus();

describe("corpus", () => {
  it("has at least 20 schemas", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20);
  });

  describe.each(corpus)("$file", (entry) => {
    it("is a valid JSON Schema", () => {
      expect(compileSchemaErrors(entry.schema)).toEqual([]);
    });

    it("builds a form model with the expected widgets", () => {
      const flat = flattenModel(buildFormModel(entry.schema));
      const widgets = Object.fromEntries(Object.keys(entry.widgets).map((p) => [p, flat.get(p)?.widget]));
      expect(widgets).toEqual(entry.widgets);
      for (const [p, title] of Object.entries(entry.titles ?? {})) expect(flat.get(p)?.title).toBe(title);
      for (const [p, placeholder] of Object.entries(entry.placeholders ?? {})) expect(flat.get(p)?.placeholder).toBe(placeholder);
      for (const p of entry.readOnly ?? []) expect(flat.get(p)?.readOnly).toBe(true);
    });

    it("accepts the valid samples and applies defaults", () => {
      for (const sample of entry.valid) {
        const result = validateAgainstSchema(entry.schema, sample.data);
        expect(result).toEqual({ ok: true, value: sample.value ?? sample.data });
      }
    });

    it("reports every failing field of the invalid samples in plain words", () => {
      for (const sample of entry.invalid) {
        const result = validateAgainstSchema(entry.schema, sample.data);
        expect(result.ok).toBe(false);
        const errors = result.ok ? [] : result.errors.map(({ path, message }) => ({ path, message }));
        expect(sortErrors(errors)).toEqual(sortErrors(sample.errors));
      }
    });

    if (entry.secrets) {
      it("lists the secret paths", () => {
        expect(listSecretPaths(entry.schema).map(formatPath).sort()).toEqual([...(entry.secrets ?? [])].sort());
      });
    }
  });
});

function sortErrors(errors: { path: string; message: string }[]) {
  return [...errors].sort((a, b) => (a.path + a.message).localeCompare(b.path + b.message));
}

describe("paths and titles", () => {
  it("formats and parses operator paths", () => {
    expect(formatPath(["headers", 2, "name"])).toBe("headers[2].name");
    expect(formatPath(["map", "a.b"])).toBe('map["a.b"]');
    expect(parsePath('headers[2].name')).toEqual(["headers", 2, "name"]);
    expect(parsePath('map["a.b"].x')).toEqual(["map", "a.b", "x"]);
  });

  it("humanises property names", () => {
    expect(humanize("clientId")).toBe("Client ID");
    expect(humanize("redirectUri")).toBe("Redirect URI");
    expect(humanize("base_url")).toBe("Base URL");
    expect(humanize("oauthClientSecret")).toBe("OAuth client secret");
  });

  it("reports an invalid schema in plain words", () => {
    expect(compileSchemaErrors({ type: "object", properties: { a: { $ref: "#/$defs/missing" } } })).toHaveLength(1);
    expect(compileSchemaErrors({ type: "nonsense" }).length).toBeGreaterThan(0);
    expect(compileSchemaErrors("nope")).toEqual([{ path: "", pointer: "", message: "A schema must be a JSON object" }]);
  });

  it("gives a pointer next to the path and does not change the input", () => {
    const data = { headers: [{ name: "a" }, {}] };
    const schema = { type: "object", properties: { headers: { type: "array", items: { type: "object", required: ["name"], properties: { name: { type: "string" }, on: { type: "boolean", default: true } } } } } };
    const result = validateAgainstSchema(schema, data);
    expect(result).toEqual({ ok: false, errors: [{ path: "headers[1].name", pointer: "/headers/1/name", message: "Required" }] });
    expect(data).toEqual({ headers: [{ name: "a" }, {}] });
  });
});

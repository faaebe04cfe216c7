import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "@/lib/definitions/config-schema/corpus/load-corpus";
import { buildFormModel } from "@/lib/definitions/config-schema/form-model";
import { flattenModel } from "@/lib/definitions/config-schema/model-paths";
import { listSecretPaths } from "@/lib/definitions/config-schema/secrets";
import { setAt } from "@/lib/definitions/config-schema/json-path";
import { isoToLocalInput, localInputToIso } from "./date-codec";
import { schemaResolver } from "./resolver";
import { SchemaForm } from "./schema-form";

const corpus = loadCorpus();
const noop = async () => ({ ok: true });

/** Puts a recognisable value at every secret path (array paths get one item). */
function withSecrets(schema: object, base: unknown): { values: Record<string, unknown>; planted: string[] } {
  const values = structuredClone((base ?? {}) as Record<string, unknown>);
  const planted: string[] = [];
  listSecretPaths(schema).forEach((path, i) => {
    const secret = `TOPSECRET-${i}-value`;
    setAt(values, path.map((s) => (s === "*" ? 0 : s)), secret);
    planted.push(secret);
  });
  return { values, planted };
}

describe("SchemaForm renders every corpus schema", () => {
  it.each(corpus)("$file", (entry) => {
    const { values, planted } = withSecrets(entry.schema, entry.valid[0]?.data);
    const html = renderToString(createElement(SchemaForm, { schema: entry.schema, defaultValues: values, onSubmit: noop, idPrefix: "t" }));
    for (const secret of planted) expect(html).not.toContain(secret);
    expect(html).toContain('type="submit"');
    const model = flattenModel(buildFormModel(entry.schema));
    for (const [path, node] of model) {
      if (path === "" || path.includes("[*]") || path.includes("#") || node.hidden) continue;
      if (path.split(".").length > 1 && model.get(path.split(".").slice(0, -1).join("."))?.widget === "json") continue;
      expect(html, `${entry.file}: ${path}`).toContain(node.title.replace(/&/g, "&amp;"));
      if (node.widget !== "object" && node.widget !== "array" && node.widget !== "choice" && node.widget !== "multiselect") {
        expect(html).toContain(`id="t-value-${path.replace(/\./g, "-")}"`);
      }
    }
  });

  it("marks stored secrets as set without pre-filling them", () => {
    const schema = corpus.find((e) => e.file === "seed-001-crm-api-key.json")!.schema;
    const html = renderToString(createElement(SchemaForm, { schema, defaultValues: { baseUrl: "https://crm.example.com", apiKey: "k-123" }, secretStatus: { apiKey: true }, onSubmit: noop, idPrefix: "t" }));
    expect(html).toContain("Leave blank to keep the current value");
    expect(html).toContain(">Set<");
    expect(html).toContain('type="password"');
    expect(html).not.toContain("k-123");
    expect(html).toContain('value="https://crm.example.com"');
    expect(html).toContain('role="alert"');
    expect(html).toMatch(/aria-describedby="t-value-apiKey-help"/);
  });

  it("renders choice branches, array controls, JSON editors and disabled read-only fields", () => {
    const html = (file: string, values: object = {}) =>
      renderToString(createElement(SchemaForm, { schema: corpus.find((e) => e.file === file)!.schema, defaultValues: values, onSubmit: noop, idPrefix: "t" }));
    const auth = html("airbyte-auth-oneof.json", { credentials: { auth_type: "api_key" } });
    expect(auth).toMatch(/<option value="1" selected="">API Key<\/option>/);
    expect(auth).toContain('id="t-value-credentials-api_key"');
    expect(auth).not.toContain('id="t-value-credentials-client_id"');
    const headers = html("array-objects.json", { headers: [{ name: "A" }, { name: "B" }] });
    expect(headers).toContain('aria-label="Move Extra headers 2 up"');
    expect(headers).toContain('aria-label="Remove Extra headers 1"');
    expect(headers).toContain('value="B"');
    expect(html("pattern-properties.json", { labels: { team: "ops" } })).toContain("&quot;team&quot;: &quot;ops&quot;");
    expect(html("read-only.json", { accountId: "acc_1" })).toMatch(/id="t-value-accountId"[^>]*disabled=""/);
    expect(html("seed-001-list-events-params.json", { timeMin: "2023-09-01T00:00:00Z" })).toContain('value="2023-09-01T00:00"');
  });
});

describe("browser validation", () => {
  const crm = corpus.find((e) => e.file === "seed-001-crm-api-key.json")!.schema;
  const resolve = (status: Record<string, boolean>, values: object) =>
    schemaResolver(crm, status, new Map())({ value: values }, undefined, { fields: {}, shouldUseNativeValidation: false });

  it("lets a stored required secret stay blank but not a missing one", async () => {
    expect((await resolve({ apiKey: true }, { baseUrl: "https://x" })).errors).toEqual({});
    const missing = await resolve({}, { baseUrl: "https://x" });
    expect(missing.errors).toEqual({ value: { apiKey: { type: "schema", message: "Required" } } });
  });

  it("converts datetime-local input as UTC", () => {
    expect(localInputToIso("2024-05-01T09:30")).toBe("2024-05-01T09:30:00Z");
    expect(localInputToIso("")).toBeUndefined();
    expect(isoToLocalInput("2024-05-01T11:30:00+02:00")).toBe("2024-05-01T09:30");
  });
});

import { describe, expect, it } from "vitest";
import { mergeSecrets, SECRET_CLEAR, secretStatus, splitSecrets } from "./secrets";
import { loadCorpus } from "./corpus/load-corpus";
import { validateAgainstSchema } from "./validate-config";

const schemaOf = (file: string) => {
  const entry = loadCorpus().find((e) => e.file === file);
  if (!entry) throw new Error(file);
  return entry.schema;
};

const stripe = schemaOf("seed-001-stripe-webhook.json");
const airbyte = schemaOf("airbyte-auth-oneof.json");
const headers = schemaOf("array-objects.json");

describe("secrets", () => {
  it("splits secret leaves from public values", () => {
    expect(splitSecrets(stripe, { webhookSecret: "whsec_1", eventTypes: ["a"] })).toEqual({
      publicValues: { eventTypes: ["a"] },
      secretValues: { webhookSecret: "whsec_1" },
    });
    expect(splitSecrets(headers, { headers: [{ name: "A", value: "1" }, { name: "B" }] })).toEqual({
      publicValues: { headers: [{ name: "A" }, { name: "B" }] },
      secretValues: { headers: [{ value: "1" }] },
    });
  });

  it("keeps a stored secret when the submitted one is blank, replaces or clears otherwise", () => {
    const stored = { webhookSecret: "old" };
    expect(mergeSecrets({ eventTypes: [] }, stored, { webhookSecret: "" })).toEqual({ eventTypes: [], webhookSecret: "old" });
    expect(mergeSecrets({ eventTypes: [] }, stored, {})).toEqual({ eventTypes: [], webhookSecret: "old" });
    expect(mergeSecrets({ eventTypes: [] }, stored, { webhookSecret: "new" })).toEqual({ eventTypes: [], webhookSecret: "new" });
    expect(mergeSecrets({ eventTypes: [] }, stored, { webhookSecret: SECRET_CLEAR })).toEqual({ eventTypes: [] });
  });

  it("drops stored secrets of a union branch that is no longer chosen", () => {
    const stored = { credentials: { api_key: "0123456789" } };
    const submitted = { credentials: { client_id: "id", client_secret: "s", refresh_token: "r" } };
    const merged = mergeSecrets({ credentials: { auth_type: "oauth2.0" } }, stored, submitted, airbyte);
    expect(merged).toEqual({ credentials: { auth_type: "oauth2.0", client_id: "id", client_secret: "s", refresh_token: "r" } });
    const kept = mergeSecrets({ credentials: { auth_type: "api_key" } }, stored, {}, airbyte);
    expect(validateAgainstSchema(airbyte, kept)).toEqual({ ok: true, value: { credentials: { auth_type: "api_key", api_key: "0123456789" } } });
  });

  it("does not bring back a secret of a removed array item", () => {
    const stored = { headers: [{ value: "1" }, { value: "2" }] };
    expect(mergeSecrets({ headers: [{ name: "A" }] }, stored, {}, headers)).toEqual({ headers: [{ name: "A", value: "1" }] });
  });

  it("reports which secrets are set", () => {
    expect(secretStatus(stripe, { webhookSecret: "x" })).toEqual({ webhookSecret: true });
    expect(secretStatus(stripe, {})).toEqual({ webhookSecret: false });
    expect(secretStatus(airbyte, { credentials: { api_key: "k" } })).toEqual({
      "credentials.client_id": false,
      "credentials.client_secret": false,
      "credentials.refresh_token": false,
      "credentials.api_key": true,
    });
    expect(secretStatus(headers, { headers: [{ value: "1" }, {}] })).toEqual({ "headers[0].value": true, "headers[1].value": false });
  });
});

describe("model details", () => {
  it("orders fields and groups them by fieldsets", async () => {
    const { buildFormModel } = await import("./form-model");
    const order = buildFormModel(schemaOf("order.json"));
    expect(order.widget === "object" && order.groups[0].fields.map((f) => f.key)).toEqual(["a", "b", "c", "unordered"]);
    const sets = buildFormModel(schemaOf("fieldsets.json"));
    expect(sets.widget === "object" && sets.groups.map((g) => [g.title ?? null, g.fields.map((f) => f.key)])).toEqual([
      ["Connection", ["baseUrl", "apiKey"]],
      ["Behaviour", ["pageSize"]],
      [null, ["debug"]],
    ]);
  });

  it("shows union branches by title and hides the constant discriminator", async () => {
    const { buildFormModel } = await import("./form-model");
    const { selectBranch } = await import("./branch");
    const root = buildFormModel(airbyte);
    const credentials = root.widget === "object" ? root.groups[0].fields[0] : null;
    expect(credentials?.widget).toBe("choice");
    if (credentials?.widget !== "choice") return;
    expect(credentials.branches.map((b) => b.title)).toEqual(["OAuth2.0", "API Key"]);
    expect(credentials.discriminator).toBe("auth_type");
    expect(credentials.branches[1].node.groups[0].fields.find((f) => f.key === "auth_type")?.hidden).toBe(true);
    const branches = ((airbyte.properties as Record<string, { oneOf: object[] }>).credentials).oneOf as Record<string, unknown>[];
    expect(selectBranch(airbyte, branches, { auth_type: "api_key" })).toBe(1);
  });
});

import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { applyHubUrl, getBuiltinDefinition, listBuiltinDefinitions, readBuiltinDefinitionText } from ".";

describe("built-in catalog", () => {
  it("keeps the seed 001 definitions byte-for-byte as printed", () => {
    const seedDir = "/work/shared/seeds";
    const seedFile = fs.existsSync(seedDir) ? fs.readdirSync(seedDir).find((f) => f.startsWith("001_")) : undefined;
    if (!seedFile) return; // the seeds live outside the repository; nothing to compare against elsewhere
    const seed = fs.readFileSync(path.join(seedDir, seedFile), "utf8");
    for (const file of ["google-calendar.def.txt", "crm-transform.def.txt", "stripe-webhook.def.txt"] as const) {
      expect(seed.includes("```json\n" + readBuiltinDefinitionText(file) + "```"), file).toBe(true);
    }
  });

  it("describes Acme CRM as the offline sandbox", () => {
    const acme = getBuiltinDefinition("acme-crm");
    if (!acme) throw new Error("missing acme-crm");
    const { definition } = acme;
    expect(acme.source).toBe("builtin");
    expect(definition.methods.map((m) => m.name)).toEqual(["listContacts", "getContact", "createContact", "flakyEcho"]);
    expect(definition).toMatchObject({
      authType: "oauth2",
      testMethod: "listContacts",
      isJob: true,
      isManuallyRunnable: true,
      hasTimePeriod: true,
      retryPolicy: { maxAttempts: 4, initialDelayMs: 200 },
      oauth2Config: { tokenUrl: "{{hubUrl}}/sandbox/acme/oauth/token", authStyle: "header", scopeDelimiter: " " },
    });
    expect(definition.methods.find((m) => m.name === "flakyEcho")?.idempotent).toBe(true);
  });

  it("replaces {{hubUrl}} in string values only, and returns copies", () => {
    const acme = getBuiltinDefinition("acme-crm");
    if (!acme) throw new Error("missing acme-crm");
    const local = applyHubUrl(acme.definition, "http://127.0.0.1:3000/");
    expect(local.oauth2Config?.authorizationUrl).toBe("http://127.0.0.1:3000/sandbox/acme/oauth/authorize");
    // The API base URL follows the hub's address at run time instead of being stored per instance.
    expect(local.baseUrl).toBe("http://127.0.0.1:3000/sandbox/acme/api");
    expect(JSON.stringify(local)).not.toContain("{{hubUrl}}");
    expect(applyHubUrl({ "{{hubUrl}}": 1 }, "x")).toEqual({ "{{hubUrl}}": 1 });

    local.name = "changed";
    expect(listBuiltinDefinitions()[0].definition.name).toBe("Acme CRM");
  });
});

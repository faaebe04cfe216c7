import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";

import { IntegrationError } from "./errors";
import { runTransform } from "./transforms";
import { SEED_CRM_PARAMETERS, SEED_CRM_REQUEST_BODY, SEED_CRM_RESULT, seedCrmCreateContact } from "@/test/seed-001-crm";

// Seed 001, "CRM Integration with Transformation": the transforms exactly as written there.
const CRM_REQUEST_TRANSFORM = seedCrmCreateContact().requestTransform as string;
const CRM_RESPONSE_TRANSFORM = seedCrmCreateContact().responseTransform as string;
const SEED_PARAMETERS = SEED_CRM_PARAMETERS;

async function transformFailure(promise: Promise<unknown>): Promise<IntegrationError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(IntegrationError);
  const integrationError = err as IntegrationError;
  expect(integrationError.code).toBe("TRANSFORM_ERROR");
  expect(integrationError.retryable).toBe(false);
  return integrationError;
}

describe("runTransform (JavaScript)", () => {
  it("runs the seed 001 CRM request transform", async () => {
    expect(await runTransform(CRM_REQUEST_TRANSFORM, SEED_PARAMETERS)).toEqual(SEED_CRM_REQUEST_BODY);
  });

  it("runs the seed 001 CRM response transform to the seed's documented result", async () => {
    const crmResponse = {
      contact_id: "cont_12345",
      contact: { first_name: "Jane", last_name: "Smith", email_address: "jane.smith@example.com" },
      created_at: "2023-09-15T10:30:00Z",
    };
    expect(await runTransform(CRM_RESPONSE_TRANSFORM, crmResponse)).toEqual(SEED_CRM_RESULT);
  });

  it("fills nulls for the optional CRM fields", async () => {
    const result = (await runTransform(CRM_REQUEST_TRANSFORM, { firstName: "A", lastName: "B", email: "a@b.c" })) as {
      contact: Record<string, unknown>;
    };
    expect(result.contact.phone_number).toBeNull();
    expect(result.contact.job_title).toBeNull();
  });

  it("accepts arrow and anonymous function expressions and passes the context", async () => {
    const context = { config: { region: "eu" }, method: "createContact" };
    expect(await runTransform("(input, ctx) => ({ n: input.n * 2, region: ctx.config.region })", { n: 2 }, { context })).toEqual({
      n: 4,
      region: "eu",
    });
    expect(await runTransform("function (input, ctx) { return ctx.method }", {}, { context })).toBe("createContact");
  });

  it("keeps calls isolated from each other", async () => {
    await runTransform("globalThis.leak = 'x'; function transform() { return 1 }", {});
    expect(await runTransform("function transform() { return typeof leak }", {})).toBe("undefined");
  });

  it("reports a thrown error with the transform's own message", async () => {
    const err = await transformFailure(runTransform(CRM_RESPONSE_TRANSFORM, { contact_id: "x" }));
    expect(err.message).toMatch(/^Transform failed: TypeError: .*first_name/);
    const thrown = await transformFailure(runTransform("function transform() { throw new Error('no contact') }", {}));
    expect(thrown.message).toBe("Transform failed: no contact");
  });

  it("reports syntax errors and a missing transform function", async () => {
    await transformFailure(runTransform("function transform(input) { return {", {}));
    const missing = await transformFailure(runTransform("var x = 1;", {}));
    expect(missing.message).toMatch(/must define function transform/);
  });

  it("rejects results that are not JSON", async () => {
    for (const source of [
      "function transform() { return undefined }",
      "function transform() { return function () {} }",
      "function transform() { var o = {}; o.self = o; return o }",
      "function transform() { return Promise.resolve(1) }",
    ]) {
      await transformFailure(runTransform(source, {}));
    }
  });

  it("stops an infinite loop, even one inside try/catch", async () => {
    const err = await transformFailure(runTransform("function transform() { while (true) {} }", {}, { timeoutMs: 200 }));
    expect(err.message).toBe("Transform timed out after 200 ms");
    const caught = await transformFailure(
      runTransform("function transform() { try { while (true) {} } catch (e) { return 'escaped' } }", {}, { timeoutMs: 200 }),
    );
    expect(caught.details).toMatchObject({ reason: "timeout" });
  });

  it("stops a huge allocation at the memory limit", async () => {
    const source = "function transform() { var a = []; while (true) { a.push('item number ' + a.length) } }";
    const err = await transformFailure(runTransform(source, {}, { memoryLimitBytes: 8 * 1024 * 1024, timeoutMs: 10_000 }));
    expect(err.message).toBe("Transform ran out of memory");
  });

  it("stops runaway recursion", async () => {
    const err = await transformFailure(runTransform("function transform() { function f(n) { return f(n + 1) + 1 } return f(0) }", {}));
    expect(err.details).toMatchObject({ reason: "stack" });
  });

  it("has no process, require, fetch or file system, and the server keeps serving", async () => {
    const server = createServer((_req, res) => res.end("still here"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      for (const source of [
        "function transform() { process.exit(1) }",
        "function transform() { return require('fs').readFileSync('/etc/passwd', 'utf8') }",
        `function transform() { return fetch('http://127.0.0.1:${port}/') }`,
        "function transform() { return import('fs') }",
      ]) {
        const err = await transformFailure(runTransform(source, {}));
        expect(err.message).toMatch(/not defined|Promise|not supported|could not load|SyntaxError/i);
      }
      const response = await fetch(`http://127.0.0.1:${port}/`);
      expect(await response.text()).toBe("still here");
      expect(await runTransform("function transform(i) { return i.ok }", { ok: true })).toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("still works after a crash-like failure", async () => {
    await transformFailure(runTransform("function transform() { var s = 'x'; while (true) s += s }", {}));
    expect(await runTransform("function transform(i) { return i + 1 }", 1)).toBe(2);
  });
});

describe("runTransform (JSONata)", () => {
  it("evaluates an expression against the input and the context", async () => {
    const expression = `{ "contact": { "first_name": firstName, "last_name": lastName, "source": $context.method } }`;
    expect(await runTransform({ jsonata: expression }, SEED_PARAMETERS, { context: { method: "createContact" } })).toEqual({
      contact: { first_name: "Jane", last_name: "Smith", source: "createContact" },
    });
    expect(await runTransform({ jsonata: "$map(items, function($v) { $v * 2 })" }, { items: [1, 2, 3] })).toEqual([2, 4, 6]);
  });

  it("returns null when nothing matches", async () => {
    expect(await runTransform({ jsonata: "missing.field" }, {})).toBeNull();
  });

  it("reports syntax errors, runtime errors and runaway evaluation as TRANSFORM_ERROR", async () => {
    const syntax = await transformFailure(runTransform({ jsonata: "(" }, {}));
    expect(syntax.message).toMatch(/^Transform failed: /);
    await transformFailure(runTransform({ jsonata: "$number('abc') + 'x'" }, {}));
    const loop = await transformFailure(runTransform({ jsonata: "($f := function($x) { $f($x) }; $f(1))" }, {}, { timeoutMs: 200 }));
    expect(loop.details).toMatchObject({ reason: expect.stringMatching(/timeout|stack/) });
  });
});

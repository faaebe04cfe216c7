import { describe, expect, it } from "vitest";

import {
  REDACTED,
  redactBody,
  redactForLog,
  redactHeaders,
  redactSecretValues,
  redactUrl,
  truncateForLog,
} from "./redact";

const API_KEY = "sk_live_51Habc+def/ghi=";
const CLIENT_SECRET = "your-google-client-secret";
const PASSWORD = "p@ss word&=1";
const SECRETS = [API_KEY, CLIENT_SECRET, PASSWORD];

function expectClean(text: string) {
  for (const secret of SECRETS) {
    expect(text).not.toContain(secret);
    expect(text).not.toContain(encodeURIComponent(secret));
    expect(text).not.toContain(new URLSearchParams({ s: secret }).toString().slice(2));
  }
}

describe("redactHeaders", () => {
  it("hides credential headers by name and secret values anywhere", () => {
    const out = redactHeaders(
      {
        Authorization: "Bearer abc.def",
        "Proxy-Authorization": "Basic xyz",
        Cookie: "session=1",
        "set-cookie": ["a=1", "b=2"],
        "X-API-Key": "key",
        "X-Auth-Token": "t",
        "X-Webhook-Signature": "sig",
        "X-Custom": `prefix ${API_KEY}`,
        "Content-Type": "application/json",
      },
      SECRETS,
    );
    expect(out).toEqual({
      Authorization: REDACTED,
      "Proxy-Authorization": REDACTED,
      Cookie: REDACTED,
      "set-cookie": REDACTED,
      "X-API-Key": REDACTED,
      "X-Auth-Token": REDACTED,
      "X-Webhook-Signature": REDACTED,
      "X-Custom": `prefix ${REDACTED}`,
      "Content-Type": "application/json",
    });
  });
});

describe("redactUrl", () => {
  it("hides sensitive query parameters, extra names, user info and secret values", () => {
    const url =
      `https://user:${encodeURIComponent(PASSWORD)}@api.example.com/v1/${encodeURIComponent(API_KEY)}/x` +
      `?code=4%2F0AY0e&state=abc&access_token=at1&client_secret=${encodeURIComponent(CLIENT_SECRET)}&key=k1&tenant=t1&limit=5`;
    const out = redactUrl(url, ["tenant"], SECRETS);
    expectClean(out);
    const parsed = new URL(out);
    expect(parsed.searchParams.get("code")).toBe(REDACTED);
    expect(parsed.searchParams.get("access_token")).toBe(REDACTED);
    expect(parsed.searchParams.get("key")).toBe(REDACTED);
    expect(parsed.searchParams.get("tenant")).toBe(REDACTED);
    expect(parsed.searchParams.get("state")).toBe("abc");
    expect(parsed.searchParams.get("limit")).toBe("5");
    expect(parsed.password).not.toContain("ss");
  });

  it("still replaces secret values in a string that is not a URL", () => {
    expect(redactUrl(`not a url ${API_KEY}`, [], SECRETS)).toBe(`not a url ${REDACTED}`);
  });
});

describe("redactBody", () => {
  it("redacts sensitive keys recursively and secret values inside strings", () => {
    const body = {
      clientId: "client-1",
      clientSecret: "cs",
      nested: [{ password: "x", apiKey: "y", api_key: "z", id_token: "it", refresh_token: "rt", token: 123 }],
      note: `my key is ${API_KEY}!`,
      tokenExpired: false,
      secret: null,
      custom: "hide me",
    };
    expect(redactBody(body, { secretValues: SECRETS, secretKeys: ["custom"] })).toEqual({
      clientId: "client-1",
      clientSecret: REDACTED,
      nested: [{ password: REDACTED, apiKey: REDACTED, api_key: REDACTED, id_token: REDACTED, refresh_token: REDACTED, token: REDACTED }],
      note: `my key is ${REDACTED}!`,
      tokenExpired: false,
      secret: null,
      custom: REDACTED,
    });
  });

  it("keeps ordinary fields", () => {
    const contact = { first_name: "Jane", email_address: "jane.smith@example.com", author: "me", code: "E42" };
    expect(redactBody(contact, { secretValues: [] })).toEqual(contact);
  });

  it("handles raw JSON text, form bodies and plain text", () => {
    const json = JSON.stringify({ client_secret: CLIENT_SECRET, echo: `"${PASSWORD}"` });
    const jsonOut = redactBody(json, { secretValues: SECRETS }) as string;
    expectClean(jsonOut);
    expect(JSON.parse(jsonOut)).toEqual({ client_secret: REDACTED, echo: `"${REDACTED}"` });

    const form = new URLSearchParams({ grant_type: "password", username: "u", password: PASSWORD, other: `x${API_KEY}` }).toString();
    const formOut = redactBody(form, { secretValues: SECRETS }) as string;
    expectClean(formOut);
    expect(new URLSearchParams(formOut).get("grant_type")).toBe("password");
    expect(new URLSearchParams(formOut).get("password")).toBe(REDACTED);

    const text = `Invalid client secret ${CLIENT_SECRET} for key ${API_KEY}`;
    expect(redactBody(text, { secretValues: SECRETS })).toBe(`Invalid client secret ${REDACTED} for key ${REDACTED}`);
  });

  it("does not substring-replace secrets shorter than 4 characters", () => {
    expect(redactSecretValues("abc abcd", ["abc"])).toBe("abc abcd");
    expect(redactSecretValues("abc abcd", ["abcd"])).toBe(`abc ${REDACTED}`);
  });

  it("survives cycles", () => {
    const a: Record<string, unknown> = { name: "a" };
    a.self = a;
    expect(redactBody(a, { secretValues: [] })).toEqual({ name: "a", self: REDACTED });
  });
});

describe("truncateForLog", () => {
  it("leaves short text alone", () => {
    expect(truncateForLog("hello", 10)).toEqual({ text: "hello", truncated: false });
  });

  it("marks how much was cut and never splits a character", () => {
    const { text, truncated } = truncateForLog("ééééé", 5);
    expect(truncated).toBe(true);
    expect(text).toBe("éé…[truncated 6 bytes]");
    const big = truncateForLog("x".repeat(70_000));
    expect(big.text).toMatch(/…\[truncated 4464 bytes\]$/);
  });
});

describe("redactForLog", () => {
  it("leaves no known secret in url, headers or body", () => {
    const out = redactForLog({
      url: `https://api.example.com/x?api_key=${encodeURIComponent(API_KEY)}&q=1`,
      headers: { Authorization: `Bearer ${API_KEY}`, "X-Trace": CLIENT_SECRET },
      body: { contact: { note: PASSWORD }, clientSecret: CLIENT_SECRET },
      secretValues: SECRETS,
    });
    expectClean(JSON.stringify(out));
    expect(new URL(out.url ?? "").searchParams.get("q")).toBe("1");
    expect(out.body).toEqual({ contact: { note: REDACTED }, clientSecret: REDACTED });
  });

  it("returns only the parts it was given", () => {
    expect(redactForLog({ body: "x", secretValues: [] })).toEqual({ body: "x" });
  });
});

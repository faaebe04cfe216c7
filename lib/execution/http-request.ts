import { httpMappingSchema, type HttpMapping } from "@/lib/definitions/format-schema";

import { IntegrationError } from "./errors";
import { authEntries, type ApiKeyPlacement, type HttpAuth } from "./http-auth";
import {
  encodePathValue,
  renderTemplateString,
  renderTemplateValue,
  type TemplateScope,
} from "./templates";

export { sendHttpRequest, type HttpResponse, type SendOptions } from "./http-send";
export type { HttpAuth } from "./http-auth";

export const HTTP_VERBS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;
export type HttpVerb = (typeof HTTP_VERBS)[number];

/** The optional `"http"` block of a method (see docs/definition-http.md). */
/** The `http` block of a method, as the definition format declares it. */
export const methodHttpSchema = httpMappingSchema;
export type MethodHttp = HttpMapping;

/** The parts of a definition this module reads. */
export interface HttpDefinitionLike {
  baseUrl?: string;
  apiKey?: ApiKeyPlacement;
}

/** The parts of a method this module reads. */
export interface HttpMethodLike {
  name: string;
  http?: MethodHttp;
  requestTransform?: unknown;
  idempotent?: boolean;
  idempotencyKey?: boolean;
}

export interface BuildHttpRequestInput {
  definition: HttpDefinitionLike;
  method: HttpMethodLike;
  params: Record<string, unknown>;
  /** Output of the requestTransform, if the method has one. */
  body?: unknown;
  config: Record<string, unknown>;
  auth: HttpAuth;
  /** Same value for every attempt of one execution; required when the method declares idempotencyKey. */
  idempotencyKey?: string;
}

export interface HttpRequest {
  method: HttpVerb;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

const BODYLESS_VERBS: ReadonlySet<HttpVerb> = new Set(["GET", "HEAD", "DELETE", "OPTIONS"]);

function invalid(message: string): IntegrationError {
  return new IntegrationError("VALIDATION_ERROR", message);
}

function resolveBaseUrl(definition: HttpDefinitionLike, config: Record<string, unknown>, scope: TemplateScope): URL {
  const configured = typeof config.baseUrl === "string" && config.baseUrl !== "" ? config.baseUrl : undefined;
  let raw = configured;
  if (raw === undefined && definition.baseUrl) {
    const rendered = renderTemplateString(definition.baseUrl, scope);
    if (rendered.missing.length > 0) throw invalid(`Base URL needs config value(s): ${rendered.missing.join(", ")}`);
    raw = rendered.text;
  }
  if (raw === undefined) throw invalid("No base URL: set config.baseUrl or the definition's baseUrl");
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalid("The base URL is not a valid URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw invalid("The base URL must use http or https");
  return url;
}

function buildUrl(base: URL, pathTemplate: string, scope: TemplateScope): URL {
  const path = renderTemplateString(pathTemplate, scope, encodePathValue);
  if (path.missing.length > 0) throw invalid(`Missing value for path parameter(s): ${path.missing.join(", ")}`);
  const basePath = base.pathname.replace(/\/+$/, "");
  const url = new URL(`${base.origin}${basePath}${path.text}`);
  base.searchParams.forEach((value, key) => url.searchParams.append(key, value));
  return url;
}

function appendQueryValue(url: URL, key: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) appendQueryValue(url, key, item);
    return;
  }
  url.searchParams.append(key, typeof value === "object" ? JSON.stringify(value) : String(value));
}

function applyQuery(url: URL, query: MethodHttp["query"], scope: TemplateScope, params: Record<string, unknown>): void {
  if (query === undefined) return;
  const entries = query === "params" ? params : (renderTemplateValue(query, scope) as Record<string, unknown>);
  for (const [key, value] of Object.entries(entries)) appendQueryValue(url, key, value);
}

function selectBody(input: BuildHttpRequestInput, verb: HttpVerb, scope: TemplateScope): unknown {
  const spec = input.method.http?.body;
  const mode =
    spec ?? (BODYLESS_VERBS.has(verb) ? "none" : input.method.requestTransform !== undefined ? "transformed" : "params");
  if (mode === "none") return undefined;
  if ((verb === "GET" || verb === "HEAD") && spec !== undefined) throw invalid(`A ${verb} request cannot have a body`);
  if (mode === "params") return input.params;
  if (mode === "transformed") return input.body !== undefined ? input.body : input.params;
  return renderTemplateValue(mode, scope);
}

function encodeBody(value: unknown, encoding: "json" | "form"): { text: string; contentType: string } {
  if (encoding === "json") {
    return { text: JSON.stringify(value) ?? "null", contentType: "application/json" };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw invalid("A form-encoded body must be an object");
  }
  const form = new URLSearchParams();
  for (const [key, item] of Object.entries(value)) {
    const items: unknown[] = Array.isArray(item) ? item : [item];
    for (const one of items) {
      if (one === undefined || one === null) continue;
      form.append(key, typeof one === "object" ? JSON.stringify(one) : String(one));
    }
  }
  return { text: form.toString(), contentType: "application/x-www-form-urlencoded" };
}

/** Case-insensitive header set that keeps the first spelling of each name. */
class HeaderSet {
  private readonly entries = new Map<string, [string, string]>();

  set(name: string, value: string): void {
    if (/[\r\n]/.test(value) || /[\r\n:]/.test(name)) throw invalid(`Header ${name.replace(/[\r\n]/g, "")} has an invalid value`);
    const existing = this.entries.get(name.toLowerCase());
    this.entries.set(name.toLowerCase(), [existing ? existing[0] : name, value]);
  }

  toRecord(): Record<string, string> {
    return Object.fromEntries(this.entries.values());
  }
}

/** Builds the outbound request for one method call. Throws VALIDATION_ERROR on bad templates or config. */
export function buildHttpRequest(input: BuildHttpRequestInput): HttpRequest {
  const { definition, method, params, config } = input;
  const http = method.http ?? {};
  const scope: TemplateScope = { params, config };
  const verb: HttpVerb = http.method ?? "POST";

  const url = buildUrl(resolveBaseUrl(definition, config, scope), http.path ?? `/${encodePathValue(method.name)}`, scope);
  applyQuery(url, http.query, scope, params);

  const headers = new HeaderSet();
  headers.set("Accept", "application/json");
  for (const [name, template] of Object.entries(http.headers ?? {})) {
    const rendered = renderTemplateString(template, scope);
    if (rendered.missing.length === 0) headers.set(name, rendered.text);
  }

  const bodyValue = selectBody(input, verb, scope);
  let body: string | undefined;
  if (bodyValue !== undefined) {
    const encoded = encodeBody(bodyValue, http.bodyEncoding ?? "json");
    body = encoded.text;
    headers.set("Content-Type", encoded.contentType);
  }

  if (method.idempotencyKey) {
    if (!input.idempotencyKey) {
      throw new IntegrationError("INTERNAL_ERROR", "The method declares idempotencyKey but none was supplied");
    }
    headers.set("Idempotency-Key", input.idempotencyKey);
  }

  // Credentials go last so a definition's templates cannot override them.
  const auth = authEntries(input.auth, definition.apiKey);
  for (const [name, value] of Object.entries(auth.headers)) headers.set(name, value);
  for (const [name, value] of Object.entries(auth.query)) url.searchParams.set(name, value);

  const request: HttpRequest = { method: verb, url: url.toString(), headers: headers.toRecord() };
  if (body !== undefined) request.body = body;
  return request;
}

import { IntegrationError } from "./errors";

/** Values a `{{root.path}}` placeholder can read. Only these roots exist. */
export interface TemplateScope {
  params: unknown;
  config: unknown;
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const EXACT_PLACEHOLDER = /^\{\{\s*([^{}]*?)\s*\}\}$/;
const PATH_EXPRESSION = /^(params|config)(\.[A-Za-z0-9_$-]+)*$/;

function templateError(message: string): IntegrationError {
  return new IntegrationError("VALIDATION_ERROR", message);
}

/** Reads `params.a.b` from the scope, own properties only (no prototype walking). */
export function lookupTemplatePath(scope: TemplateScope, expression: string): unknown {
  if (!PATH_EXPRESSION.test(expression)) {
    throw templateError(`Unsupported template placeholder {{${expression}}}: use {{params.x}} or {{config.x}}`);
  }
  const [root, ...rest] = expression.split(".");
  let current: unknown = root === "params" ? scope.params : scope.config;
  for (const key of rest) {
    if (typeof current !== "object" || current === null || !Object.prototype.hasOwnProperty.call(current, key)) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function stringify(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return JSON.stringify(value) ?? "";
}

export interface RenderedString {
  text: string;
  /** Placeholders whose value was undefined or null. */
  missing: string[];
}

/** Interpolates every placeholder into a string, encoding each inserted value with `encode`. */
export function renderTemplateString(
  template: string,
  scope: TemplateScope,
  encode: (value: string) => string = (value) => value,
): RenderedString {
  const missing: string[] = [];
  const text = template.replace(PLACEHOLDER, (_match, expression: string) => {
    const value = lookupTemplatePath(scope, expression);
    if (value === undefined || value === null) {
      missing.push(expression);
      return "";
    }
    return encode(stringify(value));
  });
  return { text, missing };
}

/**
 * Renders a JSON template. A string that is exactly one placeholder keeps the value's type
 * (`"{{params.limit}}"` gives the number 10); other strings are interpolated. Object entries
 * whose value renders to undefined are dropped.
 */
export function renderTemplateValue(template: unknown, scope: TemplateScope): unknown {
  if (typeof template === "string") {
    const exact = EXACT_PLACEHOLDER.exec(template);
    if (exact) return lookupTemplatePath(scope, exact[1]);
    return renderTemplateString(template, scope).text;
  }
  if (Array.isArray(template)) {
    return template.map((item) => renderTemplateValue(item, scope)).filter((item) => item !== undefined);
  }
  if (typeof template === "object" && template !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(template)) {
      const rendered = renderTemplateValue(value, scope);
      if (rendered !== undefined) out[key] = rendered;
    }
    return out;
  }
  return template;
}

/**
 * Encodes a value for a URL path. `.` and `..` are refused: URL parsers resolve them (even
 * as %2E%2E), so a parameter could otherwise walk up to another endpoint.
 */
export function encodePathValue(value: string): string {
  if (value === "." || value === "..") throw templateError("A path parameter may not be '.' or '..'");
  return encodeURIComponent(value);
}

import Ajv2020 from "ajv/dist/2020";
import AjvDraft07 from "ajv";
import type { default as AjvCore } from "ajv/dist/core";
import addFormats from "ajv-formats";
import type { JsonSchema } from "./types";

export type Dialect = "2020-12" | "draft-07";

/** Keywords of our own (and Airbyte's) that Ajv should accept without complaint. */
export const CUSTOM_KEYWORDS = ["secret", "airbyte_secret", "order", "fieldsets", "multiline", "group", "always_show"] as const;

/** Formats that only steer the widget; they never reject a value. */
const WIDGET_FORMATS = ["password", "textarea", "secret", "markdown", "color"];

export function createAjv(dialect: Dialect = "2020-12"): AjvCore {
  const options = { allErrors: true, useDefaults: true, strict: false, logger: false as const };
  const ajv: AjvCore = dialect === "draft-07" ? new AjvDraft07(options) : new Ajv2020(options);
  addFormats(ajv);
  for (const format of WIDGET_FORMATS) ajv.addFormat(format, true);
  for (const keyword of CUSTOM_KEYWORDS) ajv.addKeyword({ keyword, schemaType: ["boolean", "number", "array", "string", "object"] });
  return ajv;
}

/**
 * Most stored schemas carry no `$schema`; they are read as 2020-12, which accepts draft-07
 * style `definitions` and `$ref`. Schemas that declare an older draft, or use its tuple
 * form of `items`, `additionalItems` or `dependencies`, are compiled as draft-07.
 */
export function detectDialect(schema: JsonSchema): Dialect {
  const declared = typeof schema.$schema === "string" ? schema.$schema : "";
  if (/draft-0[4-7]/.test(declared)) return "draft-07";
  if (/2019-09|2020-12/.test(declared)) return "2020-12";
  return usesDraft07Only(schema, 0) ? "draft-07" : "2020-12";
}

function usesDraft07Only(node: unknown, depth: number): boolean {
  if (depth > 50 || node === null || typeof node !== "object") return false;
  if (Array.isArray(node)) return node.some((n) => usesDraft07Only(n, depth + 1));
  const obj = node as Record<string, unknown>;
  if (Array.isArray(obj.items) || "additionalItems" in obj || isObjectKeyword(obj.dependencies)) return true;
  return Object.values(obj).some((v) => usesDraft07Only(v, depth + 1));
}

function isObjectKeyword(v: unknown): boolean {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

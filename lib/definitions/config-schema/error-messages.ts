import type { ErrorObject } from "ajv";

const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  integer: "a whole number",
  boolean: "yes or no",
  array: "a list",
  object: "a group of fields",
  null: "empty",
};

const FORMAT_MESSAGES: Record<string, string> = {
  email: "Must be a valid e-mail address",
  "idn-email": "Must be a valid e-mail address",
  uri: "Must be a valid URL, such as https://example.com",
  url: "Must be a valid URL, such as https://example.com",
  "uri-reference": "Must be a valid URL or path",
  iri: "Must be a valid URL, such as https://example.com",
  date: "Must be a date (YYYY-MM-DD)",
  "date-time": "Must be a date and time, such as 2024-05-01T09:30:00Z",
  time: "Must be a time, such as 09:30:00Z",
  ipv4: "Must be an IPv4 address, such as 192.168.0.1",
  ipv6: "Must be an IPv6 address",
  hostname: "Must be a host name, such as api.example.com",
  uuid: "Must be a UUID",
  regex: "Must be a valid regular expression",
  duration: "Must be a duration, such as P1D or PT5M",
};

function list(values: unknown[]): string {
  return values.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(", ");
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Plain words for operators. Returns null for errors that only echo other errors. */
export function plainMessage(error: ErrorObject): string | null {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return "Required";
    case "dependentRequired":
    case "dependencies":
      return `Required when ${String(p.property)} is filled in`;
    case "type": {
      const types = String(p.type).split(",").map((t) => TYPE_WORDS[t] ?? t);
      return `Must be ${types.join(" or ")}`;
    }
    case "format":
      return FORMAT_MESSAGES[String(p.format)] ?? `Must be a valid ${String(p.format)}`;
    case "minLength":
      return Number(p.limit) === 1 ? "Must not be empty" : `Must be at least ${plural(Number(p.limit), "character")}`;
    case "maxLength":
      return `Must be at most ${plural(Number(p.limit), "character")}`;
    case "pattern":
      return `Does not have the expected form (pattern ${String(p.pattern)})`;
    case "minimum":
      return `Must be ${String(p.limit)} or more`;
    case "maximum":
      return `Must be ${String(p.limit)} or less`;
    case "exclusiveMinimum":
      return `Must be more than ${String(p.limit)}`;
    case "exclusiveMaximum":
      return `Must be less than ${String(p.limit)}`;
    case "multipleOf":
      return `Must be a multiple of ${String(p.multipleOf)}`;
    case "enum":
      return `Must be one of: ${list((p.allowedValues as unknown[]) ?? [])}`;
    case "const":
      return `Must be ${list([p.allowedValue])}`;
    case "minItems":
      return `Must have at least ${plural(Number(p.limit), "item")}`;
    case "maxItems":
      return `Must have at most ${plural(Number(p.limit), "item")}`;
    case "uniqueItems":
      // Operators count from 1.
      return `Must not contain the same item twice (items ${Math.min(Number(p.i), Number(p.j)) + 1} and ${Math.max(Number(p.i), Number(p.j)) + 1} are equal)`;
    case "minProperties":
      return `Must have at least ${plural(Number(p.limit), "entry")}`;
    case "maxProperties":
      return `Must have at most ${plural(Number(p.limit), "entry")}`;
    case "additionalProperties":
    case "unevaluatedProperties":
      return "Not an allowed field";
    case "additionalItems":
    case "unevaluatedItems":
      return "Too many items";
    case "contains":
      return "Must contain at least one matching item";
    case "propertyNames":
      return "Contains a name that is not allowed";
    case "oneOf":
      return p.passingSchemas ? "Matches more than one of the options; make it match exactly one" : "Must match one of the options";
    case "anyOf":
      return "Must match one of the options";
    case "not":
      return "This value is not allowed";
    case "false schema":
      return "Not allowed";
    case "if":
    case "$ref":
      return null;
    default:
      return error.message ? error.message.charAt(0).toUpperCase() + error.message.slice(1) : "Invalid value";
  }
}

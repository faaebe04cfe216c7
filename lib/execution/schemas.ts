// Parameter and result checks against a method's JSON Schemas. validateAgainstSchema caches the
// compiled Ajv validator per schema text, so repeated calls of one method compile once.
import { validateAgainstSchema } from "@/lib/definitions/config-schema/validate-config";
import { IntegrationError } from "./errors";

type Issue = { path: string; message: string };

function prefixed(root: string, issues: readonly { path: string; message: string }[]): Issue[] {
  return issues.map((issue) => ({
    path: issue.path === "" ? root : issue.path.startsWith("[") ? `${root}${issue.path}` : `${root}.${issue.path}`,
    message: issue.message,
  }));
}

/** The parameters with the schema's defaults filled in; VALIDATION_ERROR with `parameters.x` paths otherwise. */
export function validateParams(schema: unknown, parameters: unknown): Record<string, unknown> {
  if (typeof parameters !== "object" || parameters === null || Array.isArray(parameters)) {
    throw new IntegrationError("VALIDATION_ERROR", "Check the parameters", {
      issues: [{ path: "parameters", message: "Must be an object" }],
    });
  }
  const result = validateAgainstSchema<Record<string, unknown>>(schema, parameters);
  if (!result.ok) {
    throw new IntegrationError("VALIDATION_ERROR", "Check the parameters", { issues: prefixed("parameters", result.errors) });
  }
  return result.value;
}

/** The method's result as checked against its resultSchema; a mismatch is the upstream's fault. */
export function validateResult(schema: unknown, data: unknown): unknown {
  const result = validateAgainstSchema(schema, data);
  if (result.ok) return result.value;
  throw new IntegrationError("UPSTREAM_ERROR", "The service answered in an unexpected shape", {
    issues: prefixed("result", result.errors),
  });
}

// A short, redacted description of what an upstream said when it answered with an error status.
import { redactSecretValues } from "@/lib/request-log/redact";

const MAX_MESSAGE_LENGTH = 200;
const MESSAGE_KEYS = ["message", "error_description", "error", "detail", "title", "errors"] as const;

function pick(value: unknown, depth = 0): string | undefined {
  if (depth > 3 || value === null || value === undefined) return undefined;
  if (typeof value === "string") return value.trim() || undefined;
  if (Array.isArray(value)) return pick(value[0], depth + 1);
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    for (const key of MESSAGE_KEYS) {
      const found = pick(record[key], depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > MAX_MESSAGE_LENGTH ? `${oneLine.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : oneLine;
}

/**
 * The upstream's own error text (`message`, `error_description`, `error`, … of a JSON body, or
 * the start of a text body), one line, at most 200 characters, with every secret value removed.
 * HTML pages say nothing useful and are skipped.
 */
export function upstreamMessage(json: unknown, bodyText: string, secretValues: readonly string[]): string | undefined {
  const fromJson = pick(json);
  const raw = fromJson ?? (/^\s*</.test(bodyText) ? undefined : bodyText.trim() || undefined);
  if (!raw) return undefined;
  // Redact before shortening so a secret cut in half cannot slip through.
  return shorten(redactSecretValues(raw, secretValues));
}

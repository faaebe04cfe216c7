/**
 * The built-in catalog shipped in the repository: the three definitions printed in seed 001
 * (kept byte-for-byte, so read as text — the CRM one uses backtick strings) and the offline
 * "Acme CRM" sandbox. Files are read from the project root (process.cwd()), which is the
 * working directory of both the Next.js server and the tsx scripts.
 */
import fs from "node:fs";
import path from "node:path";

import { definitionKey, validateDefinition, type IntegrationDefinition } from "../format";
import { parseDefinitionText } from "../parse-definition";

export const HUB_URL_PLACEHOLDER = "{{hubUrl}}";

const CATALOG_DIR = path.join("lib", "definitions", "catalog");

/** File names in catalog order. */
export const BUILTIN_DEFINITION_FILES = [
  "acme-crm.json",
  "google-calendar.def.txt",
  "crm-transform.def.txt",
  "stripe-webhook.def.txt",
] as const;

export type BuiltinDefinition = { key: string; definition: IntegrationDefinition; source: "builtin" };

let cache: BuiltinDefinition[] | null = null;

/** The verbatim text of a catalog file. */
export function readBuiltinDefinitionText(file: (typeof BUILTIN_DEFINITION_FILES)[number]): string {
  return fs.readFileSync(path.join(process.cwd(), CATALOG_DIR, file), "utf8");
}

function loadBuiltin(file: (typeof BUILTIN_DEFINITION_FILES)[number]): BuiltinDefinition {
  const parsed = parseDefinitionText(readBuiltinDefinitionText(file));
  // A broken shipped file is a bug in the repository, not an operator error: fail loudly.
  if (!parsed.ok) throw new Error(`Built-in definition ${file}: ${parsed.issues[0]?.message}`);
  const result = validateDefinition(parsed.value);
  if (!result.ok) {
    const detail = result.issues.map((i) => `${i.path || "(definition)"}: ${i.message}`).join("; ");
    throw new Error(`Built-in definition ${file} is invalid: ${detail}`);
  }
  return { key: definitionKey(result.definition), definition: result.definition, source: "builtin" };
}

/**
 * Every built-in definition, validated. `{{hubUrl}}` placeholders are left in place; call
 * `applyHubUrl` with the hub's base URL before using a definition's URLs.
 */
export function listBuiltinDefinitions(): BuiltinDefinition[] {
  cache ??= BUILTIN_DEFINITION_FILES.map(loadBuiltin);
  // Callers get copies, so nothing can change the cached catalog.
  return cache.map((entry) => ({ ...entry, definition: structuredClone(entry.definition) }));
}

export function getBuiltinDefinition(key: string): BuiltinDefinition | null {
  return listBuiltinDefinitions().find((entry) => entry.key === key) ?? null;
}

/** Replaces `{{hubUrl}}` in every string value (not in keys) with the hub's base URL. */
export function applyHubUrl<T>(value: T, hubUrl: string): T {
  const base = hubUrl.replace(/\/+$/, "");
  const walk = (node: unknown): unknown => {
    if (typeof node === "string") return node.split(HUB_URL_PLACEHOLDER).join(base);
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node === "object" && node !== null) {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(node)) {
        Object.defineProperty(out, key, { value: walk(child), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    return node;
  };
  return walk(value) as T;
}

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Test-only loader (node:fs); the browser never imports this file. */
export interface CorpusEntry {
  file: string;
  title: string;
  schema: Record<string, unknown>;
  /** Expected widget per model path: "" root, `a.b`, `list[*]`, `union#1.field` inside branch 1. */
  widgets: Record<string, string>;
  valid: { data: unknown; value?: unknown }[];
  invalid: { data: unknown; errors: { path: string; message: string }[] }[];
  secrets?: string[];
  titles?: Record<string, string>;
  placeholders?: Record<string, string>;
  readOnly?: string[];
  order?: string[][];
  groups?: [string | null, string[]][];
  branches?: Record<string, string[]>;
}

export function loadCorpus(): CorpusEntry[] {
  const dir = path.join(import.meta.dirname, ".");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => ({ file, ...(JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Omit<CorpusEntry, "file">) }));
}

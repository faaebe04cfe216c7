// Test helpers for the executor: definitions to execute (rows written by test/fixtures), and
// readers for the rows an execution wrote.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { createInstanceRows, createWorkspace as createWorkspaceRow, type InstanceRowsFixture } from "@/test/fixtures";

export type MethodSpec = Record<string, unknown> & { name: string };

export function method(name: string, extra: Record<string, unknown> = {}): MethodSpec {
  return {
    name,
    description: `The ${name} method`,
    paramSchema: { type: "object" },
    resultSchema: {},
    ...extra,
  };
}

export function definitionDocument(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: `Exec test ${randomUUID().slice(0, 6)}`,
    description: "Executor test definition",
    version: "1.0.0",
    type: "http",
    authType: "none",
    methods: [method("ping", { http: { method: "GET", path: "/ping" } })],
    configSchema: { type: "object", properties: { baseUrl: { type: "string" } } },
    retryPolicy: { maxAttempts: 3, initialDelayMs: 5, maxDelayMs: 2000, multiplier: 2, jitter: 0 },
    ...overrides,
  };
}

export async function createWorkspace(): Promise<string> {
  return (await createWorkspaceRow()).id;
}

export type InstanceFixture = InstanceRowsFixture;

/** An instance (ACTIVE unless told otherwise) of `document`. */
export async function createInstance(options: InstanceFixture): Promise<string> {
  const { instanceId } = await createInstanceRows({ status: "ACTIVE", ...options });
  return instanceId;
}

/** The rows of the given ids, in attempt order. */
export function rowsOf(requestIds: readonly string[]) {
  return db.integrationRequest.findMany({ where: { id: { in: [...requestIds] } }, orderBy: [{ createdAt: "asc" }, { attempt: "asc" }] });
}

/** Runs `call`, expecting it to throw; returns what it threw. */
export async function caught<T = unknown>(call: () => Promise<unknown>): Promise<T> {
  try {
    await call();
  } catch (error) {
    return error as T;
  }
  throw new Error("Expected the call to fail");
}

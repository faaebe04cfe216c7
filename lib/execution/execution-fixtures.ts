// Test helpers for the executor: workspace, definition and instance rows written with `db`
// (secrets encrypted like the app stores them), and readers for the rows an execution wrote.
import { randomUUID } from "node:crypto";
import { db, Prisma } from "@/lib/db/client";
import { encryptJson } from "@/lib/crypto/secret-box";
import type { InstanceStatus } from "@/lib/generated/prisma/enums";

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
  const workspace = await db.workspace.create({ data: { name: `exec-${randomUUID()}` } });
  return workspace.id;
}

export type InstanceFixture = {
  workspaceId: string;
  document: Record<string, unknown>;
  config?: Record<string, unknown>;
  secrets?: Record<string, unknown>;
  status?: InstanceStatus;
  enabled?: boolean;
  retryPolicy?: Record<string, unknown>;
  /** A raw secretConfig column value (for broken-ciphertext tests). */
  secretConfig?: string;
};

export async function createInstance(options: InstanceFixture): Promise<string> {
  const document = options.document;
  const definition = await db.integrationDefinition.create({
    data: {
      workspaceId: options.workspaceId,
      key: `exec-${randomUUID().slice(0, 8)}`,
      name: String(document.name),
      version: String(document.version),
      type: String(document.type),
      authType: String(document.authType),
      document: document as Prisma.InputJsonValue,
    },
  });
  const instance = await db.integrationInstance.create({
    data: {
      workspaceId: options.workspaceId,
      definitionId: definition.id,
      name: `${String(document.name)} instance`,
      config: (options.config ?? {}) as Prisma.InputJsonValue,
      secretConfig: options.secretConfig ?? (options.secrets ? encryptJson(options.secrets) : null),
      status: options.status ?? "ACTIVE",
      enabled: options.enabled ?? true,
      ...(options.retryPolicy ? { retryPolicy: options.retryPolicy as Prisma.InputJsonValue } : {}),
    },
  });
  return instance.id;
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

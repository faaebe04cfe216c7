// Test helpers for lib/connections: rows created with test/fixtures, and the Acme sandbox provider
// mounted on a real node:http server on 127.0.0.1 (it records what reached its token endpoint).
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Actor } from "@/lib/auth/actor";
import { randomToken } from "@/lib/crypto/hash";
import { createInstanceRows, createWorkspace } from "@/test/fixtures";
import { routeSandboxRequest } from "./sandbox/router";

export type SeenRequest = { method: string; path: string; authorization: string | null; body: string };

export type TestServer = {
  url: string;
  seen: SeenRequest[];
  close: () => Promise<void>;
};

async function readBody(request: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A node:http server answering with `handler` (a fetch-style function). */
export async function startServer(handler: (request: Request, path: string) => Promise<Response>): Promise<TestServer> {
  const seen: SeenRequest[] = [];
  const server = http.createServer(async (req, res) => {
    try {
      const body = await readBody(req);
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      seen.push({ method: req.method ?? "GET", path: url.pathname, authorization: req.headers.authorization ?? null, body: body.toString("utf8") });
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
      const request = new Request(url, { method: req.method, headers, body: body.length && req.method !== "GET" ? new Uint8Array(body) : undefined });
      const response = await handler(request, url.pathname);
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(error instanceof Error ? error.message : "error");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The Acme provider at `<url>/sandbox/acme/...`. */
export function startAcmeServer(): Promise<TestServer> {
  return startServer((request, path) =>
    path.startsWith("/sandbox/acme/") ? routeSandboxRequest(request, path.slice("/sandbox/acme".length)) : Promise.resolve(new Response("not found", { status: 404 })),
  );
}

export async function createTestWorkspace(): Promise<{ workspaceId: string; actor: Actor }> {
  const workspace = await createWorkspace();
  return { workspaceId: workspace.id, actor: actorFor(workspace.id) };
}

export function actorFor(workspaceId: string, userId = `user-${randomToken(6)}`): Actor {
  return { kind: "user", id: userId, userId, label: `${userId}@example.test`, workspaceId, role: "operator" };
}

export type InstanceOptions = {
  workspaceId: string;
  authType?: string;
  document?: Record<string, unknown>;
  config?: Record<string, unknown>;
  secrets?: Record<string, unknown>;
};

/** A definition + instance; `document` is merged over a minimal valid definition. */
export async function createTestInstance(options: InstanceOptions): Promise<{ instanceId: string; definitionId: string }> {
  const authType = options.authType ?? "oauth2";
  const name = `Test ${randomToken(4)}`;
  const document = {
    name,
    description: "Test definition",
    version: "1.0.0",
    type: "http",
    authType,
    methods: [{ name: "ping", description: "Ping", paramSchema: { type: "object" }, resultSchema: { type: "object" } }],
    configSchema: { type: "object", properties: {} },
    ...options.document,
  };
  return createInstanceRows({ workspaceId: options.workspaceId, document, config: options.config, secrets: options.secrets });
}

/** An OAuth2 instance pointing at a running Acme server, with a client of its own (isolated stats). */
export async function createAcmeInstance(
  workspaceId: string,
  acmeUrl: string,
  oauth2Config: Record<string, unknown> = {},
): Promise<{ instanceId: string; clientId: string; clientSecret: string }> {
  const clientId = `client-${randomToken(6)}`;
  const clientSecret = `${clientId}-secret`;
  const base = `${acmeUrl}/sandbox/acme`;
  const { instanceId } = await createTestInstance({
    workspaceId,
    document: {
      oauth2Config: {
        authorizationUrl: `${base}/oauth/authorize`,
        tokenUrl: `${base}/oauth/token`,
        revocationUrl: `${base}/oauth/revoke`,
        scopeDelimiter: " ",
        authStyle: "header",
        scopes: ["contacts.read", "contacts.write"],
        ...oauth2Config,
      },
    },
    config: { clientId },
    secrets: { clientSecret },
  });
  return { instanceId, clientId, clientSecret };
}

// A fake upstream service for tests: a real node:http server on 127.0.0.1 (port 0) that records
// every request and answers from a list of replies or a handler function.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll } from "vitest";

export type UpstreamRequest = {
  method: string;
  /** Path with query string, e.g. `/contacts?limit=5`. */
  url: string;
  path: string;
  query: URLSearchParams;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: string;
  /** The body parsed as JSON, when it is JSON. */
  json?: unknown;
};

export type UpstreamReply = {
  status?: number;
  headers?: Record<string, string>;
  /** Sent as application/json. */
  json?: unknown;
  /** Sent as is (text/plain unless headers say otherwise). */
  body?: string;
  /** Waits this long before answering (for timeouts). */
  delayMs?: number;
  /** Drops the connection without an answer. */
  hangUp?: boolean;
};

export type UpstreamHandler = (request: UpstreamRequest, index: number) => UpstreamReply | Promise<UpstreamReply>;

export type Upstream = {
  url: string;
  requests: UpstreamRequest[];
  close: () => Promise<void>;
};

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

function headerRecord(req: http.IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

/**
 * Starts the fake upstream. With a list, the n-th request gets the n-th reply (the last one
 * repeats); with a function, it decides. Unanswered replies default to 200 `{}`.
 */
export async function startUpstream(replies: UpstreamHandler | UpstreamReply[]): Promise<Upstream> {
  const requests: UpstreamRequest[] = [];
  const handler: UpstreamHandler = Array.isArray(replies)
    ? (_req, index) => replies[Math.min(index, replies.length - 1)] ?? {}
    : replies;
  const server = http.createServer(async (req, res) => {
    const body = await readBody(req);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const json = parseJson(body);
    const request: UpstreamRequest = {
      method: req.method ?? "GET",
      url: req.url ?? "/",
      path: url.pathname,
      query: url.searchParams,
      headers: headerRecord(req),
      body,
      ...(json === undefined ? {} : { json }),
    };
    const index = requests.push(request) - 1;
    try {
      const reply = await handler(request, index);
      if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
      if (reply.hangUp) {
        req.socket.destroy();
        return;
      }
      if (res.destroyed) return;
      const text = reply.json !== undefined ? JSON.stringify(reply.json) : (reply.body ?? (reply.status === 204 ? "" : "{}"));
      const contentType = reply.json !== undefined || reply.body === undefined ? "application/json" : "text/plain";
      res.writeHead(reply.status ?? 200, { "content-type": contentType, ...reply.headers });
      res.end(text);
    } catch (error) {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(error instanceof Error ? error.message : "handler failed");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A base URL on 127.0.0.1 where nothing listens (connection refused). */
export async function refusedUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** `startUpstream` for one test file: every upstream it starts is closed after the file's tests. */
export function upstreamsForFile(): typeof startUpstream {
  const started: Upstream[] = [];
  afterAll(async () => {
    await Promise.all(started.map((upstream) => upstream.close()));
  });
  return async (replies) => {
    const upstream = await startUpstream(replies);
    started.push(upstream);
    return upstream;
  };
}

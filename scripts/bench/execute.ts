// Executor overhead benchmark (not a test): how much latency does POST …/execute add to a call,
// and how many logged executions per second does the hub sustain at concurrency 32?
//
//   PATCHBAY_URL=http://localhost:3000 PATCHBAY_TOKEN=pbk_… npx tsx scripts/bench/execute.ts
//
// Create the token with `npm run cli -- token:create --role admin` (embedded database). Every
// request goes to 127.0.0.1/localhost: a local upstream started here, and the local hub.
import http from "node:http";
import type { AddressInfo } from "node:net";

const HUB = (process.env.PATCHBAY_URL ?? "http://localhost:3000").replace(/\/+$/, "");
const TOKEN = process.env.PATCHBAY_TOKEN ?? "";
const N = Math.min(Math.max(Number(process.env.BENCH_N ?? 1000), 10), 20_000);
const WARMUP = Math.min(100, N);
const CONCURRENCY_HIGH = 32;
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!TOKEN) fail("Set PATCHBAY_TOKEN to an API token (operator or admin): npm run cli -- token:create --role admin");
if (!LOCAL_HOSTS.has(new URL(HUB).hostname)) fail(`PATCHBAY_URL must point at this machine (localhost or 127.0.0.1), not ${HUB}`);

function startUpstream(): Promise<{ url: string; close: () => Promise<void> }> {
  const payload = JSON.stringify({ ok: true, items: [{ id: "a1", name: "Alpha" }, { id: "b2", name: "Beta" }] });
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(payload) });
      res.end(payload);
    });
  });
  server.keepAliveTimeout = 30_000;
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    }),
  );
}

async function api(path: string, init: RequestInit & { expect?: number[] } = {}): Promise<Record<string, unknown>> {
  const response = await fetch(`${HUB}/api/v1${path}`, {
    ...init,
    headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json", ...init.headers },
  });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (init.expect && !init.expect.includes(response.status)) fail(`${init.method ?? "GET"} ${path} → HTTP ${response.status}: ${JSON.stringify(body)}`);
  return body;
}

async function setUp(upstreamUrl: string): Promise<{ definitionId: string; instanceId: string }> {
  const stamp = Date.now().toString(36);
  const definition = await api("/integration-definitions", {
    method: "POST",
    expect: [200, 201],
    body: JSON.stringify({
      name: `Bench execute ${stamp}`,
      key: `bench-execute-${stamp}`,
      description: "Benchmark of the method executor (scripts/bench/execute.ts)",
      version: "1.0.0",
      type: "http",
      authType: "none",
      retryPolicy: { maxAttempts: 1 },
      configSchema: { type: "object", required: ["baseUrl"], properties: { baseUrl: { type: "string" } } },
      methods: [
        {
          name: "ping",
          description: "GET /ping on the local upstream",
          http: { method: "GET", path: "/ping" },
          paramSchema: { type: "object", properties: {} },
          resultSchema: { type: "object", required: ["ok"], properties: { ok: { type: "boolean" } } },
        },
      ],
    }),
  });
  const instance = await api("/integration-instances", {
    method: "POST",
    expect: [201],
    body: JSON.stringify({ integrationDefinitionId: definition.id, name: `Bench ${stamp}`, config: { baseUrl: upstreamUrl } }),
  });
  return { definitionId: String(definition.id), instanceId: String(instance.id) };
}

type Call = () => Promise<void>;

/** Runs `total` calls with `concurrency` workers; returns per-call latencies (ms) and the wall time. */
async function run(call: Call, total: number, concurrency: number): Promise<{ latencies: number[]; wallMs: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      next++;
      const t0 = performance.now();
      await call();
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, wallMs: performance.now() - started };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

async function main() {
  const upstream = await startUpstream();
  const { definitionId, instanceId } = await setUp(upstream.url);
  let failures = 0;
  const direct: Call = async () => {
    const response = await fetch(`${upstream.url}/ping`);
    await response.arrayBuffer();
  };
  const execute: Call = async () => {
    const response = await fetch(`${HUB}/api/v1/integration-instances/${instanceId}/methods/ping/execute`, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
      body: '{"parameters":{}}',
    });
    const body = (await response.json()) as { status?: string };
    if (body.status !== "SUCCESS") failures++;
  };

  await run(direct, WARMUP, 4);
  await run(execute, WARMUP, 4);
  failures = 0;

  const results: Record<string, { p50: number; p99: number; perSecond: number }> = {};
  for (const concurrency of [1, CONCURRENCY_HIGH]) {
    for (const [name, call] of [["direct", direct], ["execute", execute]] as const) {
      const { latencies, wallMs } = await run(call, N, concurrency);
      results[`${name}@${concurrency}`] = {
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        perSecond: (latencies.length / wallMs) * 1000,
      };
    }
  }

  const row = (c: number) => {
    const d = results[`direct@${c}`];
    const e = results[`execute@${c}`];
    return { concurrency: c, directP50: ms(d.p50), executeP50: ms(e.p50), addedP50: ms(e.p50 - d.p50), addedP99: ms(e.p99 - d.p99), executionsPerSecond: e.perSecond.toFixed(0) };
  };
  console.log(`Executor benchmark: ${N} calls per series against ${HUB}, upstream ${upstream.url}`);
  console.table([row(1), row(CONCURRENCY_HIGH)]);
  console.log(`Failed executions: ${failures}`);
  const at1 = results["execute@1"].p50 - results["direct@1"].p50;
  const at32 = results[`execute@${CONCURRENCY_HIGH}`].perSecond;
  console.log(`Goal: added p50 ≤ 5 ms at concurrency 1 → ${at1 <= 5 ? "met" : "NOT met"} (${ms(at1)})`);
  console.log(`Goal: ≥ 500 logged executions/s at concurrency ${CONCURRENCY_HIGH} → ${at32 >= 500 ? "met" : "NOT met"} (${at32.toFixed(0)}/s)`);

  await api(`/integration-instances/${instanceId}`, { method: "DELETE" }).catch(() => undefined);
  await api(`/integration-definitions/${definitionId}`, { method: "DELETE" }).catch(() => undefined);
  await upstream.close();
  if (failures > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

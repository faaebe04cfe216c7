// The measurement behind the executor benchmark (not a test): the same calls straight to a local
// upstream and through POST …/execute, at concurrency 1 and 32, plus GET /api/health as the floor
// (Next.js routing plus one database round trip). Every request goes to 127.0.0.1/localhost.
import http from "node:http";
import type { AddressInfo } from "node:net";

export const CONCURRENCY_HIGH = 32;
export const GOAL_ADDED_P50_MS = 5;
export const GOAL_PER_SECOND = 500;
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export type BenchOptions = {
  hub: string;
  token: string;
  n: number;
  /** CPU time (ms) the hub process has used so far, when known (Linux /proc). */
  hubCpuMs?: () => number | null;
};
export type Series = { p50: number; p99: number; perSecond: number; hubCpuMsPerCall: number | null };
export type BenchResult = { n: number; series: Record<string, Series>; failures: number; goalsMet: boolean };

export function assertLocal(hub: string): void {
  if (!LOCAL_HOSTS.has(new URL(hub).hostname)) throw new Error(`The hub must run on this machine (localhost or 127.0.0.1), not ${hub}`);
}

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

function client(hub: string, token: string) {
  return async (path: string, init: RequestInit & { expect?: number[] } = {}): Promise<Record<string, unknown>> => {
    const response = await fetch(`${hub}/api/v1${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...init.headers },
    });
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (init.expect && !init.expect.includes(response.status)) {
      throw new Error(`${init.method ?? "GET"} ${path} → HTTP ${response.status}: ${JSON.stringify(body)}`);
    }
    return body;
  };
}

type Api = ReturnType<typeof client>;

async function setUp(api: Api, upstreamUrl: string): Promise<{ definitionId: string; instanceId: string }> {
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

/** Sets up a definition and an instance on the hub, measures, prints the table, cleans up. */
export async function measureExecute({ hub, token, n, hubCpuMs = () => null }: BenchOptions): Promise<BenchResult> {
  assertLocal(hub);
  const api = client(hub, token);
  const upstream = await startUpstream();
  let failures = 0;
  try {
    const { definitionId, instanceId } = await setUp(api, upstream.url);
    const direct: Call = async () => {
      const response = await fetch(`${upstream.url}/ping`);
      await response.arrayBuffer();
    };
    const health: Call = async () => {
      const response = await fetch(`${hub}/api/health`);
      await response.arrayBuffer();
      if (!response.ok) failures++;
    };
    const execute: Call = async () => {
      const response = await fetch(`${hub}/api/v1/integration-instances/${instanceId}/methods/ping/execute`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: '{"parameters":{}}',
      });
      const body = (await response.json()) as { status?: string };
      if (body.status !== "SUCCESS") failures++;
    };

    const warmup = Math.min(200, n);
    await run(direct, warmup, 4);
    await run(health, warmup, 4);
    await run(execute, warmup, 4);
    failures = 0;

    const series: Record<string, Series> = {};
    for (const concurrency of [1, CONCURRENCY_HIGH]) {
      for (const [name, call] of [["direct", direct], ["health", health], ["execute", execute]] as const) {
        const cpuBefore = hubCpuMs();
        const { latencies, wallMs } = await run(call, n, concurrency);
        const cpuAfter = hubCpuMs();
        series[`${name}@${concurrency}`] = {
          p50: percentile(latencies, 50),
          p99: percentile(latencies, 99),
          perSecond: (latencies.length / wallMs) * 1000,
          hubCpuMsPerCall: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / latencies.length,
        };
      }
    }

    const row = (c: number) => {
      const d = series[`direct@${c}`];
      const h = series[`health@${c}`];
      const e = series[`execute@${c}`];
      return {
        concurrency: c,
        "direct p50": ms(d.p50),
        "health p50": ms(h.p50),
        "execute p50": ms(e.p50),
        "added p50": ms(e.p50 - d.p50),
        "added p99": ms(e.p99 - d.p99),
        "health/s": h.perSecond.toFixed(0),
        "executions/s": e.perSecond.toFixed(0),
        "hub CPU/health": h.hubCpuMsPerCall === null ? "n/a" : ms(h.hubCpuMsPerCall),
        "hub CPU/execute": e.hubCpuMsPerCall === null ? "n/a" : ms(e.hubCpuMsPerCall),
      };
    };
    console.log(`Executor benchmark: ${n} calls per series against ${hub}, upstream ${upstream.url}`);
    console.table([row(1), row(CONCURRENCY_HIGH)]);
    console.log(`Failed calls: ${failures}`);
    const at1 = series["execute@1"].p50 - series["direct@1"].p50;
    const at32 = series[`execute@${CONCURRENCY_HIGH}`].perSecond;
    console.log(`Goal: added p50 ≤ ${GOAL_ADDED_P50_MS} ms at concurrency 1 → ${at1 <= GOAL_ADDED_P50_MS ? "met" : "NOT met"} (${ms(at1)})`);
    console.log(`Goal: ≥ ${GOAL_PER_SECOND} logged executions/s at concurrency ${CONCURRENCY_HIGH} → ${at32 >= GOAL_PER_SECOND ? "met" : "NOT met"} (${at32.toFixed(0)}/s)`);

    await api(`/integration-instances/${instanceId}`, { method: "DELETE" }).catch(() => undefined);
    await api(`/integration-definitions/${definitionId}`, { method: "DELETE" }).catch(() => undefined);
    return { n, series, failures, goalsMet: at1 <= GOAL_ADDED_P50_MS && at32 >= GOAL_PER_SECOND };
  } finally {
    await upstream.close();
  }
}

export function benchN(): number {
  return Math.min(Math.max(Number(process.env.BENCH_N ?? 1000) || 1000, 10), 20_000);
}

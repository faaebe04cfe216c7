import { it } from "vitest";
import { startUpstream } from "@/test/upstream";
import { executeMethod } from "./execute";
import { createInstance, createWorkspace, definitionDocument, method } from "./execution-fixtures";

it("perf", async () => {
  const ws = await createWorkspace();
  const server = await startUpstream([{ json: { ok: true } }]);
  const id = await createInstance({ workspaceId: ws, document: definitionDocument({ retryPolicy: { maxAttempts: 1 }, methods: [method("ping", { http: { method: "GET", path: "/ping" }, resultSchema: { type: "object", required: ["ok"] } })] }), config: { baseUrl: server.url } });
  const direct = async () => { const r = await fetch(`${server.url}/ping`); await r.arrayBuffer(); };
  const exec = async () => { await executeMethod({ workspaceId: ws }, id, "ping", {}); };
  async function run(fn: () => Promise<void>, n: number, c: number) {
    const lat: number[] = []; let next = 0; const t = performance.now();
    await Promise.all(Array.from({ length: c }, async () => { while (next < n) { next++; const t0 = performance.now(); await fn(); lat.push(performance.now() - t0); } }));
    lat.sort((a, b) => a - b);
    return { p50: lat[Math.floor(n / 2)], p99: lat[Math.floor(n * 0.99)], rps: n / (performance.now() - t) * 1000 };
  }
  await run(direct, 100, 4); await run(exec, 100, 4);
  for (const c of [1, 32]) {
    console.log(c, "direct", JSON.stringify(await run(direct, 500, c)));
    console.log(c, "exec", JSON.stringify(await run(exec, 500, c)));
  }
  await server.close();
}, 120_000);

import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { errorSentence } from "@/lib/execution/error-words";
import type { MethodRun } from "./types";

function formatJson(value: unknown): string {
  if (value === undefined) return "(no data)";
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

function AttemptLinks({ requestIds }: { requestIds: string[] }) {
  if (requestIds.length === 0) return <span>Nothing was logged.</span>;
  if (requestIds.length === 1) {
    return (
      <Link className="font-medium text-indigo-700 underline" href={`/requests/${requestIds[0]}`}>
        View in request log
      </Link>
    );
  }
  return (
    <span>
      <Link className="font-medium text-indigo-700 underline" href={`/requests/${requestIds[0]}`}>
        View in request log
      </Link>{" "}
      (attempts:{" "}
      {requestIds.map((id, i) => (
        <span key={id}>
          {i > 0 ? ", " : null}
          <Link className="underline" href={`/requests/${id}`}>
            {i + 1}
          </Link>
        </span>
      ))}
      )
    </span>
  );
}

/** What one run gave: the data as JSON, or the error in plain words; attempts and a link to the log. */
export function MethodResult({ method, run }: { method: string; run: MethodRun }) {
  const attempts = run.requestIds.length;
  const meta = (
    <p className="mt-2 text-xs text-zinc-500">
      {attempts === 1 ? "1 attempt" : `${attempts} attempts`} · {run.durationMs} ms · <AttemptLinks requestIds={run.requestIds} />
    </p>
  );
  if (run.status === "SUCCESS") {
    return (
      <div className="rounded-md border border-emerald-200 bg-emerald-50/40 p-3">
        <p className="flex items-center gap-2 text-sm font-medium text-emerald-800">
          <Badge tone="green">Succeeded</Badge> {method} returned:
        </p>
        <pre className="mt-2 max-h-96 overflow-auto rounded bg-white p-3 font-mono text-xs text-zinc-800 ring-1 ring-zinc-200">
          {formatJson(run.data)}
        </pre>
        {meta}
      </div>
    );
  }
  const code = run.error?.code ?? "INTERNAL_ERROR";
  return (
    <div className="rounded-md border border-red-200 bg-red-50 p-3" role="alert">
      <p className="flex items-center gap-2 text-sm font-medium text-red-800">
        <Badge tone="red">Failed</Badge> {errorSentence(code)}
      </p>
      {run.error?.message ? <p className="mt-1 text-sm text-red-900">{run.error.message}</p> : null}
      <p className="mt-1 text-xs text-red-700">
        Error code <code className="font-mono">{code}</code>
        {run.error?.retryable ? " · running it again later may work" : null}
      </p>
      {meta}
    </div>
  );
}

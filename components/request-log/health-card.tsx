import Link from "next/link";
import type { HealthState, ServiceHealth } from "@/lib/request-log/health";
import { ERROR_CODES, isErrorCode } from "@/lib/execution/errors";
import { formatDuration, timeAgo } from "@/lib/format/time";
import { Badge, type Tone } from "@/components/ui/badge";

const STATE: Record<HealthState, { tone: Tone; label: string }> = {
  healthy: { tone: "green", label: "Healthy" },
  degraded: { tone: "amber", label: "Degraded" },
  failing: { tone: "red", label: "Failing" },
  idle: { tone: "neutral", label: "Idle" },
};

export function HealthBadge({ state }: { state: HealthState }) {
  return <Badge tone={STATE[state].tone}>{STATE[state].label}</Badge>;
}

function percent(rate: number | null) {
  if (rate === null) return "—";
  return `${(rate * 100).toFixed(rate === 1 || rate === 0 ? 0 : 1)} %`;
}

function firstLine(text: string, max = 160) {
  const line = text.split("\n").find((l) => l.trim()) ?? text;
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/** One service's health over the window: state, success rate, volume, latency and its last failure. */
export function HealthCard({ health, windowLabel }: { health: ServiceHealth; windowLabel: string }) {
  const logHref = `/requests?service=${encodeURIComponent(health.service)}`;
  const failuresHref = `${logHref}&status=Failed`;
  const plain = health.lastFailureCode && isErrorCode(health.lastFailureCode) ? ERROR_CODES[health.lastFailureCode].description : null;
  return (
    <article className="flex flex-col rounded-lg bg-white p-4 shadow-xs ring-1 ring-zinc-200" aria-label={`${health.service} health`}>
      <header className="flex items-start justify-between gap-3">
        <h3 className="font-semibold text-zinc-900">
          <Link href={logHref} className="hover:underline">{health.service}</Link>
        </h3>
        <HealthBadge state={health.state} />
      </header>
      <dl className="mt-3 grid grid-cols-3 gap-2 text-sm">
        <div>
          <dt className="text-xs text-zinc-500">Success rate</dt>
          <dd className="font-medium text-zinc-900">{percent(health.successRate)}</dd>
        </div>
        <div>
          <dt className="text-xs text-zinc-500" title="Requests include retried attempts; failed counts calls whose last attempt failed">Requests, {windowLabel}</dt>
          <dd className="font-medium text-zinc-900">{health.total}{health.failed ? <span className="text-red-700"> · {health.failed} failed</span> : null}</dd>
        </div>
        <div>
          <dt className="text-xs text-zinc-500">p50 / p95</dt>
          <dd className="font-medium text-zinc-900">{formatDuration(health.p50DurationMs === null ? null : Math.round(health.p50DurationMs))} / {formatDuration(health.p95DurationMs === null ? null : Math.round(health.p95DurationMs))}</dd>
        </div>
      </dl>
      <div className="mt-3 border-t border-zinc-100 pt-3 text-sm">
        {health.lastFailureAt ? (
          <>
            <p className="text-zinc-700">
              Last failure {timeAgo(health.lastFailureAt)}
              {health.lastFailureId ? <> · <Link href={`/requests/${health.lastFailureId}`} className="text-indigo-700 hover:underline">details</Link></> : null}
            </p>
            {plain ? <p className="mt-0.5 text-zinc-600">{plain}</p> : null}
            {health.lastFailureError ? <p className="mt-0.5 break-words font-mono text-xs text-red-800">{firstLine(health.lastFailureError)}</p> : null}
            <Link href={failuresHref} className="mt-1 inline-block text-xs text-indigo-700 hover:underline">See failed requests</Link>
          </>
        ) : (
          <p className="text-zinc-500">No failures recorded.</p>
        )}
        <p className="mt-1 text-xs text-zinc-500">Last success: {timeAgo(health.lastSuccessAt)}</p>
      </div>
    </article>
  );
}

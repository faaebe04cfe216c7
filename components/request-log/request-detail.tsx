import Link from "next/link";
import type { ReactNode } from "react";
import type { RequestDetail } from "@/lib/request-log/queries";
import { formatDateTime, formatDuration } from "@/lib/format/time";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/level-badge";
import { JsonBlock } from "./json-block";

const link = "text-indigo-700 hover:underline";
const none = <span className="text-zinc-400">—</span>;

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-3 gap-3 px-5 py-2.5 text-sm">
      <dt className="font-medium text-zinc-500">{label}</dt>
      <dd className="col-span-2 min-w-0 break-words text-zinc-900">{children ?? none}</dd>
    </div>
  );
}

function AttemptLink({ attempt }: { attempt: RequestDetail["retries"][number] }) {
  return (
    <Link href={`/requests/${attempt.id}`} className={link}>
      Attempt {attempt.attempt} · {attempt.status} · {formatDateTime(attempt.createdAt)}
    </Link>
  );
}

/** Every seed 000 field of one request, in plain labels, with links to related attempts, run and integration. */
export function RequestDetailView({ request }: { request: RequestDetail }) {
  const totalAttempts = Math.max(request.attempt, ...request.siblings.map((s) => s.attempt));
  const earlier = request.siblings.filter((s) => s.attempt < request.attempt);
  const later = request.siblings.filter((s) => s.attempt > request.attempt);
  // Automatic attempts of one execution also point at each other; list those once, as Previous/Next.
  const siblingIds = new Set(request.siblings.map((s) => s.id));
  const retryOf = request.retryOf && !siblingIds.has(request.retryOf.id) ? request.retryOf : null;
  const retries = request.retries.filter((a) => !siblingIds.has(a.id));
  return (
    <div className="space-y-6">
      <Card>
        <dl className="divide-y divide-zinc-100">
          <Item label="Service">{request.integrationRequestService}</Item>
          <Item label="Status">
            <span className="inline-flex items-center gap-2">
              <StatusBadge status={request.status} />
              {request.errorCode ? <code className="font-mono text-xs text-zinc-600">{request.errorCode}</code> : null}
            </span>
          </Item>
          <Item label="Description">{request.requestDescription}</Item>
          <Item label="Method">{request.method ? <code className="font-mono text-xs">{request.method}</code> : null}</Item>
          <Item label="URL">{request.url ? <code className="font-mono text-xs">{request.url}</code> : null}</Item>
          <Item label="HTTP">
            {request.httpMethod || request.statusCode !== null ? (
              <span className="font-mono text-xs">{request.httpMethod} {request.statusCode ?? "no response"}</span>
            ) : null}
          </Item>
          <Item label="Duration">{formatDuration(request.durationMs)}</Item>
          <Item label="Remote request">
            {request.isRemoteRequest ? "Yes" : "No"} — {request.direction === "inbound" ? "received by Patchbay (webhook)" : "sent by Patchbay to the service"}
          </Item>
          <Item label="Reference">
            {request.referenceDoctype || request.referenceDocname ? `${request.referenceDoctype ?? ""} ${request.referenceDocname ?? ""}`.trim() : null}
          </Item>
          <Item label="Integration">
            {request.instance ? <Link href={`/integrations/${request.instance.id}`} className={link}>{request.instance.name}</Link> : null}
          </Item>
          <Item label="Run">
            {request.run ? (
              <span className="inline-flex items-center gap-2">
                <Link href={`/requests?runId=${encodeURIComponent(request.run.id)}`} className={link}>Requests of this run</Link>
                <StatusBadge status={request.run.status} />
              </span>
            ) : null}
          </Item>
          <Item label="Attempt">
            <div className="space-y-1">
              <p>
                {totalAttempts > 1 ? `${request.attempt} of ${totalAttempts}` : request.attempt}
                {request.executionId && totalAttempts > 1 ? (
                  <> · <Link href={`/requests?executionId=${encodeURIComponent(request.executionId)}`} className={link}>all attempts</Link></>
                ) : null}
              </p>
              {retryOf ? <p>Retry of: <AttemptLink attempt={retryOf} /></p> : null}
              {earlier.map((a) => <p key={a.id}>Previous: <AttemptLink attempt={a} /></p>)}
              {later.map((a) => <p key={a.id}>Next: <AttemptLink attempt={a} /></p>)}
              {retries.map((a) => <p key={a.id}>Retried as: <AttemptLink attempt={a} /></p>)}
            </div>
          </Item>
          <Item label="Request id"><code className="font-mono text-xs">{request.requestId}</code></Item>
          <Item label="Created">{formatDateTime(request.createdAt)}</Item>
          <Item label="Modified">{formatDateTime(request.modifiedAt)}</Item>
        </dl>
      </Card>
      {request.error ? <JsonBlock title="Error" value={request.error} truncated={request.truncated} /> : null}
      <JsonBlock title="Request headers" value={request.requestHeaders} empty="No headers were recorded. Secret headers are always redacted." />
      <JsonBlock title="Data" value={request.data} truncated={request.truncated} empty="No data was sent." />
      <JsonBlock title="Output" value={request.output} truncated={request.truncated} empty={request.status === "Failed" ? "No output: the request failed." : "No output was recorded."} />
      {request.parameters !== null && request.parameters !== undefined ? <JsonBlock title="Parameters" value={request.parameters} /> : null}
    </div>
  );
}

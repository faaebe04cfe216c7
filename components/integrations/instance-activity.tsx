import { Bell, ListChecks } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/ui/level-badge";
import { formatDateTime, timeAgo } from "@/lib/format/time";

type RunRow = { id: string; trigger: string; status: string; periodFrom: Date | null; periodTo: Date | null; error: string | null; createdAt: Date; finishedAt: Date | null };
type EventRow = { id: string; level: string; summary: string; details: string | null; createdAt: Date };

const tableClass = "w-full text-sm";
const headClass = "bg-zinc-50 text-left text-xs uppercase tracking-wide text-zinc-500";

/** The Runs tab: this instance's manual and scheduled runs, newest first. */
export function InstanceRuns({ runs }: { runs: RunRow[] }) {
  if (runs.length === 0) {
    return (
      <EmptyState icon={ListChecks} title="No runs yet">
        <p>Each manual or scheduled run of this integration appears here with its period, status and errors.</p>
      </EmptyState>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg bg-white ring-1 ring-zinc-200">
      <table className={tableClass}>
        <thead className={headClass}>
          <tr>
            <th scope="col" className="px-5 py-2 font-medium">Started</th>
            <th scope="col" className="px-5 py-2 font-medium">Trigger</th>
            <th scope="col" className="px-5 py-2 font-medium">Period</th>
            <th scope="col" className="px-5 py-2 font-medium">Status</th>
            <th scope="col" className="px-5 py-2 font-medium">Error</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {runs.map((run) => (
            <tr key={run.id}>
              <td className="px-5 py-2.5" title={formatDateTime(run.createdAt)}>
                {timeAgo(run.createdAt)}
              </td>
              <td className="px-5 py-2.5">{run.trigger}</td>
              <td className="px-5 py-2.5 text-zinc-600">{run.periodFrom || run.periodTo ? `${formatDateTime(run.periodFrom)} → ${formatDateTime(run.periodTo)}` : "—"}</td>
              <td className="px-5 py-2.5"><StatusBadge status={run.status} /></td>
              <td className="px-5 py-2.5 text-red-700">{run.error ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The Events tab: what an operator should know about this instance (seed 004). */
export function InstanceEvents({ events }: { events: EventRow[] }) {
  if (events.length === 0) {
    return (
      <EmptyState icon={Bell} title="No events yet">
        <p>Connections, failures, runs and webhook problems of this integration are reported here as info, warnings and errors.</p>
      </EmptyState>
    );
  }
  return (
    <ul className="divide-y divide-zinc-100 rounded-lg bg-white ring-1 ring-zinc-200">
      {events.map((event) => (
        <li key={event.id} className="flex items-start gap-3 px-5 py-3 text-sm">
          <StatusBadge status={event.level} />
          <div className="min-w-0 flex-1">
            <p className="font-medium text-zinc-900">{event.summary}</p>
            {event.details ? <p className="mt-0.5 whitespace-pre-wrap break-words text-zinc-600">{event.details}</p> : null}
          </div>
          <time dateTime={event.createdAt.toISOString()} title={formatDateTime(event.createdAt)} className="shrink-0 text-xs text-zinc-500">{timeAgo(event.createdAt)}</time>
        </li>
      ))}
    </ul>
  );
}

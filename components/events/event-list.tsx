import Link from "next/link";
import { StatusBadge } from "@/components/ui/level-badge";
import { formatDateTime, timeAgo } from "@/lib/format/time";

export type EventItem = {
  id: string;
  level: string;
  summary: string;
  details: string | null;
  createdAt: Date;
  instance?: { id: string; name: string } | null;
};

/** Seed 004's events as operators read them: level, summary, details, when, and which integration. */
export function EventList({ events, showDetails = true }: { events: EventItem[]; showDetails?: boolean }) {
  return (
    <ul className="divide-y divide-zinc-100">
      {events.map((event) => (
        <li key={event.id} className="flex items-start gap-3 px-5 py-3 text-sm">
          <StatusBadge status={event.level} />
          <div className="min-w-0 flex-1">
            <p className="font-medium text-zinc-900">{event.summary}</p>
            {showDetails && event.details ? <p className="mt-0.5 whitespace-pre-wrap break-words text-zinc-600">{event.details}</p> : null}
            {event.instance ? (
              <p className="mt-0.5 text-xs text-zinc-500">
                <Link className="text-indigo-700 hover:underline" href={`/integrations/${event.instance.id}`}>{event.instance.name}</Link>
              </p>
            ) : null}
          </div>
          <time dateTime={event.createdAt.toISOString()} title={formatDateTime(event.createdAt)} className="shrink-0 text-xs text-zinc-500">
            {timeAgo(event.createdAt)}
          </time>
        </li>
      ))}
    </ul>
  );
}

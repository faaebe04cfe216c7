import type { Metadata } from "next";
import Link from "next/link";
import { Bell } from "lucide-react";
import { pageActor } from "@/lib/auth/page-gate";
import { listEvents } from "@/lib/events/queries";
import { formatDateTime } from "@/lib/format/time";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/level-badge";

export const metadata: Metadata = { title: "Events" };

export default async function EventsPage() {
  const actor = await pageActor();
  const events = await listEvents({ workspaceId: actor.workspaceId });
  return (
    <>
      <PageHeader title="Events" description="What happened that an operator should know: connections made or lost, runs finished or failed." />
      {events.length === 0 ? (
        <EmptyState icon={Bell} title="Nothing has happened yet">
          Information, warnings and errors from your integrations appear here — for example when an account is connected,
          a token can no longer be refreshed, or a run fails.
        </EmptyState>
      ) : (
        <Card>
          <ul className="divide-y divide-zinc-100">
            {events.map((event) => (
              <li key={event.id} className="flex items-start gap-3 px-5 py-3">
                <StatusBadge status={event.level} />
                <div className="min-w-0 flex-1">
                  <p className="text-sm font-medium text-zinc-900">{event.summary}</p>
                  {event.details ? <p className="mt-0.5 whitespace-pre-wrap text-sm text-zinc-600">{event.details}</p> : null}
                  <p className="mt-0.5 text-xs text-zinc-500">
                    {formatDateTime(event.createdAt)}
                    {event.instance ? <> · <Link className="text-indigo-700 hover:underline" href={`/integrations/${event.instance.id}`}>{event.instance.name}</Link></> : null}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}

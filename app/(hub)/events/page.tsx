import type { Metadata } from "next";
import { Bell } from "lucide-react";
import { pageActor } from "@/lib/auth/page-gate";
import { listEvents } from "@/lib/events/queries";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";
import { EventList } from "@/components/events/event-list";

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
          <EventList events={events} />
        </Card>
      )}
    </>
  );
}

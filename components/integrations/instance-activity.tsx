import { Bell, ListChecks } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { EventList, type EventItem } from "@/components/events/event-list";
import { RunsTable, type RunItem } from "@/components/runs/runs-table";

/** The Runs tab: this instance's manual and scheduled runs, newest first. */
export function InstanceRuns({ runs }: { runs: RunItem[] }) {
  if (runs.length === 0) {
    return (
      <EmptyState icon={ListChecks} title="No runs yet">
        <p>Each manual or scheduled run of this integration appears here with its period, status and errors.</p>
      </EmptyState>
    );
  }
  return (
    <div className="rounded-lg bg-white ring-1 ring-zinc-200">
      <RunsTable runs={runs} />
    </div>
  );
}

/** The Events tab: what an operator should know about this instance (seed 004). */
export function InstanceEvents({ events }: { events: EventItem[] }) {
  if (events.length === 0) {
    return (
      <EmptyState icon={Bell} title="No events yet">
        <p>Connections, failures, runs and webhook problems of this integration are reported here as info, warnings and errors.</p>
      </EmptyState>
    );
  }
  return (
    <div className="rounded-lg bg-white ring-1 ring-zinc-200">
      <EventList events={events.map(({ instance: _instance, ...event }) => event)} />
    </div>
  );
}

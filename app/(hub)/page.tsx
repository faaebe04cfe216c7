import type { Metadata } from "next";
import Link from "next/link";
import { Activity, Plug } from "lucide-react";
import { pageActor } from "@/lib/auth/page-gate";
import { serviceHealth, windowStart } from "@/lib/request-log/health";
import { getInstanceCounts } from "@/lib/overview/queries";
import { listEvents } from "@/lib/events/queries";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Card, CardHeader } from "@/components/ui/card";
import { EventList } from "@/components/events/event-list";
import { buttonClasses } from "@/components/ui/button";
import { HealthCard } from "@/components/request-log/health-card";

export const metadata: Metadata = { title: "Overview" };

function Stat({ label, value, href, tone }: { label: string; value: number; href: string; tone?: "amber" }) {
  return (
    <Link href={href} className="rounded-lg bg-white px-4 py-3 shadow-xs ring-1 ring-zinc-200 hover:ring-indigo-300">
      <p className="text-xs font-medium text-zinc-500">{label}</p>
      <p className={`mt-1 text-2xl font-semibold ${tone === "amber" && value > 0 ? "text-amber-700" : "text-zinc-900"}`}>{value}</p>
    </Link>
  );
}

export default async function OverviewPage() {
  const actor = await pageActor();
  const [counts, health, events] = await Promise.all([
    getInstanceCounts(actor.workspaceId),
    serviceHealth(actor.workspaceId, { since: windowStart(24) }),
    listEvents({ workspaceId: actor.workspaceId, take: 5 }),
  ]);
  const header = <PageHeader title="Overview" description="How your integrations are doing: health per service over the last 24 hours, and what happened recently." />;

  if (counts.total === 0 && health.length === 0) {
    return (
      <>
        {header}
        <EmptyState icon={Plug} title="No integrations yet" action={<Link href="/integrations" className={buttonClasses()}>Add an integration</Link>}>
          Once you add an integration and connect it, this page shows the health of every outside service — success rate, calls in
          the last 24 hours, response times and the last failure in plain words — with recent events underneath.
        </EmptyState>
      </>
    );
  }

  return (
    <>
      {header}
      <section aria-label="Integrations" className="mb-6 grid gap-3 sm:grid-cols-3">
        <Stat label="Integrations" value={counts.total} href="/integrations" />
        <Stat label="Active" value={counts.active} href="/integrations" />
        <Stat label="Needing attention" value={counts.needingAttention} href="/integrations" tone="amber" />
      </section>

      <section aria-labelledby="health-heading" className="mb-6">
        <div className="mb-3 flex items-baseline justify-between">
          <h2 id="health-heading" className="text-base font-semibold text-zinc-900">Health per service</h2>
          <Link href="/requests" className="text-sm text-indigo-700 hover:underline">Open the request log</Link>
        </div>
        {health.length === 0 ? (
          <EmptyState icon={Activity} title="No requests yet" action={<Link href="/integrations" className={buttonClasses("secondary")}>Go to integrations</Link>}>
            Health appears here once an integration has called its service. Run a method from an integration&apos;s Methods tab, or start a run.
          </EmptyState>
        ) : (
          <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
            {health.map((h) => <HealthCard key={h.service} health={h} windowLabel="24 h" />)}
          </div>
        )}
      </section>

      <Card>
        <CardHeader title="Recent events" actions={<Link href="/events" className="text-sm text-indigo-700 hover:underline">All events</Link>} />
        {events.length === 0 ? (
          <p className="px-5 py-4 text-sm text-zinc-500">No events yet. Connections, failed token refreshes and finished runs appear here.</p>
        ) : (
          <EventList events={events} showDetails={false} />
        )}
      </Card>
    </>
  );
}

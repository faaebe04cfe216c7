import type { Metadata } from "next";
import Link from "next/link";
import { ListChecks } from "lucide-react";
import { pageActor } from "@/lib/auth/page-gate";
import { listRuns } from "@/lib/runs/queries";
import { formatDateTime } from "@/lib/format/time";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/level-badge";
import { buttonClasses } from "@/components/ui/button";

export const metadata: Metadata = { title: "Runs" };

export default async function RunsPage() {
  const actor = await pageActor();
  const runs = await listRuns({ workspaceId: actor.workspaceId });
  return (
    <>
      <PageHeader title="Runs" description="Syncs over a date range, started by hand or by a schedule, with their outcome." />
      {runs.length === 0 ? (
        <EmptyState icon={ListChecks} title="No runs yet" action={<Link href="/integrations" className={buttonClasses()}>Go to integrations</Link>}>
          Every sync of an integration appears here with its period, status and the requests it made. Open an integration and choose
          <strong> Run now</strong>, or give it a schedule.
        </EmptyState>
      ) : (
        <Card>
          <table className="w-full text-sm">
            <thead className="bg-zinc-50 text-left text-xs uppercase tracking-wide text-zinc-500">
              <tr><th className="px-5 py-2">Integration</th><th className="px-5 py-2">Status</th><th className="px-5 py-2">Trigger</th><th className="px-5 py-2">Started</th></tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {runs.map((run) => (
                <tr key={run.id}>
                  <td className="px-5 py-2.5"><Link className="font-medium text-indigo-700 hover:underline" href={`/integrations/${run.instanceId}`}>{run.instance.name}</Link></td>
                  <td className="px-5 py-2.5"><StatusBadge status={run.status} /></td>
                  <td className="px-5 py-2.5">{run.trigger}</td>
                  <td className="px-5 py-2.5">{formatDateTime(run.startedAt ?? run.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </>
  );
}

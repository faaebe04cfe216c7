import type { Metadata } from "next";
import Link from "next/link";
import { ListChecks } from "lucide-react";
import { pageActor } from "@/lib/auth/page-gate";
import { listRuns } from "@/lib/runs/queries";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";
import { RunsTable } from "@/components/runs/runs-table";
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
          <RunsTable runs={runs} showInstance />
        </Card>
      )}
    </>
  );
}

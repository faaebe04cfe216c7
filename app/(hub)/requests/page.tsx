import type { Metadata } from "next";
import { Suspense } from "react";
import { pageActor } from "@/lib/auth/page-gate";
import { listInstanceOptions, listMethods, listServices } from "@/lib/request-log/queries";
import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/data-table/table-skeleton";
import { RequestFilters } from "@/components/request-log/request-filters";
import { RequestLogTable } from "@/components/request-log/request-log-table";
import { REQUEST_COLUMN_LABELS } from "@/components/request-log/column-labels";

export const metadata: Metadata = { title: "Request log" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function RequestsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await pageActor();
  const params = await searchParams;
  const [services, methods, instances] = await Promise.all([
    listServices(actor.workspaceId),
    listMethods(actor.workspaceId),
    listInstanceOptions(actor.workspaceId),
  ]);
  // A new key per query string shows the skeleton while the next page of rows is fetched.
  const key = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : []))).toString();
  return (
    <>
      <PageHeader
        title="Request log"
        description="Every request that crossed the boundary — calls to outside services, token requests and incoming webhooks — with status, timing and what was sent and received."
      />
      <RequestFilters services={services} methods={methods} instances={instances} />
      <Suspense key={key} fallback={<TableSkeleton columns={REQUEST_COLUMN_LABELS} label="Loading requests…" />}>
        <RequestLogTable workspaceId={actor.workspaceId} searchParams={params} />
      </Suspense>
    </>
  );
}

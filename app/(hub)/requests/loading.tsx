import { PageHeader } from "@/components/ui/page-header";
import { TableSkeleton } from "@/components/data-table/table-skeleton";
import { REQUEST_COLUMN_LABELS } from "@/components/request-log/column-labels";

export default function Loading() {
  return (
    <>
      <PageHeader title="Request log" description="Loading the requests…" />
      <div className="mb-4 h-36 animate-pulse rounded-lg bg-white ring-1 ring-zinc-200" aria-hidden />
      <TableSkeleton columns={REQUEST_COLUMN_LABELS} label="Loading requests…" />
    </>
  );
}

// Server component: queries one page of the request log and hands it to the client table.
// Usage elsewhere (e.g. an integration's page): <RequestLogTable workspaceId={...} instanceId={id} searchParams={sp} />
// With instanceId the log is limited to that instance whatever the URL says; other filters and the
// page cursor still come from `searchParams` (the URL is the state).
import Link from "next/link";
import { Activity, SearchX } from "lucide-react";
import { hasFilters, listRequests, parseRequestSearchParams } from "@/lib/request-log/queries";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClasses } from "@/components/ui/button";
import { ClearFiltersButton } from "./clear-filters-button";
import { RequestLogResults } from "./request-log-results";

export type RequestLogTableProps = {
  workspaceId: string;
  /** Show only this instance's requests. */
  instanceId?: string;
  searchParams?: Record<string, string | string[] | undefined>;
  limit?: number;
  /** URL params "Clear filters" keeps, e.g. ["tab"] on a page with tabs. */
  keepParams?: string[];
};

export async function RequestLogTable({ workspaceId, instanceId, searchParams = {}, limit, keepParams = [] }: RequestLogTableProps) {
  const parsed = parseRequestSearchParams(searchParams);
  const filters = instanceId ? { ...parsed.filters, instanceId } : parsed.filters;
  // A failed query throws to the nearest error.tsx: an error is never shown as an empty table.
  const page = await listRequests({ workspaceId, filters, limit: limit ?? parsed.limit, cursor: parsed.cursor });

  if (page.rows.length === 0) {
    const userFilters = instanceId ? { ...filters, instanceId: undefined } : filters;
    if (hasFilters(userFilters) || parsed.cursor) {
      return (
        <EmptyState icon={SearchX} title="No requests match these filters" action={<ClearFiltersButton keep={keepParams} />}>
          Try a wider date range or another status, or clear the filters to see every request.
        </EmptyState>
      );
    }
    return (
      <EmptyState
        icon={Activity}
        title="No requests yet"
        action={<Link href={instanceId ? `/integrations/${instanceId}?tab=methods` : "/integrations"} className={buttonClasses()}>Go to {instanceId ? "methods" : "integrations"}</Link>}
      >
        Every call to an outside service and every webhook will be listed here, with its status, timing and the data that was
        sent and received. Run a method from an integration&apos;s Methods tab to make the first one.
      </EmptyState>
    );
  }
  return <RequestLogResults rows={page.rows} nextCursor={page.nextCursor} />;
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageActor } from "@/lib/auth/page-gate";
import { hasRole } from "@/lib/auth/roles";
import { findRequest } from "@/lib/request-log/queries";
import { PageHeader } from "@/components/ui/page-header";
import { RequestDetailView } from "@/components/request-log/request-detail";
import { RetryButton } from "@/components/request-log/retry-button";
import { retryRequestAction } from "../../integrations/[id]/method-actions";

export const metadata: Metadata = { title: "Request" };

export default async function RequestPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await pageActor();
  const { id } = await params;
  const request = await findRequest(actor.workspaceId, id);
  if (!request) notFound();
  // A failed attempt that was already followed by another (automatic or manual) is refused by
  // the server ("retry the newest attempt instead"), so only the newest one offers Retry.
  const canRetry = request.status === "Failed" && request.retries.length === 0 && hasRole(actor.role, "operator");
  return (
    <>
      <PageHeader
        breadcrumb={<Link href="/requests" className="hover:underline">Request log</Link>}
        title={`${request.integrationRequestService}${request.method ? ` · ${request.method}` : ""}`}
        description={request.requestDescription ?? undefined}
        actions={canRetry ? <RetryButton requestId={request.id} onRetry={retryRequestAction} /> : null}
      />
      <RequestDetailView request={request} />
    </>
  );
}

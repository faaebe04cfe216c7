"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { RotateCcw } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { ClientActionResult } from "@/components/ui/action-result";

export type RetryResult = { status: "SUCCESS" | "ERROR"; requestIds: string[]; error?: { code?: string; message: string } | string };

function errorText(error: RetryResult["error"]): string {
  if (!error) return "The retry failed.";
  return typeof error === "string" ? error : error.message;
}

/** Sends a failed request again (operators); the new attempt opens when it is logged. */
export function RetryButton({ requestId, onRetry }: { requestId: string; onRetry: (input: { requestId: string }) => Promise<ClientActionResult<RetryResult>> }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const result = await onRetry({ requestId });
          if (!result.ok) {
            toast.error(result.error);
            return;
          }
          const newest = result.data.requestIds.at(-1);
          if (result.data.status === "SUCCESS") toast.success("Retried: the request succeeded");
          else toast.error(`Retried, but it failed again: ${errorText(result.data.error)}`);
          if (newest && newest !== requestId) router.push(`/requests/${newest}`);
          else router.refresh();
        })
      }
    >
      <RotateCcw className="size-4" aria-hidden /> {pending ? "Retrying…" : "Retry"}
    </Button>
  );
}

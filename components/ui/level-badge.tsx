import { Badge, type Tone } from "./badge";

const tones: Record<string, Tone> = {
  info: "blue", warning: "amber", error: "red",
  Completed: "green", Failed: "red", Queued: "neutral", Authorized: "indigo", Cancelled: "neutral",
  succeeded: "green", failed: "red", running: "indigo", queued: "neutral", cancelled: "neutral",
  ACTIVE: "green", FAILED: "red", PENDING_AUTHENTICATION: "amber", DISABLED: "neutral",
};

const labels: Record<string, string> = {
  ACTIVE: "Active", FAILED: "Failed", PENDING_AUTHENTICATION: "Needs connecting", DISABLED: "Disabled",
};

/** One badge for every status word the hub shows (request, run, instance, event level). */
export function StatusBadge({ status }: { status: string }) {
  return <Badge tone={tones[status] ?? "neutral"}>{labels[status] ?? status}</Badge>;
}

import Link from "next/link";
import { StatusBadge } from "@/components/ui/level-badge";
import { formatDateTime, timeAgo } from "@/lib/format/time";

export type RunItem = {
  id: string;
  trigger: string;
  status: string;
  periodFrom: Date | null;
  periodTo: Date | null;
  error: string | null;
  createdAt: Date;
  startedAt?: Date | null;
  instance?: { id: string; name: string } | null;
};

const TRIGGERS: Record<string, string> = { manual: "By hand", schedule: "Schedule", api: "API" };

/** Runs newest first; with `showInstance` each row names and links its integration. */
export function RunsTable({ runs, showInstance = false }: { runs: RunItem[]; showInstance?: boolean }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <thead className="bg-zinc-50 text-left text-xs uppercase tracking-wide text-zinc-500">
          <tr>
            <th scope="col" className="px-5 py-2 font-medium">Started</th>
            {showInstance ? <th scope="col" className="px-5 py-2 font-medium">Integration</th> : null}
            <th scope="col" className="px-5 py-2 font-medium">Trigger</th>
            <th scope="col" className="px-5 py-2 font-medium">Period</th>
            <th scope="col" className="px-5 py-2 font-medium">Status</th>
            <th scope="col" className="px-5 py-2 font-medium">Error</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {runs.map((run) => {
            const started = run.startedAt ?? run.createdAt;
            return (
              <tr key={run.id}>
                <td className="px-5 py-2.5" title={formatDateTime(started)}>{timeAgo(started)}</td>
                {showInstance ? (
                  <td className="px-5 py-2.5">
                    {run.instance ? <Link className="font-medium text-indigo-700 hover:underline" href={`/integrations/${run.instance.id}`}>{run.instance.name}</Link> : "—"}
                  </td>
                ) : null}
                <td className="px-5 py-2.5">{TRIGGERS[run.trigger] ?? run.trigger}</td>
                <td className="px-5 py-2.5 text-zinc-600">{run.periodFrom || run.periodTo ? `${formatDateTime(run.periodFrom)} → ${formatDateTime(run.periodTo)}` : "—"}</td>
                <td className="px-5 py-2.5"><StatusBadge status={run.status} /></td>
                <td className="px-5 py-2.5 text-red-700">{run.error ?? ""}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

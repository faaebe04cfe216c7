import Link from "next/link";
import { Plug } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/ui/level-badge";
import { timeAgo } from "@/lib/format/time";
import type { InstanceRow } from "@/lib/instances/queries";
import { DefinitionIcon } from "./definition-icon";

/** "Your integrations": every configured instance of the workspace. */
export function InstancesTable({ rows }: { rows: InstanceRow[] }) {
  if (rows.length === 0) {
    return (
      <EmptyState icon={Plug} title="No integrations yet">
        <p>
          Each integration you add appears here with its status: whether it is connected, switched off, or failing.
          Start by pressing <strong>Add</strong> on a card in the catalog below and filling in its settings.
        </p>
      </EmptyState>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-xs ring-1 ring-zinc-200">
      <table className="w-full text-sm">
        <thead className="bg-zinc-50 text-left text-xs uppercase tracking-wide text-zinc-500">
          <tr>
            <th scope="col" className="px-5 py-2 font-medium">Name</th>
            <th scope="col" className="px-5 py-2 font-medium">Integration</th>
            <th scope="col" className="px-5 py-2 font-medium">Status</th>
            <th scope="col" className="px-5 py-2 font-medium">Enabled</th>
            <th scope="col" className="px-5 py-2 font-medium">Updated</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {rows.map((row) => (
            <tr key={row.id} className="hover:bg-zinc-50">
              <td className="px-5 py-2.5 font-medium">
                <Link href={`/integrations/${row.id}`} className="text-indigo-700 hover:underline">{row.name}</Link>
              </td>
              <td className="px-5 py-2.5">
                <span className="flex items-center gap-2">
                  <DefinitionIcon icon={row.definition.icon} className="size-7 rounded-md [&_svg]:size-4" />
                  {row.definition.name}
                </span>
              </td>
              <td className="px-5 py-2.5" title={row.statusReason ?? undefined}><StatusBadge status={row.status} /></td>
              <td className="px-5 py-2.5">{row.enabled ? "Yes" : "No"}</td>
              <td className="px-5 py-2.5 text-zinc-600">{timeAgo(row.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

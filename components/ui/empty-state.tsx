import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

/** What will appear here, and how to start. */
export function EmptyState({ icon: Icon, title, children, action }: { icon: LucideIcon; title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <div className="flex flex-col items-center rounded-lg border border-dashed border-zinc-300 bg-white px-6 py-14 text-center">
      <div className="mb-4 rounded-full bg-indigo-50 p-3 text-indigo-600">
        <Icon className="size-6" aria-hidden />
      </div>
      <h2 className="text-base font-semibold text-zinc-900">{title}</h2>
      <div className="mt-1 max-w-md text-sm text-zinc-600">{children}</div>
      {action ? <div className="mt-5">{action}</div> : null}
    </div>
  );
}

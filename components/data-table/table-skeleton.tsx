/** Placeholder rows while a table's query runs (loading.tsx and Suspense fallbacks). */
export function TableSkeleton({ columns, rows = 8, label = "Loading…" }: { columns: string[]; rows?: number; label?: string }) {
  return (
    <div className="overflow-hidden rounded-lg bg-white shadow-xs ring-1 ring-zinc-200" role="status" aria-label={label}>
      <table className="w-full text-sm">
        <thead className="bg-zinc-50 text-left text-xs uppercase tracking-wide text-zinc-500">
          <tr>{columns.map((column) => <th key={column} scope="col" className="px-4 py-2 font-medium">{column}</th>)}</tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {Array.from({ length: rows }, (_, row) => (
            <tr key={row}>
              {columns.map((column, index) => (
                <td key={column} className="px-4 py-3">
                  <div className="h-3.5 animate-pulse rounded bg-zinc-200" style={{ width: `${50 + ((row * 7 + index * 13) % 45)}%` }} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <span className="sr-only">{label}</span>
    </div>
  );
}

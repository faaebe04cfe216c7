export default function Loading() {
  return (
    <div role="status" aria-label="Loading the request…" className="space-y-6">
      <div className="h-8 w-72 animate-pulse rounded bg-zinc-200" />
      <div className="space-y-3 rounded-lg bg-white p-5 ring-1 ring-zinc-200">
        {Array.from({ length: 10 }, (_, i) => (
          <div key={i} className="grid grid-cols-3 gap-3">
            <div className="h-3.5 animate-pulse rounded bg-zinc-200" />
            <div className="col-span-2 h-3.5 animate-pulse rounded bg-zinc-100" />
          </div>
        ))}
      </div>
    </div>
  );
}

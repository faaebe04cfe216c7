/** Pretty-prints JSON (or shows text as it is) with a note when the stored value was cut short. */
export function prettyJson(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value !== "string") return JSON.stringify(value, null, 2);
  try {
    return JSON.stringify(JSON.parse(value), null, 2);
  } catch {
    return value;
  }
}

export function JsonBlock({ title, value, truncated, empty = "Nothing was recorded." }: { title: string; value: unknown; truncated?: boolean; empty?: string }) {
  const text = prettyJson(value);
  const id = `block-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="rounded-lg bg-white shadow-xs ring-1 ring-zinc-200">
      <header className="flex items-center justify-between gap-3 border-b border-zinc-100 px-4 py-2.5">
        <h2 id={id} className="text-sm font-semibold text-zinc-900">{title}</h2>
        {truncated && text ? <span className="text-xs font-medium text-amber-700">Truncated: only the beginning was stored</span> : null}
      </header>
      {text ? (
        <pre className="max-h-96 overflow-auto whitespace-pre-wrap break-all px-4 py-3 font-mono text-xs text-zinc-800">{text}</pre>
      ) : (
        <p className="px-4 py-3 text-sm text-zinc-500">{empty}</p>
      )}
    </section>
  );
}

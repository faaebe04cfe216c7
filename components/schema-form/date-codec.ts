/** `2024-05-01T09:30:00Z` → `2024-05-01T09:30` for <input type="datetime-local">, read as UTC. */
export function isoToLocalInput(value: unknown): string {
  if (typeof value !== "string" || value === "") return "";
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return "";
  return d.toISOString().slice(0, 16);
}

/** The datetime-local value is taken as UTC, so the stored string is ISO 8601 with `Z`. */
export function localInputToIso(value: string): string | undefined {
  if (!value) return undefined;
  const withSeconds = value.length === 16 ? `${value}:00` : value;
  const d = new Date(`${withSeconds}Z`);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().replace(".000Z", "Z");
}

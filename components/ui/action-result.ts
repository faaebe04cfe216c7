import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { toast } from "sonner";

export type ClientActionResult<T = unknown> =
  | { ok: true; data: T }
  | { ok: false; code?: string; error: string; fieldErrors?: { path: string; message: string }[] };

/** Puts a server action's field errors next to their fields; anything else becomes a toast. */
export function applyActionErrors<F extends FieldValues>(result: ClientActionResult, setError: UseFormSetError<F>, fields: readonly string[]) {
  if (result.ok) return;
  let placed = false;
  for (const issue of result.fieldErrors ?? []) {
    if (fields.includes(issue.path)) {
      setError(issue.path as Path<F>, { type: "server", message: issue.message });
      placed = true;
    }
  }
  if (!placed) toast.error(result.error);
}

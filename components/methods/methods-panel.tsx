"use client";

import { useId, useState } from "react";
import { SchemaForm, type SchemaFormResult } from "@/components/schema-form";
import { MethodResult } from "./method-result";
import type { ExecuteMethodHandler, MethodOption, MethodRun } from "./types";

export type MethodsPanelProps = {
  instanceId: string;
  methods: MethodOption[];
  canRun: boolean;
  onExecute: ExecuteMethodHandler;
};

type LastRun = { method: string; run: MethodRun } | { method: string; failure: string };

/** `parameters.email` → `email`: the server reports parameter paths from the request's root. */
function fieldErrorsOf(run: MethodRun): { path: string; message: string }[] {
  const issues = run.error?.code === "VALIDATION_ERROR" ? run.error.details?.issues : undefined;
  if (!Array.isArray(issues)) return [];
  return issues
    .filter((i): i is { path: string; message: string } => typeof i?.path === "string" && typeof i?.message === "string")
    .map((i) => ({ path: i.path.replace(/^parameters\.?/, ""), message: i.message }))
    .filter((i) => i.path !== "");
}

/** The Methods tab: pick a method, fill its parameters (a form from its paramSchema), run it, read the result. */
export function MethodsPanel({ instanceId, methods, canRun, onExecute }: MethodsPanelProps) {
  const selectId = useId();
  const [selected, setSelected] = useState(methods[0]?.name ?? "");
  const [pending, setPending] = useState<string | null>(null);
  const [last, setLast] = useState<LastRun | null>(null);
  const current = methods.find((m) => m.name === selected);

  if (methods.length === 0) return <p className="text-sm text-zinc-500">This integration has no methods.</p>;

  async function run(values: Record<string, unknown>): Promise<SchemaFormResult> {
    if (!current) return;
    setPending(current.name);
    try {
      const result = await onExecute({ method: current.name, parameters: values });
      if (!result.ok) {
        setLast({ method: current.name, failure: result.error });
        return;
      }
      setLast({ method: current.name, run: result.data });
      const fieldErrors = fieldErrorsOf(result.data);
      if (fieldErrors.length > 0) return { ok: false, fieldErrors };
    } catch {
      setLast({ method: current.name, failure: "The hub could not be reached. Check your connection and try again." });
    } finally {
      setPending(null);
    }
  }

  return (
    <div className="space-y-5" data-instance-id={instanceId}>
      <div>
        <label htmlFor={selectId} className="block text-sm font-medium text-zinc-800">
          Method
        </label>
        <select
          id={selectId}
          value={selected}
          aria-describedby={current?.description ? `${selectId}-description` : undefined}
          onChange={(event) => {
            setSelected(event.target.value);
            setLast(null);
          }}
          className="mt-1 block w-full max-w-md rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm shadow-xs focus:border-indigo-500 focus:outline-none focus:ring-1 focus:ring-indigo-500"
        >
          {methods.map((m) => (
            <option key={m.name} value={m.name}>
              {m.name}
            </option>
          ))}
        </select>
        {current?.description ? (
          <p id={`${selectId}-description`} className="mt-1 text-sm text-zinc-500">
            {current.description}
          </p>
        ) : null}
      </div>

      {!canRun ? (
        <p className="rounded-md bg-zinc-50 p-3 text-sm text-zinc-600 ring-1 ring-zinc-200">
          Your role can look at the methods but not run them. Ask an operator or an admin.
        </p>
      ) : null}

      {current ? (
        <SchemaForm
          key={current.name}
          schema={current.paramSchema}
          submitLabel={`Run ${current.name}`}
          pendingLabel={`Running ${current.name}…`}
          disabled={!canRun || pending !== null}
          idPrefix={`method-${current.name}`}
          onSubmit={run}
        />
      ) : null}

      <div aria-live="polite" className="space-y-3">
        {pending ? <p className="text-sm text-zinc-600">Running {pending}… every attempt is written to the request log.</p> : null}
        {!pending && last && "run" in last ? <MethodResult method={last.method} run={last.run} /> : null}
        {!pending && last && "failure" in last ? (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
            {last.failure}
          </p>
        ) : null}
      </div>
    </div>
  );
}

"use client";

import type { ReactNode } from "react";
import type { FormNode } from "@/lib/definitions/config-schema/form-model";

interface FieldShellProps {
  node: FormNode;
  id: string;
  error?: string;
  extraHelp?: string;
  badge?: ReactNode;
  /** Checkboxes put the label after the input. */
  inline?: boolean;
  children: ReactNode;
}

export function describedBy(id: string, node: FormNode, error?: string, extraHelp?: string): string | undefined {
  const ids = [node.description || extraHelp ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function FieldLabel({ node, htmlFor, badge }: { node: FormNode; htmlFor?: string; badge?: ReactNode }) {
  return (
    <span className="flex items-center gap-2 text-sm font-medium text-zinc-800">
      <label htmlFor={htmlFor}>
        {node.title}
        {node.required && (
          <span className="ml-0.5 text-red-600" aria-hidden="true">
            *
          </span>
        )}
        {node.required && <span className="sr-only"> (required)</span>}
      </label>
      {badge}
    </span>
  );
}

export function FieldShell({ node, id, error, extraHelp, badge, inline, children }: FieldShellProps) {
  const help = [node.description, extraHelp].filter(Boolean).join(" ");
  return (
    <div className="space-y-1.5">
      {inline ? (
        <div className="flex items-center gap-2">
          {children}
          <FieldLabel node={node} htmlFor={id} badge={badge} />
        </div>
      ) : (
        <>
          <FieldLabel node={node} htmlFor={id} badge={badge} />
          {children}
        </>
      )}
      {help && (
        <p id={`${id}-help`} className="text-xs text-zinc-500">
          {help}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-xs font-medium text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}

"use client";

import Link from "next/link";
import { useTransition } from "react";
import { toast } from "sonner";
import { Download, Plus, Trash2 } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClasses } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ClientActionResult } from "@/components/ui/action-result";
import type { DefinitionSummaryView } from "@/lib/definitions/queries";
import { authTypeLabel } from "./auth-type-label";
import { DefinitionIcon } from "./definition-icon";

type Props = {
  definitions: DefinitionSummaryView[];
  canAdd: boolean;
  canDelete: boolean;
  onExport: (input: { id: string }) => Promise<ClientActionResult<{ filename: string; text: string }>>;
  onDelete: (input: { id: string }) => Promise<ClientActionResult>;
};

function download(filename: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}

const SOURCE_LABELS: Record<DefinitionSummaryView["source"], string> = { builtin: "Built in", import: "Imported", code: "Code" };

/** The catalog: one card per installed definition. */
export function CatalogGrid({ definitions, canAdd, canDelete, onExport, onDelete }: Props) {
  const [pending, startTransition] = useTransition();
  if (definitions.length === 0) {
    return <p className="rounded-lg bg-white px-5 py-6 text-sm text-zinc-500 ring-1 ring-zinc-200">No definitions installed. Import one to get started.</p>;
  }
  return (
    <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {definitions.map((def) => (
        <li key={def.id} className="flex flex-col rounded-lg bg-white p-4 shadow-xs ring-1 ring-zinc-200" aria-label={def.name}>
          <div className="flex items-start gap-3">
            <DefinitionIcon icon={def.icon ?? (def.type === "webhook" ? "webhook" : "plug")} />
            <div className="min-w-0">
              <h3 className="font-semibold text-zinc-900">{def.name}</h3>
              <p className="text-xs text-zinc-500">
                v{def.version} · {authTypeLabel(def.authType)} · {SOURCE_LABELS[def.source]}
              </p>
            </div>
          </div>
          <p className="mt-3 flex-1 text-sm text-zinc-600">{def.description || "No description."}</p>
          <div className="mt-3 flex flex-wrap items-center gap-2">
            {def.instanceCount > 0 ? <Badge tone="indigo">{def.instanceCount} in use</Badge> : null}
            <span className="ml-auto flex gap-1">
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Export ${def.name}`}
                disabled={pending}
                onClick={() =>
                  startTransition(async () => {
                    const result = await onExport({ id: def.id });
                    if (result.ok) download(result.data.filename, result.data.text);
                    else toast.error(result.error);
                  })
                }
              >
                <Download className="size-4" aria-hidden /> Export
              </Button>
              {canDelete && def.instanceCount === 0 ? (
                <ConfirmDialog
                  title={`Delete "${def.name}"?`}
                  description={def.source === "builtin" ? "It is removed from this workspace's catalog. Built-in definitions come back the next time an operator opens this page." : "It is removed from this workspace's catalog. Export it first if you may need it again."}
                  confirmLabel="Delete definition"
                  onConfirm={() =>
                    startTransition(async () => {
                      const result = await onDelete({ id: def.id });
                      if (result.ok) toast.success(`"${def.name}" deleted`);
                      else toast.error(result.error);
                    })
                  }
                  trigger={<Button variant="ghost" size="sm" aria-label={`Delete ${def.name}`}><Trash2 className="size-4" aria-hidden /> Delete</Button>}
                />
              ) : null}
              {canAdd ? (
                <Link href={`/integrations/new?definition=${encodeURIComponent(def.id)}`} className={buttonClasses("primary", "sm")} aria-label={`Add ${def.name}`}>
                  <Plus className="size-4" aria-hidden /> Add
                </Link>
              ) : null}
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}

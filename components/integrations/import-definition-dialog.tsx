"use client";

import { useState } from "react";
import { toast } from "sonner";
import { Upload } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input, Textarea } from "@/components/ui/field";
import type { ClientActionResult } from "@/components/ui/action-result";

type ImportResult = { name: string; version: string; outcome: "created" | "upgraded"; previousVersion: string | null };
type Issue = { path: string; message: string };

/** Upload or paste a definition (JSON, or seed 001 text with backtick strings). */
export function ImportDefinitionDialog({ onImport }: { onImport: (input: { text: string; force: boolean }) => Promise<ClientActionResult<ImportResult>> }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [force, setForce] = useState(false);
  const [refused, setRefused] = useState(false);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setText("");
    setForce(false);
    setRefused(false);
    setIssues([]);
    setError(null);
  };

  async function readFile(file: File | undefined) {
    if (!file) return;
    setText(await file.text());
    setIssues([]);
    setError(null);
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await onImport({ text, force });
    setBusy(false);
    if (result.ok) {
      const { name, version, outcome, previousVersion } = result.data;
      toast.success(outcome === "upgraded" ? `${name} upgraded from ${previousVersion} to ${version}` : `${name} ${version} imported`);
      setOpen(false);
      reset();
      return;
    }
    setError(result.error);
    setIssues((result.fieldErrors ?? []).filter((i) => i.path !== "text" || i.message !== result.error));
    if (result.code === "CONFLICT" && result.fieldErrors?.some((i) => i.path === "version")) setRefused(true);
  }

  return (
    <>
      <Button variant="secondary" onClick={() => { reset(); setOpen(true); }}>
        <Upload className="size-4" aria-hidden /> Import definition
      </Button>
      <Dialog open={open} onOpenChange={setOpen} wide title="Import a definition" description="A JSON definition in the format of docs/definition-format.md. A higher version of an installed definition upgrades it and keeps its instances.">
        <form noValidate onSubmit={submit} className="space-y-4">
          <Field id="definition-file" label="File">
            <Input id="definition-file" type="file" accept=".json,.txt,application/json,text/plain" onChange={(e) => readFile(e.currentTarget.files?.[0])} className="h-auto py-1.5" />
          </Field>
          <Field id="definition-text" label="Definition" help="Or paste the definition here." error={issues.length === 0 && error ? error : undefined}>
            <Textarea
              id="definition-text"
              rows={14}
              value={text}
              spellCheck={false}
              onChange={(e) => setText(e.currentTarget.value)}
              aria-invalid={issues.length > 0 || !!error}
              aria-describedby={issues.length > 0 ? "definition-issues" : "definition-text-help"}
            />
          </Field>
          {issues.length > 0 ? (
            <div id="definition-issues" role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
              <p className="font-medium">{error}</p>
              <ul className="mt-1 space-y-0.5">
                {issues.map((issue, i) => (
                  <li key={`${issue.path}-${i}`}>
                    <code className="font-mono text-xs">{issue.path || "(definition)"}</code>: {issue.message}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {refused ? (
            <label className="flex items-center gap-2 text-sm text-zinc-800">
              <input type="checkbox" checked={force} onChange={(e) => setForce(e.currentTarget.checked)} className="size-4 rounded border-zinc-300" />
              Replace the installed version anyway (force)
            </label>
          ) : null}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>Cancel</Button>
            <Button type="submit" disabled={busy || text.trim() === ""}>{busy ? "Importing…" : "Import"}</Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}

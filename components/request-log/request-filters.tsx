"use client";

import { useId, useState, type ChangeEvent } from "react";
import { Search, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { useDebouncedCallback, useUrlState } from "@/components/data-table/use-url-state";

const STATUSES = ["Queued", "Authorized", "Completed", "Failed", "Cancelled"] as const;
const FILTER_KEYS = ["q", "service", "status", "instanceId", "method", "referenceDoctype", "referenceDocname", "from", "to", "runId", "executionId"];

type TextKey = "q" | "referenceDoctype" | "referenceDocname";

/** "2026-11-25T14:20:00.000Z" ⇄ the value of <input type="datetime-local"> read as UTC. */
function isoToInput(iso: string | null): string {
  if (!iso) return "";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "" : date.toISOString().slice(0, 16);
}
function inputToIso(value: string): string | null {
  if (!value) return null;
  const date = new Date(`${value}:00Z`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/**
 * Typed text follows the URL: when the URL changes from outside (Clear filters, back button) the box
 * shows the URL's value; when the URL catches up with what was typed, what is being typed is kept.
 */
function useSyncedText(urlValue: string) {
  const [text, setText] = useState(urlValue);
  const [seen, setSeen] = useState(urlValue);
  const [pushed, setPushed] = useState<string | null>(null);
  if (urlValue !== seen) {
    setSeen(urlValue);
    if (urlValue !== pushed) setText(urlValue);
  }
  return { text, setText, setPushed };
}

export function RequestFilters(props: {
  services: string[];
  methods: string[];
  instances: { id: string; name: string }[];
}) {
  const { searchParams, setParams, clear, isPending } = useUrlState();
  const get = (key: string) => searchParams.get(key) ?? "";

  const q = useSyncedText(get("q"));
  const doctype = useSyncedText(get("referenceDoctype"));
  const docname = useSyncedText(get("referenceDocname"));
  const texts: Record<TextKey, ReturnType<typeof useSyncedText>> = { q, referenceDoctype: doctype, referenceDocname: docname };

  const pushText = useDebouncedCallback((key: TextKey, value: string) => {
    texts[key].setPushed(value.trim());
    setParams({ [key]: value.trim() });
  }, 300);
  const onText = (key: TextKey) => (event: ChangeEvent<HTMLInputElement>) => {
    texts[key].setText(event.target.value);
    pushText(key, event.target.value);
  };
  const onSelect = (key: string) => (event: ChangeEvent<HTMLSelectElement>) => setParams({ [key]: event.target.value });
  const onDate = (key: "from" | "to") => (event: ChangeEvent<HTMLInputElement>) => setParams({ [key]: inputToIso(event.target.value) });

  const active = FILTER_KEYS.some((key) => searchParams.has(key));
  const service = get("service");
  const method = get("method");
  const instanceId = get("instanceId");

  return (
    <form role="search" aria-label="Filter requests" className="mb-4 space-y-3 rounded-lg bg-white p-4 shadow-xs ring-1 ring-zinc-200" onSubmit={(e) => e.preventDefault()}>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="relative sm:col-span-2 sm:self-end">
          <Search className="pointer-events-none absolute left-2.5 top-2.5 size-4 text-zinc-400" aria-hidden />
          <Input type="search" placeholder="Search URL, description, error or request id" className="pl-8" value={q.text} onChange={onText("q")} aria-label="Search requests" />
        </div>
        <FilterSelect label="Service" value={service} onChange={onSelect("service")} options={withCurrent(props.services, service)} all="All services" />
        <FilterSelect label="Status" value={get("status")} onChange={onSelect("status")} options={[...STATUSES]} all="Any status" />
        <FilterSelect
          label="Integration"
          value={instanceId}
          onChange={onSelect("instanceId")}
          options={props.instances.map((i) => ({ value: i.id, label: i.name })).concat(instanceId && !props.instances.some((i) => i.id === instanceId) ? [{ value: instanceId, label: instanceId }] : [])}
          all="All integrations"
        />
        <FilterSelect label="Method" value={method} onChange={onSelect("method")} options={withCurrent(props.methods, method)} all="Any method" />
        <LabelledInput label="Reference type" placeholder="e.g. Sales Invoice" value={doctype.text} onChange={onText("referenceDoctype")} />
        <LabelledInput label="Reference name" placeholder="e.g. SINV-001" value={docname.text} onChange={onText("referenceDocname")} />
        <LabelledInput label="From (UTC)" type="datetime-local" value={isoToInput(searchParams.get("from"))} onChange={onDate("from")} />
        <LabelledInput label="To (UTC)" type="datetime-local" value={isoToInput(searchParams.get("to"))} onChange={onDate("to")} />
      </div>
      <div className="flex items-center justify-between gap-3 text-xs text-zinc-500">
        <span aria-live="polite">{isPending ? "Loading…" : ""}</span>
        {active ? (
          <Button variant="ghost" size="sm" onClick={() => clear()}>
            <X className="size-4" aria-hidden /> Reset filters
          </Button>
        ) : null}
      </div>
    </form>
  );
}

function withCurrent(values: string[], current: string) {
  return current && !values.includes(current) ? [...values, current] : values;
}

function FilterSelect(props: { label: string; value: string; all: string; options: (string | { value: string; label: string })[]; onChange: (e: ChangeEvent<HTMLSelectElement>) => void }) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-zinc-600">{props.label}</label>
      <Select id={id} value={props.value} onChange={props.onChange}>
        <option value="">{props.all}</option>
        {props.options.map((option) => {
          const { value, label } = typeof option === "string" ? { value: option, label: option } : option;
          return <option key={value} value={value}>{label}</option>;
        })}
      </Select>
    </div>
  );
}

function LabelledInput(props: { label: string; value: string; type?: string; placeholder?: string; onChange: (e: ChangeEvent<HTMLInputElement>) => void }) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-zinc-600">{props.label}</label>
      <Input id={id} type={props.type ?? "text"} value={props.value} placeholder={props.placeholder} onChange={props.onChange} />
    </div>
  );
}

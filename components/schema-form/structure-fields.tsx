"use client";

import { useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { selectBranch } from "@/lib/definitions/config-schema/branch";
import { initialValue, switchBranchValue } from "@/lib/definitions/config-schema/form-defaults";
import type { ArrayNode, ChoiceNode, ObjectNode } from "@/lib/definitions/config-schema/form-model";
import type { PathSegment } from "@/lib/definitions/config-schema/types";
import { SchemaField } from "./schema-field";
import { fieldId, fieldName, useSchemaFormContext } from "./form-context";
import { buttonClass, inputClass } from "./styles";

function FieldError({ name, id }: { name: string; id: string }) {
  const { getFieldState, formState } = useFormContext();
  const message = getFieldState(name, formState).error?.message;
  return message ? <p id={`${id}-error`} className="text-xs font-medium text-red-600">{message}</p> : null;
}

export function ObjectField({ node, segments, bare }: { node: ObjectNode; segments: PathSegment[]; bare?: boolean }) {
  const ctx = useSchemaFormContext();
  const id = fieldId(ctx.idPrefix, segments);
  const body = node.groups.map((group, i) => {
    const fields = group.fields.filter((f) => !f.hidden);
    if (fields.length === 0 && !group.title) return null;
    const content = fields.map((f) => <SchemaField key={f.key} node={f} segments={[...segments, f.key as string]} />);
    return group.title ? (
      <fieldset key={i} className="space-y-4 rounded-md border border-zinc-200 p-4">
        <legend className="px-1 text-sm font-semibold text-zinc-900">{group.title}</legend>
        {group.description && <p className="text-xs text-zinc-500">{group.description}</p>}
        {content}
      </fieldset>
    ) : (
      <div key={i} className="space-y-4">{content}</div>
    );
  });
  if (bare || segments.length === 0) return <div className="space-y-5">{body}<FieldError name={fieldName(segments)} id={id} /></div>;
  return (
    <fieldset className="space-y-4 rounded-md border border-zinc-200 p-4" aria-describedby={node.description ? `${id}-help` : undefined}>
      <legend className="px-1 text-sm font-semibold text-zinc-900">
        {node.title}
        {node.required && <span className="ml-0.5 text-red-600" aria-hidden="true">*</span>}
      </legend>
      {node.description && <p id={`${id}-help`} className="text-xs text-zinc-500">{node.description}</p>}
      {body}
      <FieldError name={fieldName(segments)} id={id} />
    </fieldset>
  );
}

export function ArrayField({ node, segments }: { node: ArrayNode; segments: PathSegment[] }) {
  const ctx = useSchemaFormContext();
  const { setValue, getValues } = useFormContext();
  const name = fieldName(segments);
  const id = fieldId(ctx.idPrefix, segments);
  const watched: unknown = useWatch({ name });
  const items: unknown[] = Array.isArray(watched) ? watched : [];
  // Stable keys that move with their items, so local state (JSON editors, choices) follows.
  const [keys, setKeys] = useState<number[]>(() => items.map((_, i) => i));
  const [nextKey, setNextKey] = useState(items.length);
  const keyList = keys.length === items.length ? keys : items.map((_, i) => keys[i] ?? nextKey + i);
  const disabled = ctx.disabled || node.readOnly;
  const update = (next: unknown[], nextKeys: number[]) => {
    setValue(name, next, { shouldDirty: true });
    setKeys(nextKeys);
  };
  const current = () => {
    const v: unknown = getValues(name);
    return Array.isArray(v) ? [...v] : [];
  };
  const move = (from: number, to: number) => {
    const list = current();
    const k = [...keyList];
    [list[from], list[to]] = [list[to], list[from]];
    [k[from], k[to]] = [k[to], k[from]];
    update(list, k);
  };
  const itemLabel = node.item.title || "item";
  return (
    <fieldset className="space-y-3 rounded-md border border-zinc-200 p-4" aria-describedby={node.description ? `${id}-help` : undefined}>
      <legend className="px-1 text-sm font-semibold text-zinc-900">
        {node.title}
        {node.required && <span className="ml-0.5 text-red-600" aria-hidden="true">*</span>}
      </legend>
      {node.description && <p id={`${id}-help`} className="text-xs text-zinc-500">{node.description}</p>}
      {items.length === 0 && <p className="text-xs text-zinc-500">No items yet.</p>}
      <ol className="space-y-3">
        {items.map((_, i) => (
          <li key={keyList[i]} className="flex items-start gap-2">
            <div className="min-w-0 flex-1">
              <SchemaField node={{ ...node.item, title: `${node.title} ${i + 1}` }} segments={[...segments, i]} />
            </div>
            <div className="flex shrink-0 gap-1 pt-6">
              <button type="button" className={buttonClass} disabled={disabled || i === 0} onClick={() => move(i, i - 1)} aria-label={`Move ${node.title} ${i + 1} up`}>↑</button>
              <button type="button" className={buttonClass} disabled={disabled || i === items.length - 1} onClick={() => move(i, i + 1)} aria-label={`Move ${node.title} ${i + 1} down`}>↓</button>
              <button
                type="button"
                className={buttonClass}
                disabled={disabled || (node.minItems !== undefined && items.length <= node.minItems)}
                onClick={() => update(current().filter((__, j) => j !== i), keyList.filter((__, j) => j !== i))}
                aria-label={`Remove ${node.title} ${i + 1}`}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className={buttonClass}
        disabled={disabled || (node.maxItems !== undefined && items.length >= node.maxItems)}
        onClick={() => {
          update([...current(), initialValue(node.item)], [...keyList, nextKey]);
          setNextKey(nextKey + 1);
        }}
      >
        Add {itemLabel === node.title ? "item" : itemLabel.toLowerCase() || "item"}
        <span className="sr-only"> to {node.title}</span>
      </button>
      <FieldError name={name} id={id} />
    </fieldset>
  );
}

export function ChoiceField({ node, segments }: { node: ChoiceNode; segments: PathSegment[] }) {
  const ctx = useSchemaFormContext();
  const { setValue, getValues } = useFormContext();
  const name = fieldName(segments);
  const id = fieldId(ctx.idPrefix, segments);
  const [branch, setBranch] = useState(() => {
    const value: unknown = getValues(name);
    const schemas = node.branches.map((b) => b.node.schema);
    return selectBranch({}, schemas, value);
  });
  const chosen = node.branches[branch] ?? node.branches[0];
  return (
    <fieldset className="space-y-4 rounded-md border border-zinc-200 p-4">
      <legend className="px-1 text-sm font-semibold text-zinc-900">
        {node.title}
        {node.required && <span className="ml-0.5 text-red-600" aria-hidden="true">*</span>}
      </legend>
      {node.description && <p id={`${id}-help`} className="text-xs text-zinc-500">{node.description}</p>}
      <div className="space-y-1.5">
        <label htmlFor={`${id}-choice`} className="text-sm font-medium text-zinc-800">{node.title}: method</label>
        <select
          id={`${id}-choice`}
          className={inputClass}
          value={String(branch)}
          disabled={ctx.disabled || node.readOnly}
          onChange={(e) => {
            const next = Number(e.target.value);
            setValue(name, switchBranchValue(node, next, getValues(name)), { shouldDirty: true });
            setBranch(next);
          }}
        >
          {node.branches.map((b, i) => (
            <option key={i} value={String(i)}>{b.title}</option>
          ))}
        </select>
        {chosen?.description && <p className="text-xs text-zinc-500">{chosen.description}</p>}
      </div>
      {chosen && <ObjectField key={branch} node={chosen.node} segments={segments} bare />}
    </fieldset>
  );
}

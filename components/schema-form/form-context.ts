"use client";

import { createContext, useContext } from "react";
import type { PathSegment } from "@/lib/definitions/config-schema/types";

export const ROOT_NAME = "value";

export interface SchemaFormContext {
  idPrefix: string;
  secretStatus: Record<string, boolean>;
  disabled: boolean;
  /** JSON editors whose text does not parse; the resolver turns these into field errors. */
  jsonErrors: Map<string, string>;
}

export const FormCtx = createContext<SchemaFormContext>({ idPrefix: "sf", secretStatus: {}, disabled: false, jsonErrors: new Map() });

export const useSchemaFormContext = () => useContext(FormCtx);

/** react-hook-form name for a path: `value.headers.2.name`. */
export function fieldName(segments: readonly PathSegment[]): string {
  return [ROOT_NAME, ...segments.map(String)].join(".");
}

export function fieldId(idPrefix: string, segments: readonly PathSegment[]): string {
  return `${idPrefix}-${[ROOT_NAME, ...segments.map(String)].join("-").replace(/[^\w-]/g, "_")}`;
}

"use client";
// What nested inputs need from the form: the whole config schema (for cross-field rules) and an id
// prefix, so two forms on one page never share element ids.
import { createContext, useContext, type ReactNode } from "react";
import type { JsonSchema } from "@/lib/bricks/json-schema";

/** `after`: content the page shows right under a top-level field, by field name. */
export type BrickFormContextValue = { schema: JsonSchema; idPrefix: string; after?: Record<string, ReactNode> };

export const BrickFormContext = createContext<BrickFormContextValue>({ schema: { type: "object" }, idPrefix: "bf" });

export function useBrickForm(): BrickFormContextValue {
  return useContext(BrickFormContext);
}

/** "payees.0.share" → a valid, unique element id. */
export function fieldId(prefix: string, name: string): string {
  return `${prefix}-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

"use client";
// The latest static-check problems of the draft, for every section to show the ones that belong
// to its fields.
import { createContext, useContext } from "react";
import type { DraftProblem } from "@/lib/publishing/check-draft";

export const ProblemsContext = createContext<DraftProblem[]>([]);

export function useProblems(field: string): DraftProblem[] {
  return useContext(ProblemsContext).filter((p) => p.field === field);
}

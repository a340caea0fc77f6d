"use client";
// Runs the server's checks on the function draft while the auditor edits (debounced) and keeps the
// latest answer; an older answer arriving late is ignored. The report is not part of the check.
import { useEffect, useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import type { FunctionDraftCheck } from "@/lib/publishing/check-function-draft";
import type { TCheckFunctionDraft, TPublishFunctionDraft } from "@/lib/publishing/function-draft";
import { checkFunctionDraftAction } from "../../new-function/actions";
import { useDebounced } from "../use-debounced";

export type FunctionCheckState = {
  status: "idle" | "checking" | "done" | "failed";
  result: FunctionDraftCheck | null;
  message?: string;
};

type Answer = { key: string; status: "done" | "failed"; result: FunctionDraftCheck | null; message?: string };

export function useFunctionDraftCheck(): FunctionCheckState {
  const values = useWatch<TPublishFunctionDraft>() as TPublishFunctionDraft;
  const { report: _report, ...manifestParts } = values;
  void _report;
  const key = useDebounced(JSON.stringify(manifestParts), 700);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const latest = useRef(key);
  const draft = JSON.parse(key) as TCheckFunctionDraft;
  const wanted = Boolean(draft.sourceText || draft.slug);

  useEffect(() => {
    latest.current = key;
    const d = JSON.parse(key) as TCheckFunctionDraft;
    if (!d.sourceText && !d.slug) return;
    checkFunctionDraftAction(d).then(
      (r) =>
        latest.current === key &&
        setAnswer(
          r.ok ? { key, status: "done", result: r.data } : { key, status: "failed", result: null, message: r.message },
        ),
      () =>
        latest.current === key &&
        setAnswer({
          key,
          status: "failed",
          result: null,
          message: "The checks could not run. Are you still signed in?",
        }),
    );
  }, [key]);

  if (!wanted) return { status: "idle", result: null };
  if (!answer) return { status: "checking", result: null };
  return { status: answer.key === key ? answer.status : "checking", result: answer.result, message: answer.message };
}

"use client";
// Runs the server's static checks on a publish draft while the auditor edits (debounced), and keeps the
// latest answer; an older answer arriving late is ignored. One hook for every bundle kind: the caller
// gives the kind's check action and the field holding the uploaded file's text. The report is not part
// of the check.
import { useEffect, useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/action-result";
import type { DraftCheck } from "@/lib/publishing/check-draft";
import { useDebounced } from "./use-debounced";

export type CheckState<R = DraftCheck> = {
  status: "idle" | "checking" | "done" | "failed";
  result: R | null;
  message?: string;
};

type Answer<R> = { key: string; status: "done" | "failed"; result: R | null; message?: string };
type Draft = Record<string, unknown> & { slug?: unknown };

export function useDraftCheck<D, R>(opts: {
  /** The kind's live-check server action. */
  check: (draft: D) => Promise<ActionResult<R>>;
  /** The field with the uploaded file's text (bundle or source): the checks start once it or the slug is there. */
  uploadField: string;
}): CheckState<R> {
  const { check, uploadField } = opts;
  const values = useWatch() as Draft;
  const { report: _report, ...manifestParts } = values;
  void _report;
  const key = useDebounced(JSON.stringify(manifestParts), 700);
  const [answer, setAnswer] = useState<Answer<R> | null>(null);
  const latest = useRef(key);
  const draft = JSON.parse(key) as Draft;
  const wanted = Boolean(draft[uploadField] || draft.slug);

  useEffect(() => {
    latest.current = key;
    const d = JSON.parse(key) as Draft;
    if (!d[uploadField] && !d.slug) return;
    check(d as D).then(
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
  }, [key, check, uploadField]);

  if (!wanted) return { status: "idle", result: null };
  if (!answer) return { status: "checking", result: null };
  // While a newer check runs, the previous answer stays on screen.
  return { status: answer.key === key ? answer.status : "checking", result: answer.result, message: answer.message };
}

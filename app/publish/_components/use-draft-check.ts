"use client";
// Runs the server's static checks on the draft while the auditor edits (debounced), and keeps the
// latest answer; an older answer arriving late is ignored.
import { useEffect, useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import type { DraftCheck } from "@/lib/publishing/check-draft";
import type { TCheckDraft, TPublishDraft } from "@/lib/publishing/schemas";
import { checkDraftAction } from "../actions";
import { useDebounced } from "./use-debounced";

export type CheckState = {
  status: "idle" | "checking" | "done" | "failed";
  result: DraftCheck | null;
  message?: string;
};

type Answer = { key: string; status: "done" | "failed"; result: DraftCheck | null; message?: string };

export function useDraftCheck(): CheckState {
  const values = useWatch<TPublishDraft>() as TPublishDraft;
  const { report: _report, ...manifestParts } = values;
  void _report;
  const key = useDebounced(JSON.stringify(manifestParts), 700);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const latest = useRef(key);
  const draft = JSON.parse(key) as TCheckDraft;
  const wanted = Boolean(draft.bundleText || draft.slug);

  useEffect(() => {
    latest.current = key;
    const d = JSON.parse(key) as TCheckDraft;
    if (!d.bundleText && !d.slug) return;
    checkDraftAction(d).then(
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
  // While a newer check runs, the previous answer stays on screen.
  return { status: answer.key === key ? answer.status : "checking", result: answer.result, message: answer.message };
}

"use client";
// A Markdown textarea with a "Preview" tab that renders it exactly as the brick page will:
// GitHub-flavoured and sanitised (no raw HTML, no scripts).
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { Markdown } from "@/app/bricks/[slug]/_components/markdown";
import { TextField } from "./text-field";

export function MarkdownField({
  name,
  label,
  help,
  rows = 10,
}: {
  name: string;
  label: string;
  help?: string;
  rows?: number;
}) {
  const [tab, setTab] = useState<"write" | "preview">("write");
  const source = useWatch({ name }) as string | undefined;
  const tabClass = (t: string) =>
    `rounded-t-md px-3 py-1 text-xs font-medium ${tab === t ? "bg-stone-100 text-stone-900" : "text-stone-500 hover:text-brand-600"}`;
  return (
    <div className="space-y-1">
      <div
        role="tablist"
        aria-label={`${label.replace(/ \(Markdown\)$/, "")}: write or preview`}
        className="flex gap-1 border-b border-stone-200"
      >
        <button
          type="button"
          role="tab"
          aria-selected={tab === "write"}
          className={tabClass("write")}
          onClick={() => setTab("write")}
        >
          Write
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === "preview"}
          className={tabClass("preview")}
          onClick={() => setTab("preview")}
        >
          Preview
        </button>
      </div>
      <div hidden={tab !== "write"}>
        <TextField name={name} label={label} help={help} rows={rows} />
      </div>
      {tab === "preview" && (
        <div
          className="min-h-24 rounded-md border border-stone-200 bg-white p-3 text-sm"
          aria-label={`${label} preview`}
        >
          {source?.trim() ? <Markdown source={source} /> : <p className="text-stone-500">Nothing to preview yet.</p>}
        </div>
      )}
    </div>
  );
}

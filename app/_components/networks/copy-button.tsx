"use client";
// Copies a value (address, hash) to the clipboard and says so for a moment.
import { useState } from "react";

export function CopyButton({ value, label = "Copy" }: { value: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="ml-1 inline-flex shrink-0 items-center rounded border border-stone-300 px-1.5 py-0.5 align-middle font-sans text-[11px] text-stone-700 hover:border-brand-500 hover:text-brand-600"
      aria-label={`${label}: ${value}`}
      data-testid="copy-button"
      onClick={() =>
        void navigator.clipboard?.writeText(value).then(
          () => {
            setCopied(true);
            setTimeout(() => setCopied(false), 1500);
          },
          () => setCopied(false),
        )
      }
    >
      {copied ? "Copied" : "Copy"}
    </button>
  );
}

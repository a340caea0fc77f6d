"use client";
// The state of the static checks (the same as `npm run bricks:check`) above the Publish button.
import type { DraftProblem } from "@/lib/publishing/check-draft";
import type { CheckState } from "./use-draft-check";

const SECTION: Record<string, string> = {
  bundleText: "step-bundle",
  configText: "step-config",
  linkText: "step-extras",
  settingsText: "step-extras",
  constructorName: "step-constructor",
};
const anchor = (field: string) =>
  SECTION[field] ?? (field.startsWith("constructorArgs:") ? "step-constructor" : "step-listing");

/** `anchorOf`/`idle`: the function form's sections and first step differ from the contract form's. */
export function ChecksSummary({
  check,
  problems,
  anchorOf = anchor,
  idle = "Upload a bundle to run the checks.",
}: {
  check: Pick<CheckState, "status" | "message"> & { result: unknown };
  problems: DraftProblem[];
  anchorOf?: (field: string) => string;
  idle?: string;
}) {
  if (check.status === "failed")
    return (
      <p role="alert" className="text-sm text-red-700">
        {check.message}
      </p>
    );
  if (check.status === "idle") return <p className="text-sm text-stone-600">{idle}</p>;
  if (check.status === "checking" && !check.result)
    return (
      <p className="text-sm text-stone-600" aria-live="polite">
        Checking…
      </p>
    );
  if (problems.length === 0) {
    return (
      <p role="status" className="text-sm font-medium text-emerald-700">
        ✓ All static checks pass (the same as npm run bricks:check)
        {check.status === "checking" ? " — checking again…" : "."}
      </p>
    );
  }
  return (
    <div role="status" className="space-y-1" data-testid="draft-problems">
      <p className="text-sm font-medium text-red-800">
        {problems.length} problem{problems.length > 1 ? "s" : ""} to fix before publishing:
      </p>
      <ul className="list-disc space-y-0.5 pl-5 text-xs text-red-800">
        {problems.slice(0, 8).map((p, i) => (
          <li key={i}>
            <a href={`#${anchorOf(p.field)}`} className="underline">
              {p.inBundle ? "bundle " : ""}
              {p.jsonPath}
            </a>{" "}
            {p.message}
          </li>
        ))}
        {problems.length > 8 && <li>… and {problems.length - 8} more, shown next to their fields.</li>}
      </ul>
    </div>
  );
}

"use client";
// Choose a newer version (its changelog shown), check it with a dry-run in words, sign with the
// wallet. When the network lacks the new code, the first signature uploads it; once that is in a
// block, the same button checks and signs the upgrade itself. The tracker verifies the code hash.
import { useState } from "react";
import { Button } from "@/app/_components/ui";
import type { TPreparedUpgrade } from "@/lib/deployments/upgrades/prepare-upgrade";
import type { TUpgradeOffer } from "@/lib/deployments/upgrades/list-upgrades";
import { prepareUpgradeAction } from "../actions";
import { usePrepareAndSign } from "./use-prepare-and-sign";

type TProps = { deploymentId: string; candidates: TUpgradeOffer["candidates"]; disabledReason: string | null };

export function UpgradePanel({ deploymentId, candidates, disabledReason }: TProps) {
  const [target, setTarget] = useState(candidates[0].id);
  const step = usePrepareAndSign<TPreparedUpgrade>(deploymentId);
  const { prepared, phase, error, sent } = step;

  const check = () =>
    step.check((idempotencyKey) => prepareUpgradeAction({ deploymentId, targetVersionId: target, idempotencyKey }));

  const sign = () =>
    step.sign((p) =>
      p.step === "upload"
        ? "The code upload is sent. Once it shows “In a block” under “Run so far”, check the upgrade again and sign it."
        : "The upgrade is sent. Brickyard checks the code on chain once it is in a block; the version above changes then.",
    );

  const chosen = candidates.find((c) => c.id === target) ?? candidates[0];
  return (
    <div className="space-y-3" data-testid="upgrade-panel">
      <fieldset className="space-y-2" disabled={disabledReason !== null || phase !== null}>
        <legend className="text-sm font-medium text-stone-700">Newer versions</legend>
        {candidates.map((c) => (
          <label key={c.id} className="flex items-start gap-2 rounded-md border border-stone-200 p-2 text-sm">
            <input
              type="radio"
              name="upgrade-target"
              value={c.id}
              checked={target === c.id}
              onChange={() => {
                setTarget(c.id);
                step.reset();
              }}
              className="mt-1"
            />
            <span className="min-w-0">
              <span className="font-medium">Version {c.version}</span>
              {c.deprecated && <span className="text-amber-800"> · deprecated</span>}
              <span className="block text-stone-600 [overflow-wrap:anywhere]">
                {c.changelog || "No changelog given."}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {disabledReason && <p className="text-xs text-stone-500">{disabledReason}</p>}
      {!prepared && (
        <Button variant="secondary" onClick={check} disabled={disabledReason !== null || phase !== null}>
          Check the upgrade to {chosen.version} (dry-run)
        </Button>
      )}
      {prepared && (
        <div
          className="space-y-2 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm"
          data-testid="upgrade-review"
        >
          <p className="font-medium text-emerald-900">{prepared.summary.title}</p>
          <p className="text-stone-800">{prepared.summary.words}</p>
          <p className="text-stone-700">
            Network fee about {prepared.summary.fee}
            {!prepared.summary.deposit.startsWith("0 ") && ` · storage deposit ${prepared.summary.deposit}`}.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button variant="primary" onClick={sign} disabled={phase !== null}>
              {prepared.step === "upload" ? "Sign the code upload" : "Sign the upgrade"}
            </Button>
            <Button variant="secondary" onClick={step.reset} disabled={phase !== null}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      {sent && (
        <p aria-live="polite" className="text-sm text-emerald-800">
          {sent}
        </p>
      )}
      {phase && (
        <p aria-live="polite" className="text-sm text-stone-700">
          {phase}
        </p>
      )}
      {error && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          {error}
        </p>
      )}
    </div>
  );
}

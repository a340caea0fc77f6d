"use client";
// "Start from a saved preset": the team's named answers for this brick, checked by the server against
// the version this page deploys (what fits fills the form, what no longer fits is named). Deployers
// may delete a preset here too.
import { useState } from "react";
import type { TConfigFromFile } from "@/lib/deployments/configs/read-config-file";
import type { TPresetRow } from "@/lib/deployments/presets/list-presets";
import { deletePresetAction, startFromPresetAction } from "./preset-actions";

type TProps = { brick: string; version: string; presets: TPresetRow[]; onLoad: (loaded: TConfigFromFile) => void };

export function PresetPicker({ brick, version, presets, onLoad }: TProps) {
  const [rows, setRows] = useState(presets);
  const [chosen, setChosen] = useState(presets[0]?.id ?? "");
  const [error, setError] = useState<string | null>(null);
  if (rows.length === 0) return null;
  const current = rows.find((r) => r.id === chosen) ?? rows[0];

  async function load() {
    setError(null);
    const result = await startFromPresetAction({ presetId: current.id, brick, version });
    if (!result.ok) return setError(result.message);
    onLoad(result.data);
  }
  async function remove() {
    setError(null);
    const result = await deletePresetAction({ presetId: current.id });
    if (!result.ok) return setError(result.message);
    const left = rows.filter((r) => r.id !== current.id);
    setRows(left);
    setChosen(left[0]?.id ?? "");
  }
  return (
    <details className="text-sm" data-testid="presets">
      <summary className="cursor-pointer text-brand-600 underline">Start from a saved preset ({rows.length})</summary>
      <div className="mt-2 flex flex-wrap items-end gap-2">
        <label className="min-w-0 flex-1 text-stone-700">
          Preset
          <select
            className="mt-1 block w-full rounded-md border border-stone-300 bg-white p-2"
            value={current.id}
            onChange={(e) => setChosen(e.target.value)}
          >
            {rows.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name} · {r.team} · written for {r.fromVersion}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="rounded-md border border-stone-300 px-3 py-2" onClick={load}>
          Use this preset
        </button>
        {current.canDelete && (
          <button type="button" className="rounded-md px-3 py-2 text-red-800 underline" onClick={remove}>
            Delete
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="mt-1 text-red-700 [overflow-wrap:anywhere]">
          {error}
        </p>
      )}
    </details>
  );
}

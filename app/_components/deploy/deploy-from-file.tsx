"use client";
// "Start from a configuration file": a file that "Export this configuration" downloaded, read in the
// browser, checked by the server against the version this page deploys (what fits fills the form,
// what no longer fits is named), then the usual flow — review, dry-run, the wallet signs.
import { useState } from "react";
import { readConfigFileAction } from "@/app/_components/deploy/actions";
import type { TConfigFromFile } from "@/lib/deployments/configs/read-config-file";
import type { TPresetRow } from "@/lib/deployments/presets/list-presets";
import { DeployFlow, type TDeployFlowProps } from "./deploy-flow";
import { PresetPicker } from "./preset-picker";

type Loaded = {
  again: { name: string; defaults: Record<string, unknown> };
  problems: string[];
  from: string;
  n: number;
};

export function DeployFromFile({ presets = [], ...props }: TDeployFlowProps & { presets?: TPresetRow[] }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const start = (data: TConfigFromFile) =>
    setLoaded({
      again: { name: data.name, defaults: data.defaults },
      problems: data.problems,
      from: data.from,
      n: (loaded?.n ?? 0) + 1,
    });
  const onFile = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setError(null);
    if (!file) return;
    if (file.size > 65_536) return setError("This file is too large to be a configuration (over 64 KB).");
    const result = await readConfigFileAction({
      brick: props.brick.slug,
      version: props.version,
      text: await file.text(),
    });
    if (!result.ok) return setError(result.fields?.file?.[0] ?? result.message);
    start(result.data);
  };
  return (
    <>
      <PresetPicker brick={props.brick.slug} version={props.version} presets={presets} onLoad={start} />
      <details className="text-sm" data-testid="config-file" open={error !== null || undefined}>
        <summary className="cursor-pointer text-brand-600 underline">Start from a configuration file</summary>
        <label className="mt-2 block text-stone-700">
          A file that “Export this configuration (JSON)” downloaded from an instance page
          <input
            type="file"
            accept="application/json,.json"
            onChange={onFile}
            className="mt-1 block w-full text-sm"
            aria-describedby="config-file-error"
          />
        </label>
        <p
          id="config-file-error"
          role={error ? "alert" : undefined}
          className="mt-1 text-red-700 [overflow-wrap:anywhere]"
        >
          {error}
        </p>
      </details>
      {loaded && (
        <div
          role="status"
          className="rounded-md border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900"
          data-testid="config-file-loaded"
        >
          <p>
            Starting from the settings of {loaded.from}, checked against version {props.version}.
          </p>
          {loaded.problems.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {loaded.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <DeployFlow key={loaded?.n ?? 0} {...props} again={loaded?.again ?? props.again} />
    </>
  );
}

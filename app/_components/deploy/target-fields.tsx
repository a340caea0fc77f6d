"use client";
// Where the instance goes and what it is called: its name, the team that will own it, the network
// (only those this version may be deployed to) and the version.
import { useRouter } from "next/navigation";
import { CharCount } from "@/app/_components/brick-form/field-shell";
import { Input, Label, Select } from "@/app/_components/ui";

const NAME_MAX = 60;

export type TTarget = { name: string; teamId: string; network: string };
type Option = { value: string; label: string };

export function TargetFields(props: {
  value: TTarget;
  onChange: (next: TTarget) => void;
  teams: Option[];
  networks: Option[];
  versions: string[];
  version: string;
  slug: string;
  nameError?: string;
}) {
  const router = useRouter();
  const { value, onChange } = props;
  const set = (patch: Partial<TTarget>) => onChange({ ...value, ...patch });
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="space-y-1 sm:col-span-2">
        <Label htmlFor="deploy-name">
          Instance name
          <span aria-hidden className="ml-0.5 text-brand-600">
            *
          </span>
        </Label>
        <Input
          id="deploy-name"
          value={value.name}
          maxLength={NAME_MAX}
          onChange={(e) => set({ name: e.target.value })}
          aria-invalid={props.nameError ? true : undefined}
          aria-describedby="deploy-name-help"
        />
        <CharCount id="deploy-name" length={value.name.length} max={NAME_MAX} />
        <p id="deploy-name-help" className="text-xs text-stone-600">
          How your team will find this instance on its dashboard.
        </p>
        {props.nameError && (
          <p role="alert" className="text-xs text-red-700">
            {props.nameError}
          </p>
        )}
      </div>
      <div className="space-y-1">
        <Label htmlFor="deploy-team">Team</Label>
        <Select id="deploy-team" value={value.teamId} onChange={(e) => set({ teamId: e.target.value })}>
          {props.teams.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </Select>
        <p className="text-xs text-stone-600">The team that will own and see the instance.</p>
      </div>
      <div className="space-y-1">
        <Label htmlFor="deploy-network">Network</Label>
        <Select id="deploy-network" value={value.network} onChange={(e) => set({ network: e.target.value })}>
          {props.networks.map((n) => (
            <option key={n.value} value={n.value}>
              {n.label}
            </option>
          ))}
        </Select>
        <p className="text-xs text-stone-600">
          Only networks this version can be deployed to right now are listed (enabled, reachable, running its contract
          platform).
        </p>
      </div>
      {props.versions.length > 1 && (
        <div className="space-y-1">
          <Label htmlFor="deploy-version">Version</Label>
          <Select
            id="deploy-version"
            value={props.version}
            onChange={(e) => router.push(`/bricks/${props.slug}/deploy?version=${encodeURIComponent(e.target.value)}`)}
          >
            {props.versions.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </Select>
        </div>
      )}
    </div>
  );
}

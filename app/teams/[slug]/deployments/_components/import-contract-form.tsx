"use client";
// "Import a contract" on the team dashboard: folded away until opened; on success the new instance
// page opens; a refusal is shown as the server's sentence under the field it concerns.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, Input, Label, Select } from "@/app/_components/ui";
import { importContractAction } from "../actions";

type Props = { teamId: string; networks: { slug: string; name: string; platform: string }[] };

export function ImportContractForm({ teamId, networks }: Props) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setErrors({});
    const result = await importContractAction({
      teamId,
      network: String(form.get("network")),
      address: String(form.get("address")),
      name: String(form.get("name") ?? "") || undefined,
    });
    if (result.ok) return router.push(`/instances/${result.data.deploymentId}`);
    setBusy(false);
    setErrors({
      address: result.fields?.address?.[0] ?? "",
      network: result.fields?.network?.[0] ?? "",
      form: result.fields?.address || result.fields?.network ? "" : result.message,
    });
  };
  return (
    <details className="text-sm" data-testid="import-contract">
      <summary className="cursor-pointer text-brand-600 underline">Import a contract that already runs</summary>
      <form onSubmit={onSubmit} noValidate aria-label="Import a contract" className="mt-3 grid gap-3 sm:grid-cols-2">
        <p className="text-stone-600 sm:col-span-2">
          Brickyard reads the contract&apos;s code from the chain. If it is the code of a published brick, the contract
          becomes one of your team&apos;s instances. Nothing is written on chain.
        </p>
        <div>
          <Label htmlFor="import-network">Network</Label>
          <Select id="import-network" name="network" aria-describedby="import-network-error">
            {networks.map((n) => (
              <option key={n.slug} value={n.slug}>
                {n.name}
              </option>
            ))}
          </Select>
          <p id="import-network-error" className="text-red-700">
            {errors.network}
          </p>
        </div>
        <div>
          <Label htmlFor="import-name">Name (optional)</Label>
          <Input id="import-name" name="name" maxLength={60} placeholder="e.g. Club credits" />
        </div>
        <div className="sm:col-span-2">
          <Label htmlFor="import-address">Contract address</Label>
          <Input
            id="import-address"
            name="address"
            required
            className="font-mono"
            aria-invalid={!!errors.address}
            aria-describedby="import-address-error"
            placeholder="5… or 0x…"
          />
          <p
            id="import-address-error"
            className="text-red-700 [overflow-wrap:anywhere]"
            role={errors.address ? "alert" : undefined}
          >
            {errors.address}
          </p>
        </div>
        {errors.form && (
          <p role="alert" className="text-red-700 sm:col-span-2">
            {errors.form}
          </p>
        )}
        <div className="sm:col-span-2">
          <Button type="submit" disabled={busy}>
            {busy ? "Reading the chain…" : "Check and import"}
          </Button>
        </div>
      </form>
    </details>
  );
}

"use client";
// "Import a contract" on the team dashboard: folded away until opened; on success the new instance
// page opens; a refusal is shown as the server's sentence under the field it concerns. A contract
// that is not a published brick can be watched with its metadata file (read here as text, checked
// on the server against the code on chain).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, Input, Label, Select } from "@/app/_components/ui";
import { importContractAction } from "../actions";

const ABI_MAX_BYTES = 1024 * 1024;

type Props = { teamId: string; networks: { slug: string; name: string; platform: string }[] };

export function ImportContractForm({ teamId, networks }: Props) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("abi");
    if (file instanceof File && file.size > ABI_MAX_BYTES)
      return setErrors({
        abi: "The metadata file is over 1 MB: choose the .json metadata rather than the .contract file.",
      });
    setBusy(true);
    setErrors({});
    const result = await importContractAction({
      teamId,
      network: String(form.get("network")),
      address: String(form.get("address")),
      name: String(form.get("name") ?? "") || undefined,
      abi: file instanceof File && file.size > 0 ? await file.text() : undefined,
    });
    if (result.ok) return router.push(`/instances/${result.data.deploymentId}`);
    setBusy(false);
    setErrors({
      address: result.fields?.address?.[0] ?? "",
      network: result.fields?.network?.[0] ?? "",
      abi: result.fields?.abi?.[0] ?? "",
      form: result.fields?.address || result.fields?.network || result.fields?.abi ? "" : result.message,
    });
  };
  return (
    <details className="text-sm" data-testid="import-contract">
      <summary className="cursor-pointer text-brand-600 underline">Import a contract that already runs</summary>
      <form onSubmit={onSubmit} noValidate aria-label="Import a contract" className="mt-3 grid gap-3 sm:grid-cols-2">
        <p className="text-stone-600 sm:col-span-2">
          Brickyard reads the contract&apos;s code from the chain. If it is the code of a published brick, the contract
          becomes one of your team&apos;s instances. Otherwise add its metadata file and Brickyard watches it: its
          messages become forms you can use. Nothing is written on chain.
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
        <div className="sm:col-span-2">
          <Label htmlFor="import-abi">Metadata file (only for a contract that is not a published brick)</Label>
          <input
            id="import-abi"
            name="abi"
            type="file"
            accept=".json,.contract,application/json"
            aria-invalid={!!errors.abi}
            aria-describedby="import-abi-help import-abi-error"
            className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-stone-300 file:bg-white file:px-3 file:py-1.5"
          />
          <p id="import-abi-help" className="text-xs text-stone-500">
            The ink! metadata (.json) or .contract file built with the contract. It must describe the same code as the
            contract at this address.
          </p>
          <p
            id="import-abi-error"
            className="text-red-700 [overflow-wrap:anywhere]"
            role={errors.abi ? "alert" : undefined}
          >
            {errors.abi}
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

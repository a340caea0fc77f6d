"use client";
// "Add a network": the RPC URL and a short name, plus the display settings. The server checks the
// chain live before anything is saved, and says in one sentence why when it refuses.
import { useState, useTransition } from "react";
import { addNetworkAction } from "@/app/admin/networks/actions";
import { FormMessage } from "@/app/teams/_components/form-message";
import { Button, Input } from "@/app/_components/ui";
import { SettingsFields, settingsFromForm } from "./settings-fields";

export function AddNetworkForm() {
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{
    error?: string;
    success?: string;
    notes?: string[];
    fields?: Record<string, string[]>;
  }>({});
  const submit = (form: FormData) =>
    start(async () => {
      const r = await addNetworkAction(settingsFromForm(form, true));
      setResult(r.ok ? { success: r.data.message, notes: r.data.notes } : { error: r.message, fields: r.fields });
    });
  const f = result.fields;
  return (
    // onSubmit, not action=: a refused URL must leave what the admin typed in place (React resets a form after its action).
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit(new FormData(e.currentTarget));
      }}
      className="grid gap-4 sm:grid-cols-2"
      aria-label="Add a network"
    >
      <div className="sm:col-span-2">
        <label htmlFor="add-rpcUrl" className="block text-sm font-medium text-stone-800">
          RPC URL
        </label>
        <Input
          id="add-rpcUrl"
          name="rpcUrl"
          required
          placeholder="wss://rpc.example.org"
          className="mt-1 font-mono"
          aria-invalid={Boolean(f?.rpcUrl)}
        />
        <p className="mt-1 text-xs text-stone-500">
          The node’s WebSocket address (ws:// or wss://). Brickyard connects and reads the chain before saving.
        </p>
        {f?.rpcUrl && <p className="mt-1 text-xs text-red-700">{f.rpcUrl[0]}</p>}
      </div>
      <div>
        <label htmlFor="add-slug" className="block text-sm font-medium text-stone-800">
          Short name
        </label>
        <Input
          id="add-slug"
          name="slug"
          required
          placeholder="my-testnet"
          className="mt-1 font-mono"
          aria-invalid={Boolean(f?.slug)}
        />
        <p className="mt-1 text-xs text-stone-500">Lower-case letters, digits, dashes; used in links and manifests.</p>
        {f?.slug && <p className="mt-1 text-xs text-red-700">{f.slug[0]}</p>}
      </div>
      <SettingsFields prefix="add" errors={f} />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Checking the chain…" : "Check and add"}
        </Button>
        <FormMessage error={result.error} success={result.success} />
      </div>
      {result.notes && result.notes.length > 0 && (
        <ul className="list-disc pl-5 text-xs text-amber-800 sm:col-span-2">
          {result.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </form>
  );
}

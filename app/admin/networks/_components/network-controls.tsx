"use client";
// Per-network buttons (check again, disable/enable, confirm a new genesis, delete) and the edit form.
import { useState, useTransition } from "react";
import { editNetworkAction, networkCommandAction } from "@/app/admin/networks/actions";
import { FormMessage } from "@/app/teams/_components/form-message";
import { Button } from "@/app/_components/ui";
import { SettingsFields, settingsFromForm } from "./settings-fields";

type TProps = {
  slug: string;
  name: string;
  enabled: boolean;
  genesisChanged: boolean;
  deployments: number;
  values: Parameters<typeof SettingsFields>[0]["values"];
};

export function NetworkControls(p: TProps) {
  const [pending, start] = useTransition();
  const [msg, setMsg] = useState<{ error?: string; success?: string; fields?: Record<string, string[]> }>({});
  const run = (command: Parameters<typeof networkCommandAction>[1]) =>
    start(async () => {
      const r = await networkCommandAction(p.slug, command);
      setMsg(r.ok ? { success: r.data } : { error: r.message });
    });
  const save = (form: FormData) =>
    start(async () => {
      const r = await editNetworkAction(p.slug, settingsFromForm(form));
      setMsg(r.ok ? { success: "Saved." } : { error: r.message, fields: r.fields });
    });
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" type="button" disabled={pending} onClick={() => run("recheck")}>
          Check again
        </Button>
        {p.genesisChanged && (
          <Button
            type="button"
            disabled={pending}
            onClick={() =>
              confirm(`Accept the new chain at ${p.name}'s URL? Instances on the old chain will not be there.`) &&
              run("confirm")
            }
          >
            Confirm new genesis
          </Button>
        )}
        {p.enabled ? (
          <Button
            variant="danger"
            type="button"
            disabled={pending}
            onClick={() =>
              confirm(`Disable ${p.name}? Nothing new can be deployed there; its instances stay visible.`) &&
              run("disable")
            }
          >
            Disable
          </Button>
        ) : (
          <Button variant="secondary" type="button" disabled={pending} onClick={() => run("enable")}>
            Enable
          </Button>
        )}
        {p.deployments === 0 && (
          <Button
            variant="danger"
            type="button"
            disabled={pending}
            onClick={() => confirm(`Delete ${p.name}? Nothing was deployed there.`) && run("delete")}
          >
            Delete
          </Button>
        )}
      </div>
      <FormMessage error={msg.error} success={msg.success} />
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-600">Edit name, links and flags</summary>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save(new FormData(e.currentTarget));
          }}
          className="mt-3 grid gap-4 sm:grid-cols-2"
          aria-label={`Edit ${p.name}`}
        >
          <SettingsFields prefix={`edit-${p.slug}`} values={p.values} errors={msg.fields} />
          <div className="sm:col-span-2">
            <Button type="submit" disabled={pending}>
              Save
            </Button>
          </div>
        </form>
      </details>
    </div>
  );
}

// The fields an admin sets on a network (shared by "Add" and "Edit"): name, flags, explorer link
// templates and faucet. Plain inputs, so the browser's own form data carries them.
import { Input } from "@/app/_components/ui";

type TValues = {
  name?: string;
  protected?: boolean;
  isDevChain?: boolean;
  explorerAccountUrl?: string | null;
  explorerTxUrl?: string | null;
  explorerBlockUrl?: string | null;
  faucetUrl?: string | null;
};

const Err = ({ id, errors }: { id: string; errors?: Record<string, string[]> }) =>
  errors?.[id] ? (
    <p className="mt-1 text-xs text-red-700" id={`${id}-error`}>
      {errors[id][0]}
    </p>
  ) : null;

export function SettingsFields({
  prefix,
  values = {},
  errors,
}: {
  prefix: string;
  values?: TValues;
  errors?: Record<string, string[]>;
}) {
  const text = (name: keyof TValues, label: string, hint: string, placeholder: string) => (
    <div>
      <label htmlFor={`${prefix}-${name}`} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      <Input
        id={`${prefix}-${name}`}
        name={name}
        defaultValue={(values[name] as string | null | undefined) ?? ""}
        placeholder={placeholder}
        className="mt-1"
        aria-invalid={Boolean(errors?.[name])}
        aria-describedby={`${prefix}-${name}-hint`}
      />
      <p id={`${prefix}-${name}-hint`} className="mt-1 text-xs text-stone-500">
        {hint}
      </p>
      <Err id={name} errors={errors} />
    </div>
  );
  return (
    <>
      {text("name", "Name people see", "E.g. “Pop testnet”.", "My testnet")}
      {text(
        "explorerAccountUrl",
        "Explorer link for accounts (optional)",
        "Must contain {address}.",
        "https://explorer.example/account/{address}",
      )}
      {text(
        "explorerTxUrl",
        "Explorer link for transactions (optional)",
        "Must contain {hash}.",
        "https://explorer.example/extrinsic/{hash}",
      )}
      {text(
        "explorerBlockUrl",
        "Explorer link for blocks (optional)",
        "Must contain {hash}.",
        "https://explorer.example/block/{hash}",
      )}
      {text(
        "faucetUrl",
        "Faucet page (optional)",
        "Where builders get test tokens on this network.",
        "https://faucet.example",
      )}
      <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm sm:col-span-2">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="protected" defaultChecked={values.protected ?? false} /> Protected (only versions
          that name it may deploy)
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="isDevChain" defaultChecked={values.isDevChain ?? false} /> Dev chain (Brickyard
          hands out test tokens)
        </label>
      </div>
    </>
  );
}

/** FormData → the object the services parse (checkboxes become booleans). */
export function settingsFromForm(form: FormData, withTarget = false): Record<string, unknown> {
  const out: Record<string, unknown> = {
    name: String(form.get("name") ?? ""),
    protected: form.get("protected") === "on",
    isDevChain: form.get("isDevChain") === "on",
    explorerAccountUrl: String(form.get("explorerAccountUrl") ?? ""),
    explorerTxUrl: String(form.get("explorerTxUrl") ?? ""),
    explorerBlockUrl: String(form.get("explorerBlockUrl") ?? ""),
    faucetUrl: String(form.get("faucetUrl") ?? ""),
  };
  if (withTarget)
    Object.assign(out, { slug: String(form.get("slug") ?? ""), rpcUrl: String(form.get("rpcUrl") ?? "") });
  return out;
}

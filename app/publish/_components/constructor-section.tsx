"use client";
// Step 4: how the builders' answers become constructor arguments. Each ABI argument takes a form
// field, a constant, or the deploying account; the type check against the ABI comes from the same
// static checks as `npm run bricks:check`, shown on the argument's row.
import { useEffect, useMemo } from "react";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { Input, Select } from "@/app/_components/ui";
import { inputClass } from "@/app/_components/ui/classes";

const sized = inputClass.replace("w-full", "");
import type { BundleInfo } from "@/lib/publishing/check-draft";
import { parseJsonText } from "@/lib/publishing/draft-json";
import type { TPublishDraft } from "@/lib/publishing/schemas";
import { ProblemList } from "./problem-list";
import { syncConstructorArgs } from "./sync-constructor-args";

export function ConstructorSection({ info }: { info: BundleInfo | null }) {
  const { control, register, setValue, getValues } = useFormContext<TPublishDraft>();
  const { fields: rows } = useFieldArray({ control, name: "constructorArgs" });
  const [ctorName, configText, args] = useWatch({
    control,
    name: ["constructorName", "configText", "constructorArgs"],
  });
  const configFields = useMemo(() => {
    const p = parseJsonText(configText ?? "", "");
    const props =
      p.ok && p.value && typeof p.value === "object" ? (p.value as { properties?: object }).properties : undefined;
    return props && typeof props === "object" ? Object.keys(props) : [];
  }, [configText]);

  useEffect(() => {
    if (!info) return;
    if (!info.constructors.some((c) => c.label === getValues("constructorName")) && info.constructors[0]) {
      setValue(
        "constructorName",
        info.constructors.find((c) => c.label === "new")?.label ?? info.constructors[0].label,
        { shouldDirty: true },
      );
    }
  }, [info, getValues, setValue]);
  useEffect(() => {
    const next = syncConstructorArgs(info, ctorName, getValues("constructorArgs"), configFields);
    if (next) setValue("constructorArgs", next, { shouldDirty: true });
  }, [info, ctorName, configFields, getValues, setValue]);

  const ctor = info?.constructors.find((c) => c.label === ctorName);
  return (
    <div className="space-y-3">
      <div className="max-w-lg space-y-1">
        <label htmlFor="pub-ctor" className="block text-sm font-medium">
          Constructor
        </label>
        {info ? (
          <Select id="pub-ctor" {...register("constructorName")}>
            {info.constructors.map((c) => (
              <option key={c.label} value={c.label}>
                {c.label}({c.args.map((a) => a.name).join(", ")})
              </option>
            ))}
          </Select>
        ) : (
          <Input id="pub-ctor" {...register("constructorName")} placeholder="Upload the bundle first" />
        )}
        <ProblemList field="constructorName" />
      </div>
      {!ctor && <p className="text-sm text-stone-600">Upload the bundle to map its constructor&apos;s arguments.</p>}
      {ctor && ctor.args.length === 0 && <p className="text-sm text-stone-600">This constructor takes no arguments.</p>}
      {ctor && rows.length > 0 && (
        <ul className="divide-y divide-stone-200 rounded-md border border-stone-200" aria-label="Constructor arguments">
          {rows.map((row, i) => {
            const arg = args?.[i];
            const type = ctor.args.find((a) => a.name === arg?.arg)?.type ?? "";
            return (
              <li key={row.id} className="space-y-2 p-3" data-testid={`ctor-arg-${arg?.arg}`}>
                <div className="flex flex-wrap items-end gap-3">
                  <div className="min-w-40">
                    <p className="font-mono text-sm font-medium">{arg?.arg}</p>
                    <p className="font-mono text-xs text-stone-500">{type}</p>
                  </div>
                  <label className="text-xs text-stone-600">
                    Comes from
                    <select
                      aria-label={`Source of ${arg?.arg}`}
                      {...register(`constructorArgs.${i}.kind`)}
                      className={`${sized} mt-0.5 w-52`}
                    >
                      <option value="field">a form field</option>
                      <option value="const">a constant</option>
                      <option value="signer">the deploying account</option>
                    </select>
                  </label>
                  {arg?.kind === "field" && (
                    <>
                      <label className="text-xs text-stone-600">
                        Field
                        <select
                          aria-label={`Field for ${arg.arg}`}
                          {...register(`constructorArgs.${i}.field`)}
                          className={`${sized} mt-0.5 w-48`}
                        >
                          <option value="">Choose…</option>
                          {configFields.map((f) => (
                            <option key={f} value={f}>
                              {f}
                            </option>
                          ))}
                        </select>
                      </label>
                      <label className="text-xs text-stone-600">
                        Pick (lists of objects)
                        <input
                          {...register(`constructorArgs.${i}.pick`)}
                          placeholder="optional"
                          className={`${sized} mt-0.5 w-36 font-mono text-xs`}
                        />
                      </label>
                    </>
                  )}
                  {arg?.kind === "const" && (
                    <label className="text-xs text-stone-600">
                      Value (JSON)
                      <input
                        aria-label={`Constant for ${arg.arg}`}
                        {...register(`constructorArgs.${i}.value`)}
                        placeholder='1000, "text", true'
                        className={`${sized} mt-0.5 w-56 font-mono text-xs`}
                      />
                    </label>
                  )}
                  {arg?.kind === "signer" && (
                    <p className="pb-2 text-xs text-stone-600">The account that signs the deploy.</p>
                  )}
                </div>
                <ProblemList field={`constructorArgs:${arg?.arg}`} />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

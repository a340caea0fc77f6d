"use client";
// Renders described fields under a parent name: each by its kind (list of objects, list of values,
// nested object, choice, scalar).
import type { FieldDescription } from "@/lib/bricks/describe-fields";
import { EnumSelect } from "./enum-select";
import { ObjectList } from "./object-list";
import { PlainList } from "./plain-list";
import { ScalarInput } from "./scalar-input";

export function FieldList({ fields, parent }: { fields: FieldDescription[]; parent: string }) {
  return (
    <>
      {fields.map((f) => {
        const name = parent ? `${parent}.${f.name}` : f.name;
        return <FieldView key={name} field={f} name={name} parent={parent} />;
      })}
    </>
  );
}

function FieldView({ field, name, parent }: { field: FieldDescription; name: string; parent: string }) {
  if (field.type === "array")
    return field.item ? <PlainList field={field} name={name} /> : <ObjectList field={field} name={name} />;
  if (field.type === "object") {
    return (
      <fieldset className="space-y-3 rounded-md border border-stone-200 p-3">
        <legend className="px-1 text-sm font-medium text-stone-800">{field.label}</legend>
        {field.help && <p className="text-xs text-stone-600">{field.help}</p>}
        <FieldList fields={field.items ?? []} parent={name} />
      </fieldset>
    );
  }
  if (field.options) return <EnumSelect field={field} name={name} />;
  return <ScalarInput field={field} name={name} parent={parent} />;
}

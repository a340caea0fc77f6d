import type { FieldDescription } from "@/lib/bricks/config-schema";

function typeLabel(f: FieldDescription): string {
  if (f.enum?.length) return `one of: ${f.enum.join(", ")}`;
  const formats: Record<string, string> = {
    "ss58-address": "account address",
    "contract-address": "contract address",
    "token-amount": "token amount",
    "basis-points": "percentage (basis points)",
    url: "web address",
    duration: "duration (e.g. 30d)",
  };
  if (f.format && formats[f.format]) return formats[f.format];
  return f.type === "array" ? "list" : f.type === "boolean" ? "yes / no" : f.type === "integer" ? "whole number" : (f.type ?? "text");
}

export function FieldsTable({ fields }: { fields: FieldDescription[] }) {
  if (fields.length === 0) return <p className="text-sm text-stone-600">This brick asks for nothing: it deploys as it is.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-stone-200 text-stone-600">
          <tr><th className="py-2 pr-3 font-medium">Field</th><th className="py-2 pr-3 font-medium">What to enter</th><th className="py-2 pr-3 font-medium">Default</th></tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.path} className="border-b border-stone-100 align-top">
              <td className="py-2 pr-3">
                <span className="font-medium">{f.label}</span>
                {f.required && <span className="ml-1 text-xs text-red-700">required</span>}
                {f.advanced && <span className="ml-1 text-xs text-stone-500">advanced</span>}
                {f.help && <p className="mt-0.5 text-stone-600">{f.help}</p>}
              </td>
              <td className="py-2 pr-3 text-stone-700">{typeLabel(f)}</td>
              <td className="py-2 pr-3 font-mono text-xs text-stone-700">{f.default === undefined ? "—" : JSON.stringify(f.default)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

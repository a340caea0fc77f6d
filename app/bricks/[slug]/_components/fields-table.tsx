// "What the form will ask you": each field of the deploy form in words (what to enter, whether it is
// required, its default), as a list that reads well on a phone rather than a table of types.
import type { FieldDescription } from "@/lib/bricks/config-schema";

const FORMATS: Record<string, string> = {
  "ss58-address": "an account address",
  "contract-address": "the address of a contract",
  "token-amount": "token amount",
  "basis-points": "a percentage",
  url: "a web address",
  duration: "a duration (e.g. 30d)",
};

function whatToEnter(f: FieldDescription): string {
  if (f.options?.length) return `one of: ${f.options.map((o) => o.label).join(", ")}`;
  if (f.enum?.length) return `one of: ${f.enum.map(String).join(", ")}`;
  if (f.format && FORMATS[f.format]) return FORMATS[f.format];
  switch (f.type) {
    case "array":
      return f.item
        ? `a list of ${plural(whatToEnter(f.item).replace(/^an? /, ""))}`
        : f.items
          ? "a list of entries"
          : "a list";
    case "boolean":
      return "yes or no";
    case "integer":
      return rangeOf(f, "a whole number");
    case "number":
      return rangeOf(f, "a number");
    case "object":
      return "a group of answers";
    default:
      return f.maxLength ? `text (up to ${f.maxLength} characters)` : "text";
  }
}

/** "account address" → "account addresses"; only the last word of a short phrase changes. */
const plural = (what: string) => (/(s|x|ch|sh)$/.test(what) ? `${what}es` : /\(/.test(what) ? what : `${what}s`);

function rangeOf(f: FieldDescription, what: string): string {
  if (f.minimum !== undefined && f.maximum !== undefined) return `${what} from ${f.minimum} to ${f.maximum}`;
  if (f.minimum !== undefined) return `${what}, at least ${f.minimum}`;
  if (f.maximum !== undefined) return `${what}, at most ${f.maximum}`;
  return what;
}

function defaultInWords(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (Array.isArray(value)) return value.length ? value.map((v) => defaultInWords(v) ?? "").join(", ") : null;
  if (typeof value === "object") return null;
  return String(value);
}

export function FieldsTable({ fields }: { fields: FieldDescription[] }) {
  if (fields.length === 0)
    return <p className="text-sm text-stone-600">This brick asks for nothing: it deploys as it is.</p>;
  return (
    <ul className="divide-y divide-stone-100 text-sm" aria-label="Form fields">
      {fields.map((f) => {
        const byDefault = defaultInWords(f.default);
        return (
          <li key={f.path} className="py-2 first:pt-0 last:pb-0">
            <p>
              <span className="font-medium">{f.label}</span> <span className="text-stone-600">— {whatToEnter(f)}</span>
              {f.required ? (
                <span className="ml-1 text-xs text-red-700">(required)</span>
              ) : f.advanced ? (
                <span className="ml-1 text-xs text-stone-500">(optional, under “Advanced”)</span>
              ) : (
                <span className="ml-1 text-xs text-stone-500">(optional)</span>
              )}
            </p>
            {f.help && <p className="mt-0.5 text-stone-600">{f.help}</p>}
            {byDefault && <p className="mt-0.5 text-xs text-stone-500">If you leave it as it is: {byDefault}</p>}
            {f.items && f.items.length > 0 && (
              <p className="mt-0.5 text-xs text-stone-500">
                Each entry asks for: {f.items.map((i) => i.label).join(", ")}.
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

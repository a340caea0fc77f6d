// The instance's "Technical details (for developers)", folded like the review's: the constructor it
// was created with and the values exactly as the contract received them (base units, addresses).
import { monoClass } from "@/app/_components/ui/classes";

export function InstanceTechnical({ constructorName, args }: { constructorName: string; args: unknown[] }) {
  return (
    <details
      className="mt-3 min-w-0 rounded-lg border border-stone-200 bg-stone-50 p-3 text-sm"
      data-testid="instance-technical"
    >
      <summary className="cursor-pointer font-medium text-stone-700">Technical details (for developers)</summary>
      <p className="mt-2 text-stone-700">
        Created by the constructor <code className="font-mono text-xs">{constructorName}</code>, which received, in
        order:
      </p>
      <ol className="mt-2 list-decimal space-y-1 pl-5">
        {args.map((a, i) => (
          <li key={i} className={monoClass}>
            {typeof a === "string" ? a : JSON.stringify(a)}
          </li>
        ))}
      </ol>
    </details>
  );
}

import type { AbiSummary } from "@/lib/bricks/bundle";

/** Rust doc comments carry Markdown ("# Errors", `code`): shown as one plain line of text. */
function plainDocs(docs: string): string {
  return docs
    .split("\n")
    .filter((l) => !/^\s*#/.test(l))
    .join(" ")
    .replace(/`/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function Args({ args }: { args: { name: string; type: string }[] }) {
  return (
    <span className="font-mono text-xs text-stone-600">({args.map((a) => `${a.name}: ${a.type}`).join(", ")})</span>
  );
}

export function AbiOverview({ abi }: { abi: AbiSummary }) {
  return (
    <div className="space-y-4 text-sm">
      <div>
        <h3 className="font-medium">Constructors</h3>
        <ul className="mt-1 space-y-1">
          {abi.constructors.map((c) => (
            <li key={c.label}>
              <span className="font-mono">{c.label}</span> <Args args={c.args} />
              {c.docs && <p className="text-stone-600">{plainDocs(c.docs)}</p>}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="font-medium">Messages</h3>
        <ul className="mt-1 space-y-1">
          {abi.messages.map((m) => (
            <li key={m.label}>
              <span className="font-mono">{m.label}</span> <Args args={m.args} />
              {m.returnType && <span className="font-mono text-xs text-stone-600"> → {m.returnType}</span>}
              <span className="ml-2 text-xs text-stone-500">
                {m.mutates ? "changes state" : "read-only"}
                {m.payable ? ", accepts tokens" : ""}
              </span>
              {m.docs && <p className="text-stone-600">{plainDocs(m.docs)}</p>}
            </li>
          ))}
        </ul>
      </div>
      {abi.events.length > 0 && (
        <div>
          <h3 className="font-medium">Events</h3>
          <ul className="mt-1 space-y-1">
            {abi.events.map((e) => (
              <li key={e.label}>
                <span className="font-mono">{e.label}</span> <Args args={e.args} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

// A Solidity version's verified source: the claim (these files compile to exactly this code), the
// brick's own files to read, the library files to open one by one, and the whole compiler input to
// download. The provenance line names the OpenZeppelin release — where the code comes from, not an audit.
import type { VerifiedSource } from "@/lib/catalog/get-verified-source";

export function ProvenanceLine({ source }: { source: VerifiedSource }) {
  const p = source.provenance;
  if (!p) return null;
  const uses = p.uses.length ? `: ${p.uses.join(", ")}` : "";
  return (
    <p className="text-sm text-stone-700" data-testid="provenance">
      {p.version ? (
        <>
          Built from OpenZeppelin Contracts {p.version}
          {uses}.
        </>
      ) : (
        <>
          Uses OpenZeppelin Contracts{uses}, but {p.differing.length} of its {p.files} library files differ from release{" "}
          {p.comparedWith ?? "(none installed here)"}.
        </>
      )}{" "}
      <span className="text-stone-500">This says where the code comes from; it is not an audit of this brick.</span>
    </p>
  );
}

export function VerifiedSourceSection({ source, base }: { source: VerifiedSource; base: string }) {
  return (
    <div className="space-y-3 text-sm">
      <p className="flex items-start gap-2" data-testid="source-verified">
        <span aria-hidden className="mt-0.5 text-emerald-700">
          ✓
        </span>
        <span>
          <span className="font-medium text-emerald-800">Source verified:</span> these files compile to exactly this
          code.
        </span>
      </p>
      <p className="text-stone-600">
        Brickyard compiled them again with resolc {source.compiler.resolc} (solc {source.compiler.solc}) when this
        version was published and compared the result byte for byte. Contract{" "}
        <code className="font-mono text-xs">{source.contract.name}</code> in{" "}
        <code className="font-mono text-xs">{source.contract.file}</code>.
      </p>
      <a
        href={`${base}/sources`}
        className="inline-block rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium hover:bg-stone-50"
        download
      >
        Download all sources (compiler input, JSON)
      </a>
      {source.own.map((f) => (
        <details key={f.path} className="rounded border border-stone-200">
          <summary className="cursor-pointer px-3 py-2 font-mono text-xs">{f.path}</summary>
          <pre className="max-h-96 overflow-auto border-t border-stone-200 bg-stone-50 p-3 font-mono text-xs leading-relaxed">
            {f.content}
          </pre>
        </details>
      ))}
      {source.libraries.length > 0 && (
        <details className="rounded border border-stone-200">
          <summary className="cursor-pointer px-3 py-2 text-xs">{source.libraries.length} library files</summary>
          <ul className="space-y-0.5 border-t border-stone-200 p-3 font-mono text-xs">
            {source.libraries.map((f) => (
              <li key={f.path} className="break-all">
                <a className="text-brand-600 underline" href={`${base}/sources?path=${encodeURIComponent(f.path)}`}>
                  {f.path}
                </a>{" "}
                <span className="text-stone-500">({(f.bytes / 1024).toFixed(1)} KB)</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

// "For developers", folded at the end of the brick page: the code hash, versions, where the code is
// stored, verified source, the contract interface and the README's developer notes and measurements.
import type { AbiSummary } from "@/lib/bricks/bundle";
import type { BrickPageData } from "@/lib/catalog/get-brick-page";
import type { VerifiedSource } from "@/lib/catalog/get-verified-source";
import type { TReadmeSection } from "@/lib/catalog/split-readme";
import { AbiOverview } from "./abi-overview";
import { CodeAvailability } from "./code-availability";
import { Markdown } from "./markdown";
import { CodeHash, Section } from "./section";
import { VerifiedSourceSection } from "./verified-source";
import { VersionsTable } from "./versions-table";

type Props = {
  slug: string;
  versions: BrickPageData["versions"];
  latest: BrickPageData["latest"];
  abi: AbiSummary | null;
  source: VerifiedSource | null;
  sections: TReadmeSection[];
};

export function ForDevelopers({ slug, versions, latest, abi, source, sections }: Props) {
  const apiBase = `/api/bricks/${encodeURIComponent(slug)}/versions/${encodeURIComponent(latest.version)}`;
  return (
    <details className="group rounded-lg border border-stone-200 bg-stone-50 p-4 sm:p-6" data-testid="for-developers">
      <summary className="cursor-pointer text-lg font-semibold">For developers</summary>
      <p className="mt-1 text-sm text-stone-600">
        The contract’s interface, code hash, versions, source and measurements.
      </p>
      <div className="mt-4 space-y-4">
        <Section id="code" title="Code">
          <p className="text-sm text-stone-600">
            Code hash of version {latest.version} (
            {latest.bundleKind === "solidity"
              ? "keccak-256 of the PolkaVM code, as pallet-revive computes it"
              : "blake2-256 of the wasm"}
            , recomputed by Brickyard):
          </p>
          <p className="mt-1" data-testid="code-hash">
            <CodeHash hash={latest.codeHash} />
          </p>
        </Section>
        <Section id="versions" title="Versions">
          <VersionsTable versions={versions} />
        </Section>
        <Section id="networks" title="Code stored on networks">
          <p className="mb-2 text-sm text-stone-600">
            Where a version’s code has already been uploaded. A first deploy elsewhere uploads it together with the
            contract.
          </p>
          <CodeAvailability versions={versions} />
        </Section>
        {source && (
          <Section id="source" title="Source code">
            <VerifiedSourceSection source={source} base={apiBase} />
          </Section>
        )}
        <Section id="abi" title="Contract interface">
          {abi ? <AbiOverview abi={abi} /> : <p className="text-sm text-stone-600">The interface could not be read.</p>}
        </Section>
        {sections.map((s) => (
          <Section
            key={s.title}
            id={`dev-${s.title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`}
            title={/^for developers$/i.test(s.title) ? "Notes from the brick’s author" : s.title}
          >
            <Markdown source={s.body} />
          </Section>
        ))}
      </div>
    </details>
  );
}

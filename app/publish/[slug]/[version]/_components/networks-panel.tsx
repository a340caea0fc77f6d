// Where this version's code is stored, and a button to upload it to the other networks.
import { Card } from "@/app/_components/ui";
import type { PublisherVersion } from "@/lib/publishing/get-publisher-version";
import { UploadCodeButton } from "./upload-code-button";

type Props = {
  slug: string;
  version: string;
  codeHash: string;
  uploads: PublisherVersion["version"]["codeUploads"];
  networks: PublisherVersion["networks"];
  address: string;
  canUpload: boolean;
};
const fmt = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

export function NetworksPanel({ slug, version, codeHash, uploads, networks, address, canUpload }: Props) {
  return (
    <Card className="space-y-3" aria-labelledby="networks-title">
      <h2 id="networks-title" className="text-lg font-semibold">
        Code on networks
      </h2>
      <p className="text-sm text-stone-600">
        Instances are deployed from the code hash, so the code must be on the network first.
      </p>
      <ul className="divide-y divide-stone-100" aria-label="Networks">
        {networks.map((n) => {
          const up = uploads.find((u) => u.network.slug === n.slug);
          return (
            <li key={n.slug} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <div>
                <p className="font-medium">
                  {n.name}
                  {n.protected && <span className="ml-1 text-xs text-stone-500">(protected)</span>}
                </p>
                {up ? (
                  <p className="text-xs text-emerald-700">✓ Code available since {fmt.format(up.createdAt)}</p>
                ) : (
                  <p className="text-xs text-stone-500">Not uploaded</p>
                )}
              </div>
              {!up && canUpload && (
                <UploadCodeButton slug={slug} version={version} codeHash={codeHash} network={n} address={address} />
              )}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}

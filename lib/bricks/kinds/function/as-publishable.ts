// A checked function brick as the one publishing path takes it (publish-brick-version.ts): its source
// is the bundle, its code hash the sha-256 of that source, and the whole manifest (description inline)
// is stored with the version so the row does not depend on files on disk.
import type { PublishableBrick } from "@/lib/bricks/publish-brick-version";
import type { TLoadedFunctionBrick } from "./check-function-brick";
import { functionBundle } from "./kind";

export function functionAsPublishable({ manifest, source }: TLoadedFunctionBrick): PublishableBrick {
  const bundle = functionBundle(source, manifest.codeHash, { delivery: manifest.delivery, feeds: manifest.feeds });
  return {
    manifest: {
      ...manifest,
      description: manifest.description,
      // Without "networks": a function brick is not deployed to a network, it feeds contracts on them.
      networks: undefined,
    },
    bundle,
  };
}

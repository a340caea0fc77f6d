// The authorization step: the contract must let the function's automation account call it (for a
// price-feed oracle, add it as a reporter). The function brick names the messages its target must
// answer; the target brick's settings action calling one of them (other than the delivery itself) is
// offered, with the automation account filled in, for the owner's wallet to sign.
import "server-only";
import { db } from "@/lib/db";
import { settingsOf, type TSettingsAction } from "@/lib/deployments/actions/settings-of";
import { parseVersion } from "@/lib/deployments/load-deploy-target";
import { fromVersion } from "./get-function-brick";

export async function getAuthorizeAction(opts: {
  brickVersionId: string | null;
  targetDeploymentId: string | null;
  automationAccount: string | null;
}): Promise<TSettingsAction | null> {
  if (!opts.brickVersionId || !opts.targetDeploymentId || !opts.automationAccount) return null;
  const [fnVersion, deployment] = await Promise.all([
    db.brickVersion.findUnique({
      where: { id: opts.brickVersionId },
      select: { id: true, manifest: true, wasm: true },
    }),
    db.deployment.findUnique({
      where: { id: opts.targetDeploymentId },
      select: {
        brickVersion: {
          select: { id: true, manifest: true, abi: true, wasm: true, brick: { select: { slug: true } } },
        },
      },
    }),
  ]);
  if (!fnVersion || !deployment) return null;
  const fn = fromVersion(fnVersion).manifest;
  const feed = fn.feeds.find((f) => f.brick === deployment.brickVersion.brick.slug);
  if (!feed) return null;
  const { manifest } = parseVersion(deployment.brickVersion);
  const wanted = new Set(feed.requiredMessages.filter((m) => m !== fn.delivery.message));
  const action = manifest.settings.find((s) => wanted.has(s.message));
  if (!action) return null;
  // The one account field of the action's form gets the automation account.
  const props = ((action.config as { properties?: Record<string, { format?: string }> }).properties ?? {}) as Record<
    string,
    { format?: string }
  >;
  const accountField = Object.entries(props).find(([, p]) => p.format === "ss58-address")?.[0];
  if (!accountField) return null;
  const [offered] = settingsOf({ ...manifest, settings: [action] }, { [accountField]: opts.automationAccount });
  return offered;
}

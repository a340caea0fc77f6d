// The instance's "Upgrade" card: shown when the running version can replace its own code. Lists the
// newer published versions of the same brick (never yanked ones) with their changelogs; viewers see
// the offer with the reason they cannot run it.
import { Card } from "@/app/_components/ui";
import type { TInstance } from "@/lib/deployments/get-instance";
import { listUpgrades } from "@/lib/deployments/upgrades/list-upgrades";
import { isOnChain } from "@/lib/statuses/deployment-statuses";
import { UpgradePanel } from "./upgrade-panel";

export async function UpgradeSection({ d, actorId }: { d: TInstance; actorId: string }) {
  const offer = await listUpgrades({ actorId, id: d.id });
  if (!offer.supported) return null;
  const onChain = !!d.address && isOnChain(d.status);
  const reason = !offer.canRun
    ? `Your role in ${d.team.name} (${d.myRole ?? "none"}) may look but not upgrade. Deployers, admins and owners can.`
    : !onChain
      ? "Available once the instance is on chain."
      : null;
  return (
    <Card aria-labelledby="upgrade-title" data-testid="upgrade-section">
      <h2 id="upgrade-title" className="mb-1 text-lg font-semibold">
        Upgrade
      </h2>
      <p className="mb-3 text-sm text-stone-600">
        Runs {d.brickVersion.version}. The contract&apos;s owner can move it to a newer published version of{" "}
        {d.brickVersion.brick.name}: same address, everything it stores kept.
      </p>
      {offer.candidates.length === 0 ? (
        <p className="text-sm text-stone-700">This is the newest published version.</p>
      ) : (
        <UpgradePanel deploymentId={d.id} candidates={offer.candidates} disabledReason={reason} />
      )}
    </Card>
  );
}

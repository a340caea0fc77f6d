// An upgrade is one or two settings-action transactions (DeploymentTx kind "action:<key>"), told
// apart by their actionId: the code upload when the chain lacks the new code, then the call of the
// code-replacing message. Both ids are reserved (upgrade-action.ts): no manifest action has them.
import { UPGRADE_ACTION_ID } from "@/lib/bricks/upgrade-action";

export const UPGRADE_CALL = UPGRADE_ACTION_ID;
export const UPGRADE_UPLOAD = `${UPGRADE_ACTION_ID}-upload`;

/** What the timeline and the team history call them; null for any other action. */
export function upgradeLabel(actionId: string | null | undefined): string | null {
  if (actionId === UPGRADE_CALL) return "Upgrade";
  if (actionId === UPGRADE_UPLOAD) return "Upload the new version's code";
  return null;
}

/** What an upgrade transaction stores as its actionInput: where it goes. */
export type TUpgradeInput = { targetVersionId: string; version: string; codeHash: string };

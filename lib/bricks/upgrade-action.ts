// A brick's upgrade (manifest `upgrade`) as a settings-shaped action, so the mapping check and the
// codec encode set_code_hash exactly like any other call on the instance: one form field, the new
// code hash, fed into the message's hash argument. The id is reserved: no settings action has it,
// so the generic settings path can never call the code-replacing message.
import { HASH_PATTERN } from "./abi-fit";
import type { TManifest } from "./manifest-schema";

export const UPGRADE_ACTION_ID = "upgrade";

type TSettingsAction = TManifest["settings"][number];

export function upgradeAction(manifest: Pick<TManifest, "upgrade">): TSettingsAction | null {
  if (!manifest.upgrade) return null;
  return {
    id: UPGRADE_ACTION_ID,
    label: "Upgrade",
    description: "Replaces the instance's code with a newer published version of the same brick.",
    message: manifest.upgrade.message,
    config: {
      type: "object",
      required: ["codeHash"],
      properties: { codeHash: { type: "string", title: "Code hash", pattern: HASH_PATTERN } },
    },
    args: { [manifest.upgrade.codeHashArg]: { kind: "field", field: "codeHash" } },
  };
}

/** The manifest with its upgrade appended to the settings: what the codec and the mapping check read. */
export function withUpgradeAction<M extends Pick<TManifest, "upgrade" | "settings">>(manifest: M): M {
  const action = upgradeAction(manifest);
  return action ? { ...manifest, settings: [...manifest.settings, action] } : manifest;
}

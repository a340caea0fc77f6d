// The upgrade's rules without a chain: which target versions are refused and in which words, and
// the manifest's upgrade turned into the settings-shaped call the codec encodes (a Hash argument
// from a 0x + 64 hex field, nothing else).
import { describe, expect, it } from "vitest";
import { fieldFits } from "@/lib/bricks/abi-fit";
import type { TManifest } from "@/lib/bricks/manifest-schema";
import { UPGRADE_ACTION_ID, upgradeAction, withUpgradeAction } from "@/lib/bricks/upgrade-action";
import { upgradeRefusal } from "@/lib/deployments/upgrades/upgrade-refusal";

const none: TManifest["settings"] = [];
const upgrade = { message: "set_code_hash", codeHashArg: "code_hash" };
const current = {
  brickId: "b1",
  version: "1.1.0",
  versionSort: "00001.00001.00000",
  manifest: { name: "Allowlist registry", upgrade },
};
const version = (over: Partial<{ brickId: string; version: string; versionSort: string; yankedAt: Date | null }>) => ({
  brickId: "b1",
  version: "1.2.0",
  versionSort: "00001.00002.00000",
  yankedAt: null,
  ...over,
});

describe("upgradeRefusal", () => {
  it("lets a newer, published version of the same brick through", () => {
    expect(upgradeRefusal(current, version({}))).toBeNull();
  });
  it("refuses in one sentence: no upgrade support, unknown, foreign, yanked, same or older", () => {
    expect(upgradeRefusal({ ...current, manifest: { name: "Allowlist registry" } }, version({}))).toBe(
      "Allowlist registry 1.1.0 cannot be upgraded: its contract has no message that replaces its code.",
    );
    expect(upgradeRefusal(current, null)).toBe("This version does not exist.");
    expect(upgradeRefusal(current, version({ brickId: "b2", version: "9.0.0" }))).toBe(
      "Version 9.0.0 belongs to another brick: an instance of Allowlist registry can only move to a version of Allowlist registry.",
    );
    expect(upgradeRefusal(current, version({ yankedAt: new Date() }))).toBe(
      "Version 1.2.0 was withdrawn (yanked) by its auditors, so no instance may move to it.",
    );
    for (const [v, sort] of [
      ["1.1.0", "00001.00001.00000"],
      ["1.0.0", "00001.00000.00000"],
    ])
      expect(upgradeRefusal(current, version({ version: v, versionSort: sort }))).toMatch(
        /is not newer than the running 1\.1\.0/,
      );
  });
});

describe("the manifest's upgrade as a call", () => {
  it("maps the hash argument from one field, under the reserved id, appended to the settings", () => {
    expect(upgradeAction({})).toBeNull();
    const action = upgradeAction({ upgrade })!;
    expect(action).toMatchObject({
      id: UPGRADE_ACTION_ID,
      message: "set_code_hash",
      args: { code_hash: { kind: "field", field: "codeHash" } },
    });
    expect(withUpgradeAction({ upgrade, settings: none }).settings.map((s) => s.id)).toEqual(["upgrade"]);
    expect(withUpgradeAction({ settings: none }).settings).toEqual([]);
  });
  it("a Hash fits only a string field with the 32-byte hex pattern", () => {
    const field = (action: ReturnType<typeof upgradeAction>) =>
      (action!.config as { properties: { codeHash: Record<string, unknown> } }).properties.codeHash;
    expect(fieldFits(field(upgradeAction({ upgrade })), { kind: "hash" }, false)).toBeUndefined();
    expect(fieldFits({ type: "string" }, { kind: "hash" }, false)?.message).toMatch(/cannot fill Hash/);
  });
});

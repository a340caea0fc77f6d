// Where the pallet-revive dev chain's spec comes from, and what the message says when it is missing.
import { describe, expect, it } from "vitest";
import { resolveReviveChainSpec } from "@/lib/chain/dev-chain/revive-spec";

describe("resolveReviveChainSpec", () => {
  it("uses DEV_REVIVE_CHAIN_SPEC, relative to the repository", () => {
    const p = resolveReviveChainSpec(
      { DEV_REVIVE_CHAIN_SPEC: "specs/qf.json" },
      { repoRoot: "/repo", exists: () => true },
    );
    expect(p).toBe("/repo/specs/qf.json");
  });

  it("falls back to ../shared/chain/qf-testnet.raw.json", () => {
    const p = resolveReviveChainSpec({}, { repoRoot: "/x/repo", exists: () => true });
    expect(p).toBe("/x/shared/chain/qf-testnet.raw.json");
  });

  it("says which variable to set when nothing is found", () => {
    expect(() => resolveReviveChainSpec({}, { repoRoot: "/x/repo", exists: () => false })).toThrow(
      /Set DEV_REVIVE_CHAIN_SPEC=/,
    );
    expect(() =>
      resolveReviveChainSpec({ DEV_REVIVE_CHAIN_SPEC: "nope.json" }, { repoRoot: "/r", exists: () => false }),
    ).toThrow(/DEV_REVIVE_CHAIN_SPEC is set to "nope.json", but there is no file at \/r\/nope.json/);
  });
});

import path from "node:path";
import { describe, expect, it } from "vitest";
import { ChainSpecNotFoundError, REPO_ROOT, resolveChainSpec } from "@/lib/chain/dev-chain/spec";

const root = "/srv/brickyard";
const existing =
  (...files: string[]) =>
  (p: string) =>
    files.includes(p);

describe("resolveChainSpec", () => {
  it("uses DEV_CHAIN_SPEC first, relative paths from the repository root", () => {
    const exists = existing("/data/my.json", "/srv/specs/x.json", "/srv/shared/chain/pop-paseo.raw.json");
    expect(resolveChainSpec({ DEV_CHAIN_SPEC: "/data/my.json" }, { repoRoot: root, exists })).toBe("/data/my.json");
    expect(resolveChainSpec({ DEV_CHAIN_SPEC: "../specs/x.json" }, { repoRoot: root, exists })).toBe(
      "/srv/specs/x.json",
    );
  });

  it("falls back to ../shared/chain/pop-paseo.raw.json beside the repository", () => {
    const exists = existing("/srv/shared/chain/pop-paseo.raw.json");
    expect(resolveChainSpec({}, { repoRoot: root, exists })).toBe("/srv/shared/chain/pop-paseo.raw.json");
    expect(resolveChainSpec({ DEV_CHAIN_SPEC: "  " }, { repoRoot: root, exists })).toBe(
      "/srv/shared/chain/pop-paseo.raw.json",
    );
  });

  it("says exactly what to set when there is no spec", () => {
    const run = () => resolveChainSpec({}, { repoRoot: root, exists: () => false });
    expect(run).toThrow(ChainSpecNotFoundError);
    expect(run).toThrow(/DEV_CHAIN_SPEC is not set and \/srv\/shared\/chain\/pop-paseo\.raw\.json does not exist/);
    expect(run).toThrow(/DEV_CHAIN_SPEC=\/path\/to\/raw-chain-spec\.json/);
    expect(run).toThrow(/DEV_CHAIN_FORK_URL=wss:\/\/… +to fork a live pallet-contracts network instead/);
    expect(run).toThrow(/CHAIN_RPC_URL=wss:\/\/… +to use an external node without a local chain/);
  });

  it("names the bad path when DEV_CHAIN_SPEC points at nothing, and does not fall back silently", () => {
    const exists = existing("/srv/shared/chain/pop-paseo.raw.json");
    const run = () => resolveChainSpec({ DEV_CHAIN_SPEC: "nope.json" }, { repoRoot: root, exists });
    expect(run).toThrow(/DEV_CHAIN_SPEC is set to "nope\.json", but there is no file at \/srv\/brickyard\/nope\.json/);
    expect(run).toThrow(/DEV_CHAIN_FORK_URL=wss:\/\//);
  });

  it("finds the repository root from its own location", () => {
    expect(path.basename(path.join(REPO_ROOT, "package.json"))).toBe("package.json");
    expect(REPO_ROOT).toBe(path.resolve(import.meta.dirname, "../.."));
  });
});

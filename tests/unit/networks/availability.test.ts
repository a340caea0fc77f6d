// Where a version may go, decided from the networks as they are now: platform, enabled, confirmed
// genesis, the version's own list, protection. And explorer links from the admin's templates.
import { describe, expect, it } from "vitest";
import { listedNetworks, splitNetworks } from "@/lib/networks/availability";
import { explorerUrl } from "@/app/_components/networks/explorer-url";

const net = (
  slug: string,
  over: Partial<{ enabled: boolean; genesisChangedAt: Date | null; platform: string; protected: boolean }> = {},
) => ({
  slug,
  name: slug.toUpperCase(),
  enabled: true,
  genesisChangedAt: null,
  platform: "contracts",
  protected: false,
  ...over,
});
const version = (networks: string[], platform = "contracts") => ({
  platform,
  manifest: JSON.stringify({ slug: "x", networks }),
});

describe("splitNetworks", () => {
  it("offers every fitting unprotected network to a version with an empty list, including ones added later", () => {
    const { fitting, missing } = splitNetworks(version([]), [net("a"), net("b"), net("p", { protected: true })]);
    expect(fitting.map((n) => n.slug)).toEqual(["a", "b"]);
    expect(missing).toEqual([{ slug: "p", name: "P", reason: expect.stringMatching(/protected/) }]);
  });

  it("says why each other network is missing", () => {
    const { fitting, missing } = splitNetworks(version(["a", "r", "gone"]), [
      net("a"),
      net("d", { enabled: false }),
      net("g", { genesisChangedAt: new Date() }),
      net("r", { platform: "revive" }),
      net("o"),
    ]);
    expect(fitting.map((n) => n.slug)).toEqual(["a"]);
    const why = Object.fromEntries(missing.map((m) => [m.slug, m.reason]));
    expect(why.d).toBe("disabled by a platform admin");
    expect(why.g).toMatch(/another genesis hash/);
    expect(why.r).toMatch(/runs pallet-revive .* this version's code is for pallet-contracts/);
    expect(why.o).toMatch(/networks list does not name it/);
    expect(why.gone).toMatch(/no network with that name/);
  });

  it("sends PolkaVM versions only to pallet-revive networks", () => {
    expect(
      splitNetworks(version([], "revive"), [net("c"), net("r", { platform: "revive" })]).fitting.map((n) => n.slug),
    ).toEqual(["r"]);
  });

  it("reads the list from a stored manifest, and treats a broken one as empty", () => {
    expect(listedNetworks(JSON.stringify({ networks: ["a"] }))).toEqual(["a"]);
    expect(listedNetworks("{")).toEqual([]);
  });
});

describe("explorerUrl", () => {
  const n = {
    explorerAccountUrl: "https://x.example/account/{address}",
    explorerTxUrl: "https://x.example/tx/{hash}",
    explorerBlockUrl: null,
  };
  it("fills the template for the kind of value, and gives no link without one", () => {
    expect(explorerUrl(n, "account", "5Grw")).toBe("https://x.example/account/5Grw");
    expect(explorerUrl(n, "tx", "0xab")).toBe("https://x.example/tx/0xab");
    expect(explorerUrl(n, "block", "0xab")).toBeNull();
    expect(explorerUrl(null, "account", "5Grw")).toBeNull();
  });
});

// The chain metadata a browser wallet is offered before it signs (GET /api/wallet/metadata), built
// from this run's real dev chain: enough for the extension to decode calls, and refusals for bad input.
import { afterAll, describe, expect, inject, it } from "vitest";
import { hexToU8a } from "@polkadot/util";
import { base64Decode } from "@polkadot/util-crypto";
import { db } from "@/lib/db";
import { closeChainApis, getChainApi } from "@/lib/chain/api-pool";
import { chainMetadataFor } from "@/lib/wallet/chain-metadata";
import { GET } from "@/app/api/wallet/metadata/route";

const run = `wm${Date.now().toString(36)}`;
afterAll(() => closeChainApis());

describe("chain metadata for wallets", () => {
  it("describes the network by its genesis hash: calls metadata, spec version, address format and token", async () => {
    const rpcUrl = inject("chainWs");
    await db.network.create({
      data: { slug: run, name: `Wallet chain ${run}`, rpcUrl, tokenSymbol: "PAS", decimals: 10, isDevChain: true },
    });
    const api = await getChainApi(rpcUrl);
    const genesisHash = api.genesisHash.toHex();

    const res = await GET(
      new Request(`http://localhost/api/wallet/metadata?genesisHash=${genesisHash}&network=${run}`),
    );
    expect(res.status).toBe(200);
    const def = await res.json();
    expect(def).toMatchObject({
      genesisHash,
      specVersion: api.runtimeVersion.specVersion.toNumber(),
      ss58Format: 42,
      tokenDecimals: 10,
      tokenSymbol: "PAS",
      chainType: "substrate",
    });
    // The calls-only metadata decodes into a registry that knows the contracts pallet's calls.
    const bytes = base64Decode(def.metaCalls);
    expect(bytes.length).toBeGreaterThan(1000);
    const again = await chainMetadataFor(db, genesisHash, run);
    expect(again.metaCalls).toBe(def.metaCalls); // cached per runtime version
    expect(hexToU8a(genesisHash)).toHaveLength(32);
  });

  it("refuses a malformed hash with 422 naming the field, and an unknown chain with 404", async () => {
    const bad = await GET(new Request("http://localhost/api/wallet/metadata?genesisHash=0x12"));
    expect(bad.status).toBe(422);
    expect(JSON.stringify(await bad.json())).toContain("genesisHash");
    const unknown = await GET(new Request(`http://localhost/api/wallet/metadata?genesisHash=0x${"ab".repeat(32)}`));
    expect(unknown.status).toBe(404);
  });
});

// Reset detection on the revive dev chain (what `npm start` runs for local-revive after the chain is
// up): a finalized instance whose contract is on chain stays finalized; one whose contract is not
// (the chain was started fresh) becomes "missing on chain" with the reason. pallet-revive keeps
// contracts in revive.accountInfoOf, not contracts.contractInfoOf, so this needs its own check.
import path from "node:path";
import type { ApiPromise } from "@polkadot/api";
import { Abi } from "@polkadot/api-contract";
import { u8aToHex } from "@polkadot/util";
import { randomAsU8a } from "@polkadot/util-crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBrick } from "@/lib/bricks/load-brick";
import { publishSeedBricks } from "@/lib/bricks/publish-seed-bricks";
import { REPO_ROOT } from "@/lib/chain/dev-chain/spec";
import { readContractResult } from "@/lib/chain/platforms/revive/read-contract-result";
import { db } from "@/lib/db";
import { refreshDevNetwork } from "@/lib/setup/refresh-dev-network";
import { getDevAccounts, loadSharedBundle, sendAndWait } from "@/tests/support/chain";
import { closeReviveTestApi, getReviveTestApi, testReviveChainWs } from "@/tests/support/revive-chain";
import { idempotencyKey, run } from "./deploy-fixture";

let api: ApiPromise;
const slug = `${run}-revive-reset`;

beforeAll(async () => {
  api = await getReviveTestApi();
});
afterAll(closeReviveTestApi);

/** Instantiates the ink! v6 flipper straight through the pallet (as revive-dev-chain.test.ts does). */
async function deployFlipper(): Promise<string> {
  const { ferdie } = await getDevAccounts();
  const h160 = (await api.call.reviveApi.address(ferdie.address)).toHex();
  if ((await api.query.revive.originalAccount(h160)).isNone)
    expect((await sendAndWait(api.tx.revive.mapAccount(), ferdie)).error).toBeUndefined();
  const abi = new Abi(await loadSharedBundle("ink-v6-flipper"), api.registry.getChainProperties());
  const code = u8aToHex(abi.info.source.wasm);
  const data = abi.findConstructor("new").toU8a([true]);
  const salt = u8aToHex(randomAsU8a(32));
  const planned = readContractResult(
    await api.call.reviveApi.instantiate(ferdie.address, 0, null, null, { Upload: code }, data, salt),
    String,
  );
  if (!planned.outcome.ok || !planned.outcome.address) throw new Error("the flipper dry-run failed");
  const { error } = await sendAndWait(
    api.tx.revive.instantiateWithCode(0, planned.weightRequired, planned.storageDeposit, code, data, salt),
    ferdie,
  );
  expect(error).toBeUndefined();
  return planned.outcome.address;
}

describe("revive dev chain reset detection", () => {
  it("keeps instances that are on chain, marks the others 'missing on chain' with the reason", async () => {
    const live = await deployFlipper();
    const network = await db.network.create({
      data: {
        slug,
        name: "Revive reset chain",
        rpcUrl: testReviveChainWs(),
        tokenSymbol: "QF",
        decimals: 18,
        isDevChain: true,
        platform: "revive",
        genesisHash: api.genesisHash.toHex(),
      },
    });
    const loaded = await loadBrick(path.resolve(REPO_ROOT, "tests/fixtures/bricks/ink-v6-flipper"));
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join("; "));
    await publishSeedBricks(db, [loaded.brick]);
    const version = await db.brickVersion.findFirstOrThrow({ where: { brick: { slug: "ink-v6-flipper" } } });
    const user = await db.user.create({ data: { name: "Reset owner" } });
    const team = await db.team.create({
      data: { slug: `${slug}-team`, name: "Reset team", members: { create: [{ userId: user.id, role: "owner" }] } },
    });
    const row = (name: string, address: string) =>
      db.deployment.create({
        data: {
          idempotencyKey: idempotencyKey(),
          teamId: team.id,
          createdById: user.id,
          brickVersionId: version.id,
          networkId: network.id,
          name,
          config: "{}",
          constructorName: "new",
          args: "[]",
          salt: "0x00",
          status: "finalized",
          address,
        },
      });
    const kept = await row("Still there", live);
    const gone = await row("Gone", u8aToHex(randomAsU8a(20)));

    const lines: string[] = [];
    await refreshDevNetwork(db, slug, testReviveChainWs(), (s) => lines.push(s));
    expect(lines.join("\n")).toMatch(/1 of 2 instance\(s\) still on chain, 1 marked "missing on chain"/);
    expect(await db.deployment.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({
      status: "finalized",
      missingReason: null,
    });
    const missing = await db.deployment.findUniqueOrThrow({ where: { id: gone.id }, include: { events: true } });
    expect(missing.status).toBe("missing_on_chain");
    expect(missing.missingReason).toMatch(/no longer on Revive reset chain/);
    expect(missing.events.map((e) => e.status)).toContain("missing_on_chain");
  });
});

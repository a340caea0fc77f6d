// Every contract event of an instance is indexed, not only those of Brickyard's own transactions:
// transfers sent straight to the chain (another app, a wallet) are found by the event follower, and
// a new follower after a "restart" resumes at its cursor — no gap, no duplicate.
import path from "node:path";
import type { ApiPromise } from "@polkadot/api";
import { ContractPromise } from "@polkadot/api-contract";
import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { closeChainApis } from "@/lib/chain/api-pool";
import { finalizedNumber } from "@/lib/chain/find-extrinsic";
import { REPO_ROOT } from "@/lib/chain/dev-chain/spec";
import { EventFollower } from "@/lib/deployments/events/event-follower";
import { prepareDeployment } from "@/lib/deployments/prepare-deployment";
import { submitSignature } from "@/lib/deployments/submit-signature";
import { DeploymentTracker } from "@/lib/deployments/tracker/deployment-tracker";
import { readBundle, send } from "@/bricks/_kit/tests/support/chain";
import { closeTestApi, getTestApi, testChainWs } from "@/tests/support/chain";
import {
  idempotencyKey,
  makePerson,
  makeTeam,
  setupNetwork,
  waitForDeployment,
  walletSignPayload,
} from "./deploy-fixture";

let api: ApiPromise;
let tracker: DeploymentTracker;

beforeAll(async () => {
  api = await getTestApi();
  tracker = new DeploymentTracker({ intervalMs: 300 }).start();
});
afterAll(async () => {
  await tracker?.stop();
  await closeChainApis();
  await closeTestApi();
});

it("indexes transfers made outside Brickyard, and resumes after a restart without gaps or duplicates", async () => {
  const network = await setupNetwork(testChainWs());
  const owner = await makePerson(api, "Holder");
  const other = await makePerson(api, "Other", 0n);
  const team = await makeTeam(owner);
  const input = {
    brick: "fungible-token",
    version: "1.0.0",
    teamId: team.id,
    network: network.slug,
    name: "Indexed",
    config: { name: "Indexed", symbol: "IDX", decimals: 0, initialSupply: "100" },
    idempotencyKey: idempotencyKey(),
  };
  const prepared = await prepareDeployment({ actor: { id: owner.id, address: owner.address }, input });
  await submitSignature({
    actorId: owner.id,
    input: {
      deploymentId: prepared.deploymentId,
      kind: "instantiate",
      signature: walletSignPayload(api, owner.pair, prepared.payload!),
    },
    tracker,
  });
  const d = await waitForDeployment(prepared.deploymentId, (x) => x.status === "finalized");
  const token = new ContractPromise(
    api,
    readBundle(path.resolve(REPO_ROOT, "bricks/fungible-token/dist/fungible-token.contract")) as never,
    d.address!,
  );
  const transfers = async () =>
    (
      await db.contractEvent.findMany({
        where: { deploymentId: d.id, name: "Transfer" },
        orderBy: [{ blockNumber: "asc" }, { eventIndex: "asc" }],
      })
    ).map((e) => JSON.parse(e.args).value);
  const settle = async () => {
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    for (let i = 0; i < 50 && (await finalizedNumber(api)) < head; i++) await new Promise((r) => setTimeout(r, 200));
  };

  await send(token, owner.pair, "transfer", [other.address, 1]);
  await settle();
  await new EventFollower().passAll();
  expect(await transfers()).toEqual([100, 1]); // the mint at creation (stored by the tracker) and the outside transfer

  // "Restart": no follower runs while two more transfers happen; a new one catches up from the cursor.
  await send(token, owner.pair, "transfer", [other.address, 2]);
  await send(token, owner.pair, "transfer", [other.address, 3]);
  await settle();
  const follower = new EventFollower();
  await follower.passAll();
  await follower.passAll();
  expect(await transfers()).toEqual([100, 1, 2, 3]);
  const cursor = await db.contractEventCursor.findUniqueOrThrow({ where: { networkId: network.id } });
  expect(cursor.blockNumber).toBe(await finalizedNumber(api));
  // Rewinding the cursor (as a crash between blocks would leave it) re-reads blocks and adds nothing.
  await db.contractEventCursor.update({
    where: { networkId: network.id },
    data: { blockNumber: d.transactions[0].blockNumber! },
  });
  await new EventFollower().passAll();
  expect(await transfers()).toEqual([100, 1, 2, 3]);
}, 240_000);

// A function's output delivered to a contract on pallet-revive (the revive dev chain of the global
// setup) through the same deliverRun as pallet-contracts: the platform adapter dry-runs and builds
// revive.call, the automation account is mapped on its first delivery (its own signature), the
// inclusion is read back with revive's outcome reader and followed to finality; the ink! v6 flipper
// really flipped, and a second delivery does not map again.
import { randomAsU8a } from "@polkadot/util-crypto";
import type { ApiPromise } from "@polkadot/api";
import { Abi } from "@polkadot/api-contract";
import { u8aToHex } from "@polkadot/util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readContractResult } from "@/lib/chain/platforms/revive/read-contract-result";
import { db } from "@/lib/db";
import { ensureAutomationAccount } from "@/lib/functions/automation/create-account";
import { deliverRun } from "@/lib/functions/delivery/deliver-run";
import { describeDelivery } from "@/lib/functions/delivery/describe-delivery";
import { getDevAccounts, loadSharedBundle, sendAndWait } from "@/tests/support/chain";
import { closeReviveTestApi, getReviveTestApi, testReviveChainWs } from "@/tests/support/revive-chain";

let api: ApiPromise;
let abi: Abi;
let bundle: Record<string, unknown>;
let contract: string;
let instanceId: string;
const run = `rv${Date.now().toString(36)}`;

async function readSwitch(): Promise<unknown> {
  const { alice } = await getDevAccounts();
  const get = abi.findMessage("get");
  const r = await api.call.reviveApi.call(alice.address, contract, 0, null, null, get.toU8a([]));
  return abi.registry.createType(get.returnType!.lookupName ?? get.returnType!.type, r.result.asOk.data).toJSON();
}

async function runWithOutput(seq: number, output: unknown) {
  return db.functionRun.create({
    data: {
      instanceId,
      seq,
      slotKey: `job:${run}-${seq}`,
      jobId: `${run}-${seq}`,
      trigger: "manual",
      status: "succeeded",
      output: JSON.stringify(output),
    },
  });
}

beforeAll(async () => {
  api = await getReviveTestApi();
  bundle = await loadSharedBundle("ink-v6-flipper");
  abi = new Abi(bundle, api.registry.getChainProperties());
  const { alice } = await getDevAccounts();
  // The flipper, deployed by //Alice (mapped if this chain has not seen her yet).
  const aliceH160 = (await api.call.reviveApi.address(alice.address)).toHex();
  if ((await api.query.revive.originalAccount(aliceH160)).isNone) await sendAndWait(api.tx.revive.mapAccount(), alice);
  const code = u8aToHex(abi.info.source.wasm);
  const data = abi.findConstructor("new").toU8a([false]);
  const salt = u8aToHex(randomAsU8a(32));
  const dry = readContractResult(
    await api.call.reviveApi.instantiate(alice.address, 0, null, null, { Upload: code }, data, salt),
    String,
  );
  if (!dry.outcome.ok) throw new Error("the flipper's dry-run failed");
  contract = dry.outcome.address!;
  const { error } = await sendAndWait(
    api.tx.revive.instantiateWithCode(0, dry.weightRequired, dry.storageDeposit, code, data, salt),
    alice,
  );
  if (error) throw new Error(`deploying the flipper: ${error}`);

  const network = await db.network.create({
    data: {
      slug: `${run}-fn-revive`,
      name: "Functions revive chain",
      rpcUrl: testReviveChainWs(),
      tokenSymbol: "QF",
      decimals: 18,
      isDevChain: true,
      platform: "revive",
    },
  });
  const instance = await db.functionInstance.create({
    data: {
      name: "revive switch",
      source: "export function run() { return { flip: true }; }",
      sourceHash: "0x00",
      networkId: network.id,
      targetAddress: contract,
      targetAbi: JSON.stringify(bundle),
      delivery: JSON.stringify({ message: "flip", output: { type: "object" }, args: {} }),
    },
  });
  instanceId = instance.id;
  console.log("[revive] flipper deployed, function created");
  const { address } = await ensureAutomationAccount(instanceId);
  await sendAndWait(api.tx.balances.transferKeepAlive(address, 1_000n * 10n ** 18n), alice);
}, 120_000);

afterAll(async () => {
  await closeReviveTestApi();
});

describe("delivery on pallet-revive", () => {
  it(
    "maps the automation account, calls the ink! v6 contract, and follows the call to finality",
    { timeout: 240_000 },
    async () => {
      const t0 = Date.now();
      expect(await readSwitch()).toEqual({ ok: false });
      const { address } = await ensureAutomationAccount(instanceId);
      const h160 = (await api.call.reviveApi.address(address)).toHex();
      expect((await api.query.revive.originalAccount(h160)).isNone).toBe(true);

      const first = await runWithOutput(1, { flip: true });
      const result = await deliverRun(api, first.id);
      console.log(`[revive] first delivery (with the account mapping) ${Date.now() - t0} ms`);
      expect(result).toMatchObject({ status: "finalized" });
      expect((await api.query.revive.originalAccount(h160)).isSome).toBe(true);
      expect(await readSwitch()).toEqual({ ok: true });
      const row = await db.functionDelivery.findUniqueOrThrow({ where: { runId: first.id } });
      expect(describeDelivery(first, row, true).label).toBe("Delivered, finalized");

      const second = await runWithOutput(2, { flip: true });
      expect(await deliverRun(api, second.id)).toMatchObject({ status: "finalized" });
      console.log(`[revive] second delivery done at ${Date.now() - t0} ms`);
      expect(await readSwitch()).toEqual({ ok: false });
      // Delivering the same run again reconciles the recorded transaction: no second flip.
      expect(await deliverRun(api, second.id)).toMatchObject({ status: "finalized" });
      expect(await readSwitch()).toEqual({ ok: false });
    },
  );
});

// The second dev chain really runs pallet-revive: a signer maps its account, instantiates the
// ink! v6 flipper (PolkaVM code), dry-runs and calls it, and the chain keeps producing blocks.
import "@polkadot/api-augment";
import type { ApiPromise } from "@polkadot/api";
import { Abi } from "@polkadot/api-contract";
import { u8aToHex } from "@polkadot/util";
import { randomAsU8a } from "@polkadot/util-crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readContractResult } from "@/lib/chain/platforms/revive/read-contract-result";
import { detectPlatform } from "@/lib/networks/platform";
import { getDevAccounts, loadSharedBundle, sendAndWait, type KeyringPair } from "@/tests/support/chain";
import { closeReviveTestApi, getReviveTestApi } from "@/tests/support/revive-chain";

let api: ApiPromise;
let eve: KeyringPair;

beforeAll(async () => {
  api = await getReviveTestApi();
  ({ eve } = await getDevAccounts());
});
afterAll(closeReviveTestApi);

describe("revive dev chain", () => {
  it("runs pallet-revive with 18 decimals and funded dev accounts", async () => {
    expect(detectPlatform(api)).toBe("revive");
    expect(api.registry.chainDecimals[0]).toBe(18);
    const { data } = await api.query.system.account(eve.address);
    expect(data.free.toBigInt()).toBeGreaterThanOrEqual(1_000_000_000n * 10n ** 18n);
    expect((await api.rpc.chain.getHeader()).number.toNumber()).toBeGreaterThan(0);
  });

  it("maps an account, instantiates the ink! v6 flipper and calls it", async () => {
    const abi = new Abi(await loadSharedBundle("ink-v6-flipper"), api.registry.getChainProperties());
    expect(abi.isRevive).toBe(true);

    const h160 = (await api.call.reviveApi.address(eve.address)).toHex();
    const mapped = await api.query.revive.originalAccount(h160);
    if (mapped.isNone) {
      const { error } = await sendAndWait(api.tx.revive.mapAccount(), eve);
      expect(error).toBeUndefined();
    }
    expect((await api.query.revive.originalAccount(h160)).isSome).toBe(true);

    const code = u8aToHex(abi.info.source.wasm);
    const data = abi.findConstructor("new").toU8a([true]);
    const salt = u8aToHex(randomAsU8a(32));
    const dry = await api.call.reviveApi.instantiate(eve.address, 0, null, null, { Upload: code }, data, salt);
    const planned = readContractResult(dry, String);
    expect(planned.outcome).toMatchObject({ ok: true, reverted: false });
    const predicted = planned.outcome.ok ? planned.outcome.address : undefined;
    expect(planned.storageDeposit).toBeGreaterThan(0n);

    const tx = api.tx.revive.instantiateWithCode(0, planned.weightRequired, planned.storageDeposit, code, data, salt);
    const { events, error } = await sendAndWait(tx, eve);
    expect(error).toBeUndefined();
    const instantiated = events.find(({ event }) => api.events.revive.Instantiated.is(event));
    expect(instantiated, "no revive.Instantiated event").toBeDefined();
    const contract = (instantiated!.event.data as unknown as { contract: { toHex(): string } }).contract.toHex();
    expect(contract).toBe(predicted);

    const get = abi.findMessage("get");
    const read = async () => {
      const r = await api.call.reviveApi.call(eve.address, contract, 0, null, null, get.toU8a([]));
      expect(r.result.isOk, r.result.toString()).toBe(true);
      return abi.registry.createType(get.returnType!.lookupName ?? get.returnType!.type, r.result.asOk.data).toJSON();
    };
    expect(await read()).toEqual({ ok: true });

    const flip = abi.findMessage("flip").toU8a([]);
    const flipDry = readContractResult(
      await api.call.reviveApi.call(eve.address, contract, 0, null, null, flip),
      String,
    );
    const flipped = await sendAndWait(
      api.tx.revive.call(contract, 0, flipDry.weightRequired, flipDry.storageDeposit, flip),
      eve,
    );
    expect(flipped.error).toBeUndefined();
    expect(await read()).toEqual({ ok: false });
  });
});

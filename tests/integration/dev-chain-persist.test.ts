// A dev chain started with a dbPath comes back at the same block with the same contract and
// balances; `fresh` starts from genesis again (the contract is gone).
import "@polkadot/api-augment";
import { rm } from "node:fs/promises";
import path from "node:path";
import { CodePromise, ContractPromise } from "@polkadot/api-contract";
import type { CodeSubmittableResult } from "@polkadot/api-contract/base";
import { u8aToHex } from "@polkadot/util";
import { randomAsU8a } from "@polkadot/util-crypto";
import { afterAll, describe, expect, it } from "vitest";
import { connectApi, disconnectApi } from "@/lib/chain/connect";
import { startDevChain, type TDevChain } from "@/lib/chain/dev-chain";
import { getDevAccounts, loadSharedBundle, sendAndWait } from "@/tests/support/chain";

const dbPath = path.resolve(".tmp", `persist-${process.pid}.sqlite`);
let chain: TDevChain | undefined;

afterAll(async () => {
  await chain?.close();
  await Promise.all(["", ".json", "-wal", "-shm"].map((s) => rm(dbPath + s, { force: true })));
});

describe("dev chain persistence", () => {
  it("resumes at the same block with the contract and balances; fresh starts from genesis", async () => {
    const { alice, bob } = await getDevAccounts();
    chain = await startDevChain({ port: 0, dbPath });
    let api = await connectApi(chain.wsUrl, { timeoutMs: 30_000 });
    const genesis = api.genesisHash.toHex();
    const bundle = await loadSharedBundle("ink-v5-flipper");
    const code = new CodePromise(api, bundle, undefined);
    const gasLimit = api.registry.createType("WeightV2", api.consts.system.blockWeights.perClass.normal.maxExtrinsic.unwrap());
    const salt = randomAsU8a(32);
    const dry = await api.call.contractsApi.instantiate(alice.address, 0, gasLimit, null, { Upload: u8aToHex(code.code) }, code.abi.findConstructor("new").toU8a([false]), u8aToHex(salt));
    const deployed = await sendAndWait(code.tx.new({ gasLimit: dry.gasRequired, storageDepositLimit: null, salt }, false), alice);
    expect(deployed.error).toBeUndefined();
    const address = (deployed.result as CodeSubmittableResult<"promise">).contract!.address.toString();
    let contract = new ContractPromise(api, bundle, address);
    const flipGas = (await contract.query.flip(alice.address, { gasLimit })).gasRequired;
    expect((await sendAndWait(contract.tx.flip({ gasLimit: flipGas, storageDepositLimit: null }), alice)).error).toBeUndefined();
    await sendAndWait(api.tx.balances.transferKeepAlive(bob.address, 12_345n), alice);
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const bobFree = (await api.query.system.account(bob.address)).data.free.toBigInt();
    await disconnectApi(api);
    await chain.close();

    chain = await startDevChain({ port: 0, dbPath });
    api = await connectApi(chain.wsUrl, { timeoutMs: 30_000 });
    expect(api.genesisHash.toHex()).toBe(genesis);
    expect((await api.rpc.chain.getHeader()).number.toNumber()).toBe(head);
    contract = new ContractPromise(api, bundle, address);
    const got = await contract.query.get(alice.address, { gasLimit });
    expect(got.output?.toJSON()).toEqual({ ok: true }); // flipped before the restart
    // Funding is re-applied on every start (it is not a block), so Bob has at least what he had.
    expect((await api.query.system.account(bob.address)).data.free.toBigInt() >= bobFree).toBe(true);
    // The chain keeps building on the resumed head.
    expect((await sendAndWait(contract.tx.flip({ gasLimit: flipGas, storageDepositLimit: null }), alice)).error).toBeUndefined();
    expect((await api.rpc.chain.getHeader()).number.toNumber()).toBe(head + 1);
    await disconnectApi(api);
    await chain.close();

    chain = await startDevChain({ port: 0, dbPath, fresh: true });
    api = await connectApi(chain.wsUrl, { timeoutMs: 30_000 });
    expect((await api.rpc.chain.getHeader()).number.toNumber()).toBe(1);
    expect((await api.query.contracts.contractInfoOf(address)).isNone).toBe(true);
    await disconnectApi(api);
  });
});

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
import { resolveReviveChainSpec, startDevChain, type TDevChain } from "@/lib/chain/dev-chain";
import { getDevAccounts, loadSharedBundle, sendAndWait } from "@/tests/support/chain";

const dbPath = path.resolve(".tmp", `persist-${process.pid}.sqlite`);
const reviveDbPath = path.resolve(".tmp", `persist-revive-${process.pid}.sqlite`);
let chain: TDevChain | undefined;

afterAll(async () => {
  await chain?.close();
  await Promise.all(
    [dbPath, reviveDbPath].flatMap((p) => ["", ".json", "-wal", "-shm"].map((s) => rm(p + s, { force: true }))),
  );
});

describe("dev chain persistence", () => {
  it("resumes at the same block with the contract and balances; fresh starts from genesis", async () => {
    const { alice, bob } = await getDevAccounts();
    chain = await startDevChain({ port: 0, dbPath });
    let api = await connectApi(chain.wsUrl, { timeoutMs: 30_000 });
    const genesis = api.genesisHash.toHex();
    const bundle = await loadSharedBundle("ink-v5-flipper");
    const code = new CodePromise(api, bundle, undefined);
    const gasLimit = api.registry.createType(
      "WeightV2",
      api.consts.system.blockWeights.perClass.normal.maxExtrinsic.unwrap(),
    );
    const salt = randomAsU8a(32);
    const dry = await api.call.contractsApi.instantiate(
      alice.address,
      0,
      gasLimit,
      null,
      { Upload: u8aToHex(code.code) },
      code.abi.findConstructor("new").toU8a([false]),
      u8aToHex(salt),
    );
    const deployed = await sendAndWait(
      code.tx.new({ gasLimit: dry.gasRequired, storageDepositLimit: null, salt }, false),
      alice,
    );
    expect(deployed.error).toBeUndefined();
    const address = (deployed.result as CodeSubmittableResult<"promise">).contract!.address.toString();
    let contract = new ContractPromise(api, bundle, address);
    const flipGas = (await contract.query.flip(alice.address, { gasLimit })).gasRequired;
    expect(
      (await sendAndWait(contract.tx.flip({ gasLimit: flipGas, storageDepositLimit: null }), alice)).error,
    ).toBeUndefined();
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
    expect(
      (await sendAndWait(contract.tx.flip({ gasLimit: flipGas, storageDepositLimit: null }), alice)).error,
    ).toBeUndefined();
    expect((await api.rpc.chain.getHeader()).number.toNumber()).toBe(head + 1);
    await disconnectApi(api);
    await chain.close();

    chain = await startDevChain({ port: 0, dbPath, fresh: true });
    api = await connectApi(chain.wsUrl, { timeoutMs: 30_000 });
    expect((await api.rpc.chain.getHeader()).number.toNumber()).toBe(1);
    expect((await api.query.contracts.contractInfoOf(address)).isNone).toBe(true);
    await disconnectApi(api);
  }, 240_000); // three chain starts: near 120 s when the machine is loaded (the default timeout)

  // The revive chain (QF's SPIN consensus): the runtime asserts that each block's timestamp slot is
  // Spin.CurrentSlot, which the dev chain sets before every block (spin-clock.ts). A resumed chain
  // must come back at the same block and still build the next one without that assertion panicking.
  it("resumes the revive (SPIN) chain at the same block and keeps building blocks", async () => {
    const { alice, bob } = await getDevAccounts();
    const specPath = resolveReviveChainSpec({});
    chain = await startDevChain({ port: 0, specPath, dbPath: reviveDbPath });
    let api = await connectApi(chain.wsUrl, { timeoutMs: 30_000 });
    const genesis = api.genesisHash.toHex();
    expect((await sendAndWait(api.tx.balances.transferKeepAlive(bob.address, 7_777n), alice)).error).toBeUndefined();
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const headHash = (await api.rpc.chain.getBlockHash(head)).toHex();
    await disconnectApi(api);
    await chain.close();

    chain = await startDevChain({ port: 0, specPath, dbPath: reviveDbPath });
    api = await connectApi(chain.wsUrl, { timeoutMs: 30_000 });
    expect(api.genesisHash.toHex()).toBe(genesis);
    expect((await api.rpc.chain.getHeader()).number.toNumber()).toBe(head);
    expect((await api.rpc.chain.getBlockHash(head)).toHex()).toBe(headHash);
    // The next block after the restart: the SPIN slot check must hold.
    expect((await sendAndWait(api.tx.balances.transferKeepAlive(bob.address, 7_777n), alice)).error).toBeUndefined();
    expect((await api.rpc.chain.getHeader()).number.toNumber()).toBe(head + 1);
    // Starting fresh is the same code path as the pallet-contracts chain's (persist.ts), tested above.
    await disconnectApi(api);
  });
});

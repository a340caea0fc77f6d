// A Solidity contract (compiled by the pinned resolc into tests/fixtures/solidity/vault.sol.json)
// deployed on the revive dev chain through the platform adapter: constructor arguments encoded by
// viem (string, SS58 account → H160, token amount, bytes32, struct), the predicted H160, the keccak
// code hash checked against the chain's own, results and events decoded, and every kind of revert
// explained in words: Error(string), a custom error with its arguments, Panic with its meaning.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ApiPromise } from "@polkadot/api";
import { hexToU8a, u8aToHex } from "@polkadot/util";
import { randomAsHex } from "@polkadot/util-crypto";
import { decodeEventLog, decodeFunctionResult, type Hex } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "@/lib/chain/dev-chain/spec";
import { reviveAdapter } from "@/lib/chain/platforms/revive";
import { h160OfAccount } from "@/lib/chain/platforms/revive/h160";
import { readSolidityBundle } from "@/lib/chain/platforms/revive/solidity/bundle";
import { encodeCall, encodeConstructorArgs } from "@/lib/chain/platforms/revive/solidity/encode-args";
import { explainSolidityRevert } from "@/lib/chain/platforms/revive/solidity/explain-revert";
import { getDevAccounts, sendAndWait, type KeyringPair } from "@/tests/support/chain";
import { closeReviveTestApi, getReviveTestApi } from "@/tests/support/revive-chain";

const bundle = readSolidityBundle(
  readFileSync(path.resolve(REPO_ROOT, "tests/fixtures/solidity/vault.sol.json"), "utf8"),
);
let api: ApiPromise;
let ferdie: KeyringPair;
let alice: KeyringPair;

const TAG = `0x${"42".repeat(32)}`;

async function deployVault(open: boolean): Promise<string> {
  const data = encodeConstructorArgs(bundle.abi, ["Vault", alice.address, "1,000", TAG, { perDeposit: "5", open }], {
    decimals: { cap_: 18 },
  });
  const salt = randomAsHex(32);
  const codeOnChain = await reviveAdapter.isCodeStored(api, bundle.codeHash);
  const code = codeOnChain ? { Existing: bundle.codeHash } : { Upload: u8aToHex(bundle.code) };
  const dry = await reviveAdapter.dryRunInstantiate(api, {
    origin: ferdie.address,
    code,
    inputData: hexToU8a(data),
    salt,
  });
  expect(dry).toMatchObject({ ok: true, reverted: false });
  const predicted = reviveAdapter.predictAddress({
    deployer: ferdie.address,
    codeHash: bundle.codeHash,
    code: bundle.code,
    inputData: data,
    salt,
    ss58Prefix: 42,
  });
  expect(dry.ok && dry.address).toBe(predicted);
  const tx = reviveAdapter.instantiateTx(api, {
    codeOnChain,
    codeHash: bundle.codeHash,
    code: bundle.code,
    inputData: data,
    salt,
    gasLimit: dry.gas,
    storageDepositLimit: dry.deposit,
  });
  const sent = await sendAndWait(tx, ferdie);
  expect(sent.error).toBeUndefined();
  const index = (await api.rpc.chain.getBlock(sent.blockHash)).block.extrinsics.findIndex(
    (x) => x.hash.toHex() === tx.hash.toHex(),
  );
  const outcome = await reviveAdapter.readOutcome(api, sent.blockHash, index);
  expect(outcome.success).toBe(true);
  expect(outcome.instantiated).toEqual([{ deployer: h160OfAccount(ferdie.address), contract: predicted }]);
  return predicted;
}

async function read(address: string, fn: string, args: unknown[] = []) {
  const dry = await reviveAdapter.dryRunCall(api, {
    origin: ferdie.address,
    dest: address,
    inputData: hexToU8a(encodeCall(bundle.abi, fn, args)),
  });
  if (!dry.ok) throw new Error(dry.error.message);
  return dry;
}

beforeAll(async () => {
  api = await getReviveTestApi();
  ({ ferdie, alice } = await getDevAccounts());
  const m = await reviveAdapter.accountMapping(api, ferdie.address);
  if (m.needed && !m.mapped) expect((await sendAndWait(api.tx.revive.mapAccount(), ferdie)).error).toBeUndefined();
});
afterAll(closeReviveTestApi);

describe("Solidity on pallet-revive", () => {
  it("deploys with encoded arguments, checks the code hash on chain, decodes results, an event and each revert", async () => {
    const vault = await deployVault(true);
    expect(await reviveAdapter.codeHashAt(api, vault)).toBe(bundle.codeHash);

    const value = async (fn: string, args: unknown[] = []) => {
      const r = await read(vault, fn, args);
      expect(r.ok && r.reverted, `${fn} reverted`).toBe(false);
      return decodeFunctionResult({ abi: bundle.abi, functionName: fn, data: (r.ok ? r.data : "0x") as Hex });
    };
    expect(await value("name")).toBe("Vault");
    expect(await value("owner")).toBe(h160OfAccount(alice.address));
    expect(await value("cap")).toBe(1000n * 10n ** 18n);
    expect(await value("tag")).toBe(TAG);
    expect(await value("limits")).toEqual([5n, true]);

    // A custom error with its arguments, from the ABI.
    const over = await read(vault, "deposit", [(2000n * 10n ** 18n).toString()]);
    expect(over).toMatchObject({ ok: true, reverted: true });
    expect(explainSolidityRevert(bundle.abi, (over.ok ? over.data : "0x") as Hex)).toBe(
      `The contract refused: CapExceeded (wanted = ${2000n * 10n ** 18n}, cap = ${1000n * 10n ** 18n}).`,
    );
    // A panic, with its meaning.
    const zero = await read(vault, "share", ["0"]);
    expect(explainSolidityRevert(bundle.abi, (zero.ok ? zero.data : "0x") as Hex)).toMatch(
      /panic 0x12: a division or modulo by zero/,
    );

    // A real call: its event decoded from the block with the ABI.
    const input = encodeCall(bundle.abi, "deposit", ["7"]);
    const dry = await read(vault, "deposit", ["7"]);
    const sent = await sendAndWait(
      reviveAdapter.callTx(api, { dest: vault, inputData: input, gasLimit: dry.gas, storageDepositLimit: dry.deposit }),
      ferdie,
    );
    expect(sent.error).toBeUndefined();
    const emitted = sent.events.find(({ event }) => event.section === "revive" && event.method === "ContractEmitted")!;
    const [, data, topics] = emitted.event.data as unknown as [unknown, { toHex(): Hex }, { toHex(): Hex }[]];
    const log = decodeEventLog({
      abi: bundle.abi,
      data: data.toHex(),
      topics: topics.map((t) => t.toHex()) as [Hex, ...Hex[]],
    });
    expect(log).toMatchObject({
      eventName: "Deposited",
      args: { who: h160OfAccount(ferdie.address), amount: 7n, total: 7n },
    });
  });

  it("explains Error(string) from a closed vault", async () => {
    const closed = await deployVault(false);
    const r = await read(closed, "deposit", ["1"]);
    expect(explainSolidityRevert(bundle.abi, (r.ok ? r.data : "0x") as Hex)).toBe(
      "The contract refused: “The vault is closed”.",
    );
  });
});

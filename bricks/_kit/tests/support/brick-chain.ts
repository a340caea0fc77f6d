// Shared setup for brick chain tests that link the example consumer and move the dev chain's clock
// (bricks/escrow, bricks/vesting-wallet): build the brick into a temporary folder, connect, deploy
// the consumer, measure the slot; plus the balance and timestamp reads those tests make.
import os from "node:os";
import path from "node:path";
import { mkdtemp, rm } from "node:fs/promises";
import type { ApiPromise } from "@polkadot/api";
import type { KeyringPair } from "@polkadot/keyring/types";
import { closeTestApi, getDevAccounts, getTestApi, sendAndWait } from "@/tests/support/chain";
import { buildContract } from "../../metadata/build";
import { deploy, readBundle, type Deployed } from "./chain";

const CONSUMER = path.resolve(import.meta.dirname, "../../../_examples/consumer/dist/consumer.contract");

/** The free balance of `who`. */
export const freeBalance = async (api: ApiPromise, who: string): Promise<bigint> =>
  ((await api.query.system.account(who)) as unknown as { data: { free: { toBigInt(): bigint } } }).data.free.toBigInt();

/** The head's timestamp: what dry-runs see; right after a send (tests run one at a time), its block's. */
export const headTimestamp = async (api: ApiPromise): Promise<bigint> =>
  ((await api.query.timestamp.now()) as unknown as { toBigInt(): bigint }).toBigInt();

/** Builds one block (a remark by `signer`), moving the chain's clock on by one slot; the error, if any. */
export const remarkBlock = async (api: ApiPromise, signer: KeyringPair): Promise<string | undefined> =>
  (await sendAndWait(api.tx.system.remark("0x"), signer)).error;

export interface BrickChain {
  /** The temporary build folder (closeBrickChain removes it). */
  out: string;
  bundle: Record<string, unknown>;
  api: ApiPromise;
  accounts: Awaited<ReturnType<typeof getDevAccounts>>;
  /** The existential deposit. */
  ED: bigint;
  /** The example consumer (bricks/_examples/consumer/dist), deployed by alice. */
  consumer: Deployed;
  /** How far one block moves the timestamp on (measured by building one block, signed by eve). */
  slot: bigint;
}

/** For beforeAll: builds the brick at `brickDir` (into a temporary folder named `tmpPrefix`…), connects
 *  to the test chain, deploys the consumer and measures the slot. Pair with closeBrickChain. */
export async function openBrickChain(brickDir: string, tmpPrefix: string): Promise<BrickChain> {
  const out = await mkdtemp(path.join(os.tmpdir(), tmpPrefix));
  // The build (a compiler process) and the chain work (the dev chain's blocks) use different cores:
  // side by side rather than one after the other.
  const built = buildContract(brickDir, { outDir: out });
  built.catch(() => undefined); // awaited below; a chain failure first must not leave it unhandled
  const accounts = await getDevAccounts();
  const api = await getTestApi();
  const ED = (api.consts.balances.existentialDeposit as unknown as { toBigInt(): bigint }).toBigInt();
  const consumer = await deploy(api, readBundle(CONSUMER), accounts.alice, "new", []);
  const t0 = await headTimestamp(api);
  const error = await remarkBlock(api, accounts.eve);
  if (error) throw new Error(`openBrickChain: the block to measure the slot failed: ${error}`);
  const slot = (await headTimestamp(api)) - t0;
  const { bundle } = await built;
  return { out, bundle, api, accounts, ED, consumer, slot };
}

/** For afterAll: disconnects and removes the build folder (if openBrickChain got that far). */
export async function closeBrickChain(out: string | undefined): Promise<void> {
  await closeTestApi();
  if (out) await rm(out, { recursive: true, force: true });
}

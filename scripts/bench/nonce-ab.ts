// Transfers on a fresh dev chain, alternating two ways of getting the nonce: through the runtime
// (AccountNonceApi, what chopsticks does on its own) and through the dev chain's RPC, which reads it
// from storage (lib/chain/dev-chain/nonce-from-storage.ts). Prints ms per transfer for each and the ratio.
// Run: node --conditions=react-server --import tsx scripts/bench/nonce-ab.ts [chain spec]
import { hexToU8a } from "@polkadot/util";
import { connectApi } from "@/lib/chain/connect";
import { getDevAccounts } from "@/lib/chain/dev-accounts";
import { startDevChain } from "@/lib/chain/dev-chain";
import { sendAndWait } from "@/tests/support/chain";

const ROUNDS = 5;
const spec = process.argv[2];
const chain = await startDevChain({ port: 0, specPath: spec });
const api = await connectApi(chain.wsUrl, { timeoutMs: 60_000 });
const { alice, bob } = await getDevAccounts();
const transfer = () => api.tx.balances.transferKeepAlive(bob.address, 10n ** 10n);
await sendAndWait(transfer(), alice); // the first block after start-up is slower: leave it out

const viaRuntime: number[] = [];
const viaStorage: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  let t = Date.now();
  const registry = await chain.chain.head.registry;
  const account = registry.createType("AccountId", alice.address).toHex();
  const answer = await chain.chain.head.call("AccountNonceApi_account_nonce", [account]);
  const nonce = registry.createType("u32", hexToU8a(answer.result)).toNumber();
  await sendAndWait(transfer(), alice, { nonce });
  viaRuntime.push(Date.now() - t);
  t = Date.now();
  await sendAndWait(transfer(), alice); // nonce -1: state_call AccountNonceApi_account_nonce, answered from storage
  viaStorage.push(Date.now() - t);
}
const avg = (a: number[]) => Math.round(a.reduce((x, y) => x + y, 0) / a.length);
console.log(
  `${spec ?? "default dev chain"}: nonce via the runtime ${avg(viaRuntime)} ms per transfer, ` +
    `via storage ${avg(viaStorage)} ms (ratio ${(avg(viaRuntime) / avg(viaStorage)).toFixed(2)})`,
);
await api.disconnect();
await chain.close();
process.exit(0);

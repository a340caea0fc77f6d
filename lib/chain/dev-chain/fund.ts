// Gives the dev accounts money on a chain that has never heard of them.
import { setStorage, type Blockchain } from "@acala-network/chopsticks-core";
import { StorageKey } from "@polkadot/types";
import { hexToU8a } from "@polkadot/util";
import { getDevAccounts } from "@/lib/chain/dev-accounts";

/** Whole tokens each dev account receives on top of what it had. */
export const DEV_FUND_TOKENS = 1_000_000_000n;

type TAccountInfo = {
  nonce: { toNumber(): number };
  consumers: { toNumber(): number };
  providers: { toNumber(): number };
  sufficients: { toNumber(): number };
  data: {
    free: { toBigInt(): bigint };
    reserved: { toBigInt(): bigint };
    frozen?: { toBigInt(): bigint };
    flags?: { toBigInt(): bigint };
  };
};

/**
 * Credits every dev account (//Alice … //Ferdie, //bench/0 … //bench/19) and raises
 * Balances.TotalIssuance by exactly the amount credited. Balances checks issuance when it mints the
 * storage deposit of a new contract; balances conjured without issuance make deploys fail with
 * StorageDepositNotEnoughFunds. Works on a fork too: existing balances are kept, not overwritten.
 */
export async function fundDevAccounts(chain: Blockchain): Promise<{ address: string; uri: string }[]> {
  const { all } = await getDevAccounts();
  const head = chain.head;
  const meta = await head.meta;
  const decimals = meta.registry.chainDecimals[0] ?? 12;
  const amount = DEV_FUND_TOKENS * 10n ** BigInt(decimals);

  const accounts: [[string], unknown][] = [];
  for (const { pair } of all) {
    // Decode with the runtime's own AccountInfo type (its name differs between runtimes).
    const key = new StorageKey(meta.registry, [meta.query.system.account, [pair.address]]);
    const raw = await head.get(key.toHex());
    const info = raw ? (meta.registry.createType(key.outputType, hexToU8a(raw)) as unknown as TAccountInfo) : undefined;
    const d = info?.data;
    accounts.push([
      [pair.address],
      {
        nonce: info?.nonce.toNumber() ?? 0,
        consumers: info?.consumers.toNumber() ?? 0,
        providers: Math.max(1, info?.providers.toNumber() ?? 0),
        sufficients: info?.sufficients.toNumber() ?? 0,
        data: {
          free: ((d?.free.toBigInt() ?? 0n) + amount).toString(),
          reserved: (d?.reserved.toBigInt() ?? 0n).toString(),
          frozen: (d?.frozen?.toBigInt() ?? 0n).toString(),
          flags: (d?.flags?.toBigInt() ?? 0n).toString(),
        },
      },
    ]);
  }
  const issuance = await head.read("u128", meta.query.balances.totalIssuance);
  const total = (issuance?.toBigInt() ?? 0n) + amount * BigInt(all.length);
  await setStorage(chain, { System: { Account: accounts }, Balances: { TotalIssuance: total.toString() } });
  return all.map(({ uri, pair }) => ({ uri, address: pair.address }));
}

// "Get test tokens" on a dev chain: a real balances transfer from the dev account //Ferdie (funded
// by the dev chain on every start, and used by no test or benchmark) to the signed-in user's own
// account, waited for until it is in a block. Only on networks flagged as dev chains; on others
// people are pointed at the network's faucet URL instead.
import "server-only";
import { z } from "zod";
import { getChainApi } from "@/lib/chain/api-pool";
import { getDevAccounts } from "@/lib/chain/dev-accounts";
import { formatTokens } from "@/lib/chain/format-tokens";
import { ss58ToHex } from "@/lib/chain/ss58";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findNetwork } from "./find-network";

/** Whole tokens per request; a user who already holds this much is told so instead. */
export const FAUCET_TOKENS = 1_000n;

const ZFund = z.object({ network: z.string().min(1).max(64), address: z.string().trim().min(1).max(64) });

let queue: Promise<unknown> = Promise.resolve();

export async function fundTestAccount(opts: { actorId: string; input: unknown }) {
  const parsed = ZFund.safeParse(opts.input);
  if (!parsed.success)
    throw new AppError("BAD_INPUT", {
      userMessage: "Choose a network and an account.",
      fields: { network: ["Required."], address: ["Required."] },
    });
  const { address } = parsed.data;
  const network = await findNetwork(parsed.data.network);
  if (!network.isDevChain || !network.enabled) {
    throw new AppError("BAD_INPUT", {
      userMessage: network.faucetUrl
        ? `${network.name} is not a dev chain: get test tokens from its faucet at ${network.faucetUrl}.`
        : `${network.name} is not a dev chain, so Brickyard cannot give out its tokens.`,
      fields: { network: ["Not a dev chain."] },
    });
  }
  let publicKey: string;
  try {
    publicKey = ss58ToHex(address);
  } catch {
    throw new AppError("BAD_INPUT", {
      userMessage: "That is not a valid account address.",
      fields: { address: ["Not a valid SS58 address."] },
    });
  }
  // Only to one of the signed-in user's own accounts: the faucet is not a way to fund strangers.
  const own = await db.walletAccount.count({ where: { userId: opts.actorId, publicKey } });
  if (!own) throw new AppError("FORBIDDEN", { userMessage: "Test tokens go only to an account you signed in with." });

  const api = await getChainApi(network.rpcUrl, { networkName: network.name });
  const unit = 10n ** BigInt(network.decimals);
  const amount = FAUCET_TOKENS * unit;
  const tokens = (v: bigint) => formatTokens(v, network.decimals, network.tokenSymbol);
  const before = (await api.query.system.account(address)).data.free.toBigInt();
  if (before >= amount)
    return {
      funded: false,
      balance: tokens(before),
      message: `Your account already has ${tokens(before)} on ${network.name}: enough to deploy.`,
    };

  const { ferdie } = await getDevAccounts();
  // One transfer at a time from this process, each with the pool-aware next nonce.
  const run = queue.then(async () => {
    const nonce = await api.rpc.system.accountNextIndex(ferdie.address);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new AppError("CHAIN_UNAVAILABLE", {
              userMessage: `${network.name} did not include the transfer within 60 s. Try again.`,
            }),
          ),
        60_000,
      );
      api.tx.balances
        .transferKeepAlive(address, amount)
        .signAndSend(ferdie, { nonce }, ({ status, dispatchError }) => {
          if (dispatchError) {
            clearTimeout(timer);
            reject(
              new AppError("CHAIN_UNAVAILABLE", {
                userMessage: `The dev chain refused the transfer (${dispatchError.toString()}).`,
              }),
            );
          } else if (status.isInBlock || status.isFinalized) {
            clearTimeout(timer);
            resolve();
          } else if (status.isInvalid || status.isDropped) {
            clearTimeout(timer);
            reject(
              new AppError("CHAIN_UNAVAILABLE", { userMessage: "The dev chain dropped the transfer. Try again." }),
            );
          }
        })
        .catch((error: unknown) => {
          clearTimeout(timer);
          reject(error);
        });
    });
  });
  queue = run.catch(() => {});
  await run;
  const after = (await api.query.system.account(address)).data.free.toBigInt();
  return {
    funded: true,
    balance: tokens(after),
    message: `${tokens(amount)} sent to your account on ${network.name}. You now have ${tokens(after)}.`,
  };
}

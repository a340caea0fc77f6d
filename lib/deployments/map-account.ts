// pallet-revive's one-time account mapping (revive.mapAccount) as a step of the deploy flow: the
// server builds the payload for the signed-in person's own account, the wallet signs it, the server
// checks that the signature is for exactly that call and account, sends it and waits for its block.
// Mapping changes nothing but the link between the account and its H160, so it needs no team role.
import "server-only";
import { z } from "zod";
import { getChainApi } from "@/lib/chain/api-pool";
import { explainPoolError } from "@/lib/chain/dispatch-error";
import { platformAdapter } from "@/lib/chain/platforms";
import {
  attachSignature,
  buildSignerPayload,
  isPayloadSignature,
  type SignerPayloadJSON,
} from "@/lib/chain/signer-payload";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

const ZNetwork = z.object({ network: z.string().trim().min(1, "Choose a network.").max(100) });
const ZSubmit = ZNetwork.extend({
  payload: z.looseObject({
    address: z.string().max(100),
    method: z
      .string()
      .regex(/^0x[0-9a-f]*$/i)
      .max(1000),
  }),
  signature: z
    .string()
    .regex(/^0x[0-9a-fA-F]+$/, "A hex signature.")
    .max(300),
});

export type TMappingStep = { h160: string; mapped: boolean; payload: SignerPayloadJSON | null };

async function reviveNetwork(slug: string) {
  const network = await db.network.findUnique({ where: { slug } });
  if (!network)
    throw new AppError("BAD_INPUT", {
      userMessage: `There is no network "${slug}".`,
      fields: { network: ["Choose one of the networks listed."] },
    });
  if (network.platform !== "revive") {
    throw new AppError("BAD_INPUT", {
      userMessage: `${network.name} does not need account linking.`,
      fields: { network: ["Only pallet-revive networks link accounts."] },
    });
  }
  const api = await getChainApi(network.rpcUrl, { networkName: network.name });
  return { network, api };
}

/** The mapping payload for the person's own account, or none when it is already mapped. */
export async function prepareAccountMapping(opts: {
  actor: { address: string };
  input: unknown;
}): Promise<TMappingStep> {
  const { network: slug } = ZNetwork.parse(opts.input);
  const { api } = await reviveNetwork(slug);
  const state = await platformAdapter("revive").accountMapping(api, opts.actor.address);
  if (!state.needed || state.mapped) return { h160: state.needed ? state.h160 : "", mapped: true, payload: null };
  const payload = await buildSignerPayload(api, api.tx.revive.mapAccount(), opts.actor.address);
  return { h160: state.h160, mapped: false, payload };
}

/** Sends the signed mapping and resolves once it is in a block (or the account turns out mapped already). */
export async function submitAccountMapping(opts: {
  actor: { address: string };
  input: unknown;
}): Promise<TMappingStep> {
  const input = ZSubmit.parse(opts.input);
  const { api, network } = await reviveNetwork(input.network);
  const payload = input.payload as unknown as SignerPayloadJSON;
  // The browser sends the payload back: accept it only for this person's own revive.mapAccount.
  const call = api.createType("Call", payload.method);
  if (payload.address !== opts.actor.address || call.section !== "revive" || call.method !== "mapAccount") {
    throw new AppError("BAD_INPUT", {
      userMessage: "This is not the account-linking transaction for your account.",
      fields: { payload: ["Not a mapAccount of your account."] },
    });
  }
  if (!isPayloadSignature(api, payload, input.signature)) {
    throw new AppError("BAD_INPUT", {
      userMessage: `The signature does not match for account ${payload.address}. Sign again with that account.`,
      fields: { signature: ["Signature does not match."] },
    });
  }
  const signed = attachSignature(api, payload, input.signature);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new AppError("CHAIN_UNAVAILABLE", {
            userMessage: `${network.name} did not include the account link within 60 s. Try again.`,
          }),
        ),
      60_000,
    );
    api.rpc.author
      .submitAndWatchExtrinsic(api.createType("Extrinsic", signed.hex), (status) => {
        if (status.isInBlock || status.isFinalized) {
          clearTimeout(timer);
          resolve();
        } else if (status.isInvalid || status.isDropped || status.isUsurped) {
          clearTimeout(timer);
          reject(
            new AppError("BAD_INPUT", { userMessage: `${network.name} refused the account link (${status.type}).` }),
          );
        }
      })
      .catch((e: Error) => {
        clearTimeout(timer);
        reject(new AppError("BAD_INPUT", { userMessage: explainPoolError(e.message) }));
      });
  });
  const state = await platformAdapter("revive").accountMapping(api, opts.actor.address);
  if (state.needed && !state.mapped)
    throw new AppError("BAD_INPUT", {
      userMessage: `The account link did not take effect on ${network.name}. Check your balance and try again.`,
    });
  return { h160: state.needed ? state.h160 : "", mapped: true, payload: null };
}

// The link step's transaction (link.record): built and dry-run by the server once the instance
// exists, signed by the user's wallet like the deploy. A refusal seen in the dry-run (for example
// "only the owner may set the feed") is explained before anything is signed.
import "server-only";
import { u8aToHex } from "@polkadot/util";
import { rolesAllowed } from "@/lib/auth/permissions";
import { getChainApi } from "@/lib/chain/api-pool";
import type { TDryRun } from "@/lib/chain/dry-run";
import { platformAdapter } from "@/lib/chain/platforms";
import { buildSignerPayload, type SignerPayloadJSON } from "@/lib/chain/signer-payload";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { contractCodec } from "./codec";
import { costOf, explainDryRun, notEnoughMoney } from "./explain-dry-run";
import { explainLinkRevert, linkCall } from "./link-calls";
import { parseVersion } from "./load-deploy-target";
import { isOnChain } from "@/lib/statuses/deployment-statuses";

const withMargin = (n: bigint) => n + n / 10n;

export async function prepareLink(opts: {
  actor: { id: string; address: string };
  deploymentId: string;
}): Promise<{ payload: SignerPayloadJSON | null; status: string }> {
  const d = await db.deployment.findFirst({
    where: {
      id: opts.deploymentId,
      team: { members: { some: { userId: opts.actor.id, role: { in: rolesAllowed("deployment.create") } } } },
    },
    include: { network: true, brickVersion: true, transactions: { where: { kind: "link" } } },
  });
  if (!d) throw new AppError("NOT_FOUND", { userMessage: "This deployment does not exist, or you may not change it." });
  const { manifest, bundle } = parseVersion(d.brickVersion);
  if (!manifest.link?.record || !d.linkedContract)
    throw new AppError("BAD_INPUT", { userMessage: "This brick has no link transaction to sign." });
  if (!d.address || !isOnChain(d.status))
    throw new AppError("CONFLICT", { userMessage: "The instance is not on chain yet; wait until it is in a block." });
  const current = d.transactions[0];
  if (current && ["signed", "in_block", "finalized"].includes(current.status))
    return { payload: null, status: current.status };

  const api = await getChainApi(d.network.rpcUrl, { networkName: d.network.name });
  const target = { manifest, bundle, version: d.brickVersion, network: d.network };
  const platform = platformAdapter(d.network.platform);
  const signer = opts.actor.address;
  const call = linkCall(api, target, "record", {
    signer,
    instance: d.address,
    linked: d.linkedContract,
    answers: JSON.parse(d.config),
  })!;
  const dry = await platform.dryRunCall(api, { origin: signer, dest: call.dest, inputData: call.data });
  const verdict =
    call.on === "instance"
      ? explainDryRun(contractCodec(api, d.brickVersion), { kind: "message", label: call.label }, dry)
      : linkedVerdict(dry, call.label, (data) => explainLinkRevert(api, target, "linked", call.label, data));
  if (!verdict.ok) throw new AppError("BAD_INPUT", { userMessage: verdict.message });
  const tx = platform.callTx(api, {
    dest: call.dest,
    inputData: u8aToHex(call.data),
    gasLimit: { refTime: withMargin(dry.gas.refTime), proofSize: withMargin(dry.gas.proofSize) },
    storageDepositLimit: withMargin(dry.deposit),
  });
  const cost = await costOf(api, tx, signer, dry.deposit);
  if (!cost.enough)
    throw new AppError("BAD_INPUT", { userMessage: (notEnoughMoney(cost, d.network) as { message: string }).message });
  const payload = await buildSignerPayload(api, tx, signer);
  const row = {
    status: "draft",
    signer,
    payload: JSON.stringify(payload),
    signedExtrinsic: null,
    extrinsicHash: null,
    blockHash: null,
    blockNumber: null,
    failureReason: null,
  };
  await db.$transaction([
    db.deploymentTx.upsert({
      where: { deploymentId_kind: { deploymentId: d.id, kind: "link" } },
      create: { ...row, deploymentId: d.id, kind: "link" },
      update: row,
    }),
    db.deploymentEvent.create({
      data: {
        deploymentId: d.id,
        status: "link_prepared",
        detail: `Link transaction prepared: ${call.label} on ${call.on === "instance" ? "the new instance" : `your contract ${call.dest}`}, to be signed by ${signer}.`,
        actorId: opts.actor.id,
      },
    }),
  ]);
  return { payload, status: "draft" };
}

function linkedVerdict(dry: TDryRun, label: string, explain: (data: string) => string) {
  if (!dry.ok) return { ok: false as const, message: `Your contract cannot run ${label}: ${dry.error.message}` };
  if (dry.reverted) {
    return {
      ok: false as const,
      message: `Your contract refused ${label} from your account (${explain(dry.data)}). Usually only the contract's owner may do this: sign in with the account that owns your contract, then link again.`,
    };
  }
  return { ok: true as const };
}

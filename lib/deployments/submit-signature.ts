// Step two of a deploy (and of the link step): the wallet's signature comes back, the server
// attaches it to the payload IT built (a browser cannot swap the call), stores the signed
// extrinsic and marks it signed BEFORE sending, then hands it to the tracker. Submitting twice is
// harmless: only a draft can be signed.
import "server-only";
import { rolesAllowed } from "@/lib/auth/permissions";
import { getChainApi } from "@/lib/chain/api-pool";
import { attachSignature, isPayloadSignature, type SignerPayloadJSON } from "@/lib/chain/signer-payload";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZSubmitSignature } from "./schemas";
import { actionLabelOf, txWords } from "./actions/tx-words";
import { transitionTx } from "./transition";
import type { DeploymentTracker } from "./tracker/deployment-tracker";
import { getDeploymentTracker } from "./tracker/process-tracker";

export async function submitSignature(opts: { actorId: string; input: unknown; tracker?: DeploymentTracker }) {
  const input = ZSubmitSignature.parse(opts.input);
  const tx = await db.deploymentTx.findFirst({
    where: {
      deploymentId: input.deploymentId,
      kind: input.kind,
      deployment: {
        team: { members: { some: { userId: opts.actorId, role: { in: rolesAllowed("deployment.create") } } } },
      },
    },
    include: { deployment: { include: { network: true, brickVersion: { select: { manifest: true } } } } },
  });
  if (!tx)
    throw new AppError("NOT_FOUND", {
      userMessage: "This deployment does not exist, or you may not deploy for its team.",
    });
  if (tx.status !== "draft") return { status: tx.status, extrinsicHash: tx.extrinsicHash };

  const { network } = tx.deployment;
  const api = await getChainApi(network.rpcUrl, { networkName: network.name });
  const payload = JSON.parse(tx.payload) as SignerPayloadJSON;
  if (!isPayloadSignature(api, payload, input.signature)) {
    throw new AppError("BAD_INPUT", {
      userMessage: `The signature does not match this transaction for account ${payload.address}. Sign again with that account.`,
      fields: { signature: ["Signature does not match."] },
    });
  }
  const signed = attachSignature(api, payload, input.signature);
  const label = actionLabelOf(tx.deployment.brickVersion.manifest, tx.actionId);
  const words = txWords(input.kind, label);
  const moved = await transitionTx({
    txId: tx.id,
    deploymentId: tx.deploymentId,
    from: ["draft"],
    to: "signed",
    tx: { signedExtrinsic: signed.hex, extrinsicHash: signed.hash },
    deployment: input.kind === "instantiate" ? { status: "signed", extrinsicHash: signed.hash } : undefined,
    event: {
      status: `${words.prefix}signed`,
      detail: `${words.what} was signed by ${payload.address} and sent (${signed.hash}).`,
      actorId: opts.actorId,
    },
    audit: {
      actorId: opts.actorId,
      teamId: tx.deployment.teamId,
      action: words.audit,
      target: `deployment:${tx.deploymentId}`,
      detail: {
        extrinsicHash: signed.hash,
        network: network.slug,
        ...(label ? { action: label, instance: tx.deployment.name } : {}),
      },
    },
  });
  if (!moved) {
    const now = await db.deploymentTx.findUniqueOrThrow({ where: { id: tx.id } });
    return { status: now.status, extrinsicHash: now.extrinsicHash };
  }
  await (opts.tracker ?? getDeploymentTracker()).submit(tx.id);
  return { status: "signed", extrinsicHash: signed.hash };
}

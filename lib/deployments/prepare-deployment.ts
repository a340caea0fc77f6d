// Step one of a deploy: validate everything again, dry-run, build the instantiate transaction with
// limits from the dry-run, and write the Deployment row (idempotency key, deterministic salt) BEFORE
// anything is signed or sent. Returns the payload the browser wallet signs. The same key always
// returns the same deployment: a double click, a retry or a reload never creates a second one.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { writeAuditLog } from "@/lib/history/write-history";
import { getChainApi } from "@/lib/chain/api-pool";
import { buildSignerPayload, isStillValid, type SignerPayloadJSON } from "@/lib/chain/signer-payload";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireTeamPermission } from "@/lib/teams/require-team-permission";
import { platformAdapter } from "@/lib/chain/platforms";
import { checkLink } from "./check-link";
import { contractCodec } from "./codec";
import { costOf, explainDryRun, notEnoughMoney } from "./explain-dry-run";
import { loadDeployTarget } from "./load-deploy-target";
import { checkAnswers, feeProbeTx, instantiateTx, planInstantiate } from "./plan-instantiate";
import { predictedAddressOf } from "./predicted-address";
import { deploymentSalt } from "./salt";
import { ZPrepareDeployment } from "./schemas";

export type TPrepared = {
  deploymentId: string;
  status: string;
  payload: SignerPayloadJSON | null;
  address: string | null;
};

export async function prepareDeployment(opts: {
  actor: { id: string; address: string };
  input: unknown;
}): Promise<TPrepared> {
  const input = ZPrepareDeployment.parse(opts.input);
  const actorId = opts.actor.id;
  await requireTeamPermission(db, {
    actorId,
    teamId: input.teamId,
    action: "deployment.create",
    doing: "deploy bricks",
  });
  const existing = await db.deployment.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
  if (existing && (existing.teamId !== input.teamId || existing.createdById !== actorId)) {
    throw new AppError("CONFLICT", {
      userMessage: "This deploy request was already used. Reload the page and try again.",
    });
  }
  // Past the draft stage, the chain may hold it: never build a second transaction.
  if (existing && existing.status !== "draft")
    return { deploymentId: existing.id, status: existing.status, payload: null, address: existing.address };

  const target = await loadDeployTarget(input);
  const { network, version, manifest } = target;
  const api = await getChainApi(network.rpcUrl, { networkName: network.name });
  const salt = deploymentSalt(input.idempotencyKey);
  const signer = opts.actor.address;
  // The same request again (a double click, a retry): hand back the payload already built, so
  // whichever answer the browser signs matches what the server will attach the signature to.
  if (existing) {
    const same =
      existing.name === input.name &&
      existing.networkId === network.id &&
      existing.brickVersionId === version.id &&
      existing.signer === signer &&
      existing.config === JSON.stringify(checkAnswers(target, input.config));
    const stored = same
      ? await db.deploymentTx.findUnique({
          where: { deploymentId_kind: { deploymentId: existing.id, kind: "instantiate" } },
        })
      : null;
    if (stored?.status === "draft" && (await isStillValid(api, JSON.parse(stored.payload)))) {
      const payload = JSON.parse(stored.payload) as SignerPayloadJSON;
      return {
        deploymentId: existing.id,
        status: "draft",
        payload,
        address: predictedAddressOf(api, payload, version, network),
      };
    }
  }
  const plan = await planInstantiate(api, target, { config: input.config, signer, salt });
  const verdict = explainDryRun(
    contractCodec(api, version),
    { kind: "constructor", label: manifest.constructor.name },
    plan.dryRun,
  );
  if (!verdict.ok) throw new AppError("BAD_INPUT", { userMessage: verdict.message });
  if (manifest.link) {
    const field = manifest.link.field;
    const link = await checkLink(api, target, { address: String(plan.answers[field] ?? ""), origin: signer });
    if (!link.ok)
      throw new AppError("BAD_INPUT", { userMessage: link.message, fields: { [`config.${field}`]: [link.message] } });
  }
  const tx = instantiateTx(api, target, plan, salt);
  const cost = await costOf(api, feeProbeTx(api, target, plan), signer, plan.dryRun.deposit);
  if (!cost.enough)
    throw new AppError("BAD_INPUT", { userMessage: (notEnoughMoney(cost, network) as { message: string }).message });
  const payload = await buildSignerPayload(api, tx, signer);

  const row = {
    name: input.name,
    config: JSON.stringify(plan.answers),
    constructorName: manifest.constructor.name,
    args: JSON.stringify(plan.args),
    // Stored as the platform shows it (the network's SS58 prefix, or an H160's checksum), whatever case was typed.
    linkedContract: manifest.link ? linkedAddress(network, String(plan.answers[manifest.link.field] ?? "")) : null,
    brickVersionId: version.id,
    networkId: network.id,
    signer,
  };
  const txRow = { kind: "instantiate", status: "draft", signer, payload: JSON.stringify(payload) };
  try {
    const deployment = await db.$transaction(async (q) => {
      const found = await q.deployment.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
      if (found && found.status !== "draft") return found;
      if (found) {
        // Still unsigned: the answers may have changed since; the salt (hence no duplicate) stays.
        await q.deploymentTx.upsert({
          where: { deploymentId_kind: { deploymentId: found.id, kind: "instantiate" } },
          create: { ...txRow, deploymentId: found.id },
          update: txRow,
        });
        return q.deployment.update({ where: { id: found.id }, data: row });
      }
      const created = await q.deployment.create({
        data: {
          ...row,
          idempotencyKey: input.idempotencyKey,
          teamId: input.teamId,
          createdById: actorId,
          salt,
          status: "draft",
          transactions: { create: txRow },
        },
      });
      await q.deploymentEvent.create({
        data: {
          deploymentId: created.id,
          status: "draft",
          detail: `Prepared: ${version.brick.name} ${version.version} on ${network.name}, to be signed by ${signer}.`,
          actorId,
        },
      });
      await writeAuditLog(q, {
        actorId,
        teamId: input.teamId,
        action: "deployment.create",
        target: `deployment:${created.id}`,
        detail: { name: input.name, brick: `${version.brick.slug}@${version.version}`, network: network.slug },
      });
      return created;
    });
    if (deployment.status !== "draft")
      return { deploymentId: deployment.id, status: deployment.status, payload: null, address: deployment.address };
    return { deploymentId: deployment.id, status: "draft", payload, address: plan.address };
  } catch (error) {
    // Two requests with one key at the same moment: the second finds the first's row.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return prepareDeployment(opts);
    throw error;
  }
}

function linkedAddress(network: { platform: string; ss58Prefix: number }, entered: string): string | null {
  const text = entered.trim();
  return text ? platformAdapter(network.platform).formatAddress(text, network.ss58Prefix) : null;
}

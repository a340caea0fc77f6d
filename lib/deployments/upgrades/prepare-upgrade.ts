// Step one of an upgrade: the target checked (same brick, newer, not yanked, the running code can
// replace itself), then, when the network does not store the new code yet, its upload prepared
// (contracts.uploadCode, signed by the same wallet); otherwise the code-replacing message dry-run and
// explained in words. Either way the unsigned transaction is stored as a DeploymentTx of kind
// "action:<key>" BEFORE anything is signed, and signed through the settings actions' submit.
// Deployers and above only (in the query); refusals are one sentence and write nothing.
import "server-only";
import { u8aToHex } from "@polkadot/util";
import { getChainApi } from "@/lib/chain/api-pool";
import { formatTokens } from "@/lib/chain/format-tokens";
import { platformAdapter } from "@/lib/chain/platforms";
import { buildSignerPayload, type SignerPayloadJSON } from "@/lib/chain/signer-payload";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { actionKind } from "../actions/action-kind";
import { explainAction } from "../actions/explain-action";
import { costOf } from "../explain-dry-run";
import { parseVersion } from "../load-deploy-target";
import { ZPrepareUpgrade } from "./schemas";
import { uploadCodeTx } from "./upload-code-tx";
import { upgradeCodec } from "./upgrade-codec";
import { UPGRADE_CALL, UPGRADE_UPLOAD, type TUpgradeInput } from "./upgrade-ids";
import { findOperableInstance } from "@/lib/deployments/actions/find-operable-instance";
import { upgradeRefusal } from "./upgrade-refusal";

const withMargin = (n: bigint) => n + n / 10n;

export type TPreparedUpgrade = {
  /** "upload": this transaction stores the new code; prepare again afterwards for the upgrade itself. */
  step: "upload" | "upgrade";
  payload: SignerPayloadJSON | null;
  status: string;
  summary: { title: string; words: string; changelog: string; fee: string; deposit: string };
};

const refuse = (userMessage: string) =>
  new AppError("BAD_INPUT", { userMessage, fields: { targetVersionId: [userMessage] } });

export async function prepareUpgrade(opts: {
  actor: { id: string; address: string };
  input: unknown;
}): Promise<TPreparedUpgrade> {
  const input = ZPrepareUpgrade.parse(opts.input);
  const d = await findOperableInstance(opts.actor.id, input.deploymentId, {
    may: "upgrade it",
    cannot: "it cannot be upgraded",
  });
  if (d.network.platform !== "contracts")
    throw refuse("Upgrades replace ink! code on pallet-contracts networks; this network runs pallet-revive.");
  const { manifest } = parseVersion(d.brickVersion);
  const target = await db.brickVersion.findUnique({ where: { id: input.targetVersionId } });
  const refusal = upgradeRefusal({ ...d.brickVersion, manifest }, target);
  if (refusal || !target) throw refuse(refusal ?? "This version does not exist.");
  // A version goes only where its publisher allowed it, for an upgrade as for a deploy.
  const allowed = await db.brickVersionNetwork.findUnique({
    where: { brickVersionId_networkSlug: { brickVersionId: target.id, networkSlug: d.network.slug } },
  });
  if (!allowed) throw refuse(`Version ${target.version} is not offered on ${d.network.name}.`);

  const kind = actionKind(input.idempotencyKey);
  const existing = await db.deploymentTx.findUnique({ where: { deploymentId_kind: { deploymentId: d.id, kind } } });
  const api = await getChainApi(d.network.rpcUrl, { networkName: d.network.name });
  const platform = platformAdapter(d.network.platform);
  const signer = opts.actor.address;
  const t = (v: bigint) => formatTokens(v, d.network.decimals, d.network.tokenSymbol);
  const stored = await platform.isCodeStored(api, target.codeHash);
  const step = stored ? "upgrade" : "upload";
  const words = stored
    ? `The dry-run passed: ${d.name} will run ${manifest.name} ${target.version} (code ${short(target.codeHash)}) at the same address, keeping everything it stores. Afterwards Brickyard checks the code on chain.`
    : `${d.network.name} does not hold the code of ${target.version} yet. Your wallet first uploads it (one transaction, a refundable deposit); then you sign the upgrade itself.`;
  const summary = { title: `Upgrade to ${target.version}`, words, changelog: target.changelog };
  if (existing && existing.status !== "draft")
    return { step, payload: null, status: existing.status, summary: { ...summary, fee: "—", deposit: "—" } };

  let tx;
  let deposit: bigint;
  if (stored) {
    const codec = upgradeCodec(api, d.brickVersion);
    const call = codec.encodeCall(
      { kind: "settings", id: UPGRADE_CALL },
      { codeHash: target.codeHash },
      {
        signer,
        instance: d.address,
      },
    );
    const dry = await platform.dryRunCall(api, { origin: signer, dest: d.address, inputData: call.data });
    const verdict = explainAction(codec, call.label, dry, signer);
    if (!verdict.ok) throw refuse(verdict.message);
    deposit = dry.deposit;
    tx = platform.callTx(api, {
      dest: d.address,
      inputData: u8aToHex(call.data),
      gasLimit: { refTime: withMargin(dry.gas.refTime), proofSize: withMargin(dry.gas.proofSize) },
      storageDepositLimit: withMargin(dry.deposit),
    });
  } else {
    ({ tx, deposit } = await uploadCodeTx(api, signer, target.wasm));
  }
  const cost = await costOf(api, tx, signer, deposit);
  if (!cost.enough)
    throw refuse(
      `Your account has ${t(cost.free)} available; this needs about ${t(cost.needed)} (fee ${t(cost.fee)}, storage deposit ${t(cost.deposit)}). Add funds, then try again.`,
    );
  const payload = await buildSignerPayload(api, tx, signer);
  const upgrade: TUpgradeInput = { targetVersionId: target.id, version: target.version, codeHash: target.codeHash };
  const row = {
    status: "draft",
    signer,
    payload: JSON.stringify(payload),
    actionId: stored ? UPGRADE_CALL : UPGRADE_UPLOAD,
    actionInput: JSON.stringify(upgrade),
    actorId: opts.actor.id,
  };
  await db.deploymentTx.upsert({
    where: { deploymentId_kind: { deploymentId: d.id, kind } },
    create: { ...row, deploymentId: d.id, kind },
    update: row,
  });
  return { step, payload, status: "draft", summary: { ...summary, fee: t(cost.fee), deposit: t(deposit) } };
}

const short = (hash: string) => `${hash.slice(0, 10)}…`;

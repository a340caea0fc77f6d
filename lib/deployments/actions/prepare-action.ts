// Step one of a settings action (mint, add a reporter, …): the answers validated with the action's
// own form schema, the call dry-run through the platform adapter and explained in words (what will
// change, the fee, the contract's refusal decoded), then the unsigned transaction stored as a
// DeploymentTx of kind "action:<key>" BEFORE anything is signed. Deployers and above only (in the
// query). The same key returns the same transaction.
import "server-only";
import { u8aToHex } from "@polkadot/util";
import { describeFields, type JsonSchema } from "@/lib/bricks/config-schema";
import { getChainApi } from "@/lib/chain/api-pool";
import { formatTokens } from "@/lib/chain/format-tokens";
import { platformAdapter } from "@/lib/chain/platforms";
import { buildSignerPayload, type SignerPayloadJSON } from "@/lib/chain/signer-payload";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { contractCodec } from "../codec";
import { costOf } from "../explain-dry-run";
import { actionCall } from "./action-call";
import { actionKind } from "./action-kind";
import { explainAction } from "./explain-action";
import { findOperableInstance } from "./find-operable-instance";
import { ZPrepareAction } from "./schemas";

const withMargin = (n: bigint) => n + n / 10n;

export type TPreparedAction = {
  payload: SignerPayloadJSON | null;
  status: string;
  /** Plain words: what the action does with these answers, and what it costs. */
  summary: { title: string; changes: { label: string; value: string }[]; fee: string; deposit: string };
};

export async function prepareAction(opts: {
  actor: { id: string; address: string };
  input: unknown;
}): Promise<TPreparedAction> {
  const input = ZPrepareAction.parse(opts.input);
  const d = await findOperableInstance(opts.actor.id, input.deploymentId, {
    may: "change its settings",
    cannot: "its settings cannot be changed",
  });

  const kind = actionKind(input.idempotencyKey);
  const existing = await db.deploymentTx.findUnique({ where: { deploymentId_kind: { deploymentId: d.id, kind } } });
  const signer = opts.actor.address;
  const api = await getChainApi(d.network.rpcUrl, { networkName: d.network.name });
  const call = actionCall(api, d.brickVersion, {
    action: input.action,
    answers: input.answers,
    signer,
    instance: d.address,
    linked: d.linkedContract,
  });
  const changes = describeAnswers(call.action.config as JsonSchema, input.answers);
  const title = call.action.label;
  if (existing && existing.status !== "draft")
    return { payload: null, status: existing.status, summary: { title, changes, fee: "—", deposit: "—" } };

  const platform = platformAdapter(d.network.platform);
  const dry = await platform.dryRunCall(api, { origin: signer, dest: d.address, inputData: call.data });
  const verdict = explainAction(contractCodec(api, d.brickVersion), call.action.message, dry, signer);
  if (!verdict.ok) throw new AppError("BAD_INPUT", { userMessage: verdict.message });
  const tx = platform.callTx(api, {
    dest: d.address,
    inputData: u8aToHex(call.data),
    gasLimit: { refTime: withMargin(dry.gas.refTime), proofSize: withMargin(dry.gas.proofSize) },
    storageDepositLimit: withMargin(dry.deposit),
  });
  const cost = await costOf(api, tx, signer, dry.deposit);
  const t = (v: bigint) => formatTokens(v, d.network.decimals, d.network.tokenSymbol);
  if (!cost.enough)
    throw new AppError("BAD_INPUT", {
      userMessage: `Your account has ${t(cost.free)} available; this needs about ${t(cost.needed)} (fee ${t(cost.fee)}, storage deposit ${t(cost.deposit)}). Add funds, then try again.`,
    });
  const payload = await buildSignerPayload(api, tx, signer);
  const row = {
    status: "draft",
    signer,
    payload: JSON.stringify(payload),
    actionId: call.action.id,
    actionInput: JSON.stringify(input.answers),
    actorId: opts.actor.id,
  };
  await db.deploymentTx.upsert({
    where: { deploymentId_kind: { deploymentId: d.id, kind } },
    create: { ...row, deploymentId: d.id, kind },
    update: row,
  });
  return { payload, status: "draft", summary: { title, changes, fee: t(cost.fee), deposit: t(dry.deposit) } };
}

/** The answers as the form labelled them (addresses as entered, amounts as typed). */
function describeAnswers(schema: JsonSchema, answers: Record<string, unknown>) {
  return describeFields(schema)
    .filter((f) => answers[f.name] !== undefined && answers[f.name] !== "")
    .map((f) => ({ label: f.label, value: show(answers[f.name]) }));
}

const show = (v: unknown) =>
  typeof v === "boolean" ? (v ? "Yes" : "No") : Array.isArray(v) ? v.map(String).join(", ") : String(v);

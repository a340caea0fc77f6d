// Delivers one run's output to the target contract, at most once. The delivery row is written with
// the signed bytes and their nonce BEFORE anything is sent, and it is unique per run and per run
// sequence number; so a retry of the run (a killed worker, a lost connection) finds the row and
// reconciles: already in a block → done; not found → the same bytes are sent again, never new ones.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import { ContractPromise } from "@polkadot/api-contract";
import type { WeightV2 } from "@polkadot/types/interfaces";
import { u8aToHex } from "@polkadot/util";
import { recentFeeOf } from "@/lib/chain/fee-of";
import { platformAdapter } from "@/lib/chain/platforms";
import { callData } from "@/lib/deployments/contract-abi";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { checkAutomationBalance } from "../automation/check-balance";
import { loadAutomationSigner } from "../automation/load-signer";
import { buildDeliveryCall } from "./build-call";
import { finalizeOutstanding, followFinality } from "./follow-finality";
import { mapAutomationAccount } from "./map-automation-account";
import { recordIncluded } from "./record-delivery";
import { submitSigned } from "./submit-signed";
import { targetAbi } from "./target-abi";

export type TDeliveryResult =
  | { status: "none" }
  /** The run succeeded with no output (null/undefined): the function decided there was nothing to report. */
  | { status: "nothing"; reason: string }
  | { status: "in_block" | "finalized"; id: string; blockHash: string; blockNumber: number; extrinsicHash: string }
  | { status: "failed"; id?: string; reason: string };

const MORTAL_BLOCKS = 64;

export const NOTHING_TO_DELIVER = "Nothing to deliver: the function returned no output this time";

export async function deliverRun(api: ApiPromise, runId: string): Promise<TDeliveryResult> {
  const run = await db.functionRun.findUniqueOrThrow({
    where: { id: runId },
    include: { instance: true, delivery: true },
  });
  const inst = run.instance;
  if (!inst.delivery || !inst.targetAddress || !inst.targetAbi) return { status: "none" };
  const result = run.delivery ? await reconcile(api, run.delivery.id) : await deliver(api, run);
  // Earlier deliveries whose blocks were not final yet when their run ended: looked at once this
  // one is through, so they never delay it.
  await finalizeOutstanding(api, inst.id, "id" in result ? result.id : undefined);
  return result;
}

type TRunToDeliver = Prisma.FunctionRunGetPayload<{ include: { instance: true } }>;

async function deliver(api: ApiPromise, run: TRunToDeliver): Promise<TDeliveryResult> {
  const inst = run.instance;
  if (!inst.delivery || !inst.targetAddress || !inst.targetAbi) return { status: "none" };
  // A function may decide there is nothing to report this time: no transaction, and no failure.
  if (run.output === null || run.output === "null") return { status: "nothing", reason: NOTHING_TO_DELIVER };

  const signer = await loadAutomationSigner(inst.id);
  let call: { message: string; args: unknown[] };
  try {
    call = buildDeliveryCall({
      delivery: inst.delivery,
      targetAbi: inst.targetAbi,
      targetAddress: inst.targetAddress,
      signer: signer.address,
      output: JSON.parse(run.output ?? "null"),
    });
  } catch (error) {
    const reason = error instanceof AppError ? describeAppError(error) : (error as Error).message;
    return failWithoutTx(run.id, inst.id, run.seq, "?", reason);
  }
  // The network's contract platform picks how the call is dry-run, built and read back: pallet-contracts
  // or pallet-revive (ink! v6 through the same ABI reader; the account mapped on first use).
  const network = inst.networkId
    ? await db.network.findUnique({ where: { id: inst.networkId }, select: { platform: true } })
    : null;
  const platform = platformAdapter(network?.platform);
  const abi = targetAbi(inst.targetAbi);
  const message = abi.findMessage(call.message);
  const data = callData(message.toU8a(call.args));
  if (platform.platform === "revive") {
    const mapped = await mapAutomationAccount(api, platform, signer);
    if (!mapped.ok) return failWithoutTx(run.id, inst.id, run.seq, call.message, mapped.reason, call.args);
  }
  // Everything the transaction needs besides the dry-run is read while the chain dry-runs it: the
  // dry-run is a whole runtime call (hundreds of ms on a dev chain), the rest are storage reads and
  // one database query. This is the path between a trigger and its result on chain.
  const [dry, account, head, inFlight] = await Promise.all([
    platform.dryRunCall(api, { origin: signer.address, dest: inst.targetAddress, inputData: data }),
    readAccount(api, signer.address),
    api.rpc.chain.getHeader().then((h) => h.number.toNumber()),
    maxNonceInFlight(inst.id),
  ]);
  if (!dry.ok || dry.reverted) {
    const why = dry.ok ? `the contract refused the call (reverted, reply ${dry.data})` : dry.error.message;
    return failWithoutTx(run.id, inst.id, run.seq, call.message, `Not sent: ${why}`, call.args);
  }
  const gas = { refTime: (dry.gas.refTime * 12n) / 10n, proofSize: (dry.gas.proofSize * 12n) / 10n };
  const tx =
    platform.platform === "revive"
      ? platform.callTx(api, {
          dest: inst.targetAddress,
          inputData: u8aToHex(data),
          gasLimit: gas,
          storageDepositLimit: dry.deposit + dry.deposit / 10n,
        })
      : new ContractPromise(api, abi, inst.targetAddress).tx[message.method](
          { gasLimit: api.registry.createType<WeightV2>("WeightV2", gas), storageDepositLimit: dry.deposit || null },
          ...call.args,
        );
  // The same message with call data of the same length costs the same fee, whatever value it carries.
  const fee = await recentFeeOf(api, tx, signer.address, `${inst.id}:${call.message}:${data.length}`);
  const balance = checkAutomationBalance(api, signer.address, account.free, fee);
  if (!balance.ok) return failWithoutTx(run.id, inst.id, run.seq, call.message, balance.message!, call.args);

  // The automation account signs nothing but this instance's deliveries (and, once, its revive
  // mapping, included before this point): its next nonce is the chain's, or past the deliveries
  // still on their way. Storage holds included transactions only; the database holds the rest.
  const nonce = inFlight !== null && inFlight >= account.nonce ? inFlight + 1 : account.nonce;
  await tx.signAsync(signer, { nonce, era: MORTAL_BLOCKS });
  let deliveryId: string;
  try {
    const row = await db.functionDelivery.create({
      data: {
        instanceId: inst.id,
        runId: run.id,
        seq: run.seq,
        message: call.message,
        args: JSON.stringify(call.args),
        status: "signed",
        nonce,
        signedAtBlock: head,
        extrinsicHash: tx.hash.toHex(),
        signedTx: tx.toHex(),
      },
    });
    deliveryId = row.id;
  } catch (error) {
    // Unique (runId) or (instanceId, seq): another attempt recorded this run's delivery first.
    // Our signature was never sent; follow theirs.
    const existing = await db.functionDelivery.findFirst({
      where: { OR: [{ runId: run.id }, { instanceId: inst.id, seq: run.seq }] },
    });
    // Otherwise the nonce was taken by another run's delivery in flight: fail this attempt, unsent;
    // the job's retry signs again with the next nonce.
    if (!existing) throw new Error("Another delivery of this function took the same nonce; retrying", { cause: error });
    return reconcile(api, existing.id);
  }
  await submitSigned(api, tx.toHex());
  return reconcile(api, deliveryId);
}

/** The automation account's included nonce and free balance: one storage read. */
async function readAccount(api: ApiPromise, address: string): Promise<{ nonce: number; free: bigint }> {
  const a = (await api.query.system.account(address)) as unknown as {
    nonce: { toNumber(): number };
    data: { free: { toBigInt(): bigint } };
  };
  return { nonce: a.nonce.toNumber(), free: a.data.free.toBigInt() };
}

/** The highest nonce among this instance's deliveries signed but not yet seen in a block. */
async function maxNonceInFlight(instanceId: string): Promise<number | null> {
  const inFlight = await db.functionDelivery.aggregate({
    where: { instanceId, status: "signed" },
    _max: { nonce: true },
  });
  return inFlight._max.nonce;
}

/** Brings a recorded delivery up to date from the chain; sends its signed bytes again if needed. */
export async function reconcile(api: ApiPromise, deliveryId: string, afterReorg = false): Promise<TDeliveryResult> {
  let d = await db.functionDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
  if (d.status === "signed" && d.extrinsicHash && d.signedTx) {
    const from = (d.signedAtBlock ?? 0) + 1;
    let found = await recordIncluded(api, d.id, d.extrinsicHash, from);
    if (!found) {
      const head = (await api.rpc.chain.getHeader()).number.toNumber();
      if (head > (d.signedAtBlock ?? 0) + MORTAL_BLOCKS) {
        found = await db.functionDelivery.update({
          where: { id: d.id },
          data: { status: "failed", failureReason: "No block included the delivery before it expired" },
        });
      } else {
        const sent = await submitSigned(api, d.signedTx);
        found = await recordIncluded(api, d.id, d.extrinsicHash, from);
        if (!found && "refused" in sent) {
          found = await db.functionDelivery.update({
            where: { id: d.id },
            data: { status: "failed", failureReason: `The chain refused the delivery: ${sent.refused}` },
          });
        }
      }
    }
    if (found) d = found;
  }
  if (d.status === "in_block") {
    // Included is not final: follow it (a re-org puts it back to "signed" and we look again, once).
    const finality = await followFinality(api, d.id);
    if (finality === "reorged" && !afterReorg) return reconcile(api, d.id, true);
    d = await db.functionDelivery.findUniqueOrThrow({ where: { id: d.id } });
  }
  if (d.status === "failed") return { status: "failed", id: d.id, reason: d.failureReason ?? "failed" };
  if (d.status === "signed") return { status: "failed", id: d.id, reason: "The delivery is still on its way" };
  return {
    status: d.status as "in_block" | "finalized",
    id: d.id,
    blockHash: d.blockHash!,
    blockNumber: d.blockNumber!,
    extrinsicHash: d.extrinsicHash!,
  };
}

async function failWithoutTx(
  runId: string,
  instanceId: string,
  seq: number,
  message: string,
  reason: string,
  args: unknown[] = [],
): Promise<TDeliveryResult> {
  const row = await db.functionDelivery.upsert({
    where: { runId },
    update: {},
    create: { instanceId, runId, seq, message, args: JSON.stringify(args), status: "failed", failureReason: reason },
  });
  return { status: "failed", id: row.id, reason: row.failureReason ?? reason };
}

function describeAppError(error: AppError): string {
  const fields = Object.entries(error.fields ?? {}).map(([k, v]) => `${k}: ${v.join(", ")}`);
  return `The output does not fit the delivery: ${[error.userMessage, ...fields].join("; ")}`;
}

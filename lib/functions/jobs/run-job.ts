// What a worker does with one claimed job: claim the run, queue the instance's next slot, run the
// function in the sandbox with its secrets and state, store output, logs and the HTTP bodies it
// hashed, deliver the output to chain, and sign the receipt. A failure throws, so pg-boss retries.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import type PgBoss from "pg-boss";
import { db } from "@/lib/db";
import type { TRunRequest, TRunResult } from "@/lib/functions/sandbox";
import { redactSecrets } from "@/lib/functions/http/redact";
import { openSecrets } from "../secrets/load-secrets";
import { deliverRun, type TDeliveryResult } from "../delivery/deliver-run";
import { claimRun } from "./claim-run";
import { enqueueNextSlot } from "./enqueue-run";
import { ZInstanceConfig } from "./instance-config";
import type { TRunJob } from "./queues";
import { attachDeliveryToReceipt, signRunReceipt } from "./attach-receipt";

export type TRunDeps = {
  boss: PgBoss;
  workerId: string;
  runner: (req: TRunRequest) => Promise<TRunResult>;
  /** The chain connection for an instance's network (deliveries). */
  chain: (rpcUrl: string) => Promise<ApiPromise>;
  /** Test-only: let functions reach 127.0.0.1 (a local test API). Never on in production. */
  allowPrivateAddresses: boolean;
};

export type TJobOutcome =
  | { status: "skipped"; reason: string }
  | { status: "succeeded"; runId: string; seq: number; delivery: TDeliveryResult };

export async function runJob(
  job: { id: string; data: TRunJob; retryCount: number },
  deps: TRunDeps,
): Promise<TJobOutcome> {
  const claim = await claimRun(job, deps.workerId);
  if (claim.kind === "gone") return { status: "skipped", reason: claim.reason };
  const instance = claim.instance;
  // Chain the schedule before the run, so a failing run never stops the next slot.
  if (job.data.slot) await enqueueNextSlot(deps.boss, instance, new Date(job.data.slot));
  if (claim.kind === "duplicate") return { status: "skipped", reason: "this slot already ran" };
  if (!claim.alreadySucceeded) {
    const config = ZInstanceConfig.parse(JSON.parse(instance.config));
    const input = runInput(config.input, job.data);
    const secrets = openSecrets(instance.id, instance.secrets);
    const redact = (s: string) => redactSecrets(s, secrets);
    const state = JSON.parse(instance.state) as unknown;
    const startedAt = new Date();
    const result = await deps.runner({
      source: instance.source,
      handler: "run",
      input,
      secrets,
      state,
      limits: config.limits,
      allowedHosts: config.allowedHosts,
      allowHttp: config.allowHttp,
      allowPrivateAddresses: deps.allowPrivateAddresses && config.allowPrivateAddresses,
    });
    const receipt = await signRunReceipt({
      runId: claim.runId,
      seq: claim.seq,
      instance,
      input,
      state,
      secrets,
      result,
      startedAt,
      configVersion: instance.configVersion,
    });
    // One write (one statement to compile, one transaction) for the run's outcome, its signed receipt,
    // the bodies it hashed and the new state. A retry first drops the bodies of its earlier attempt.
    const outcome = db.functionRun.update({
      where: { id: claim.runId },
      data: {
        status: result.ok ? "succeeded" : "failed",
        input: JSON.stringify(input ?? null),
        stateBefore: instance.state,
        output: result.ok ? JSON.stringify(result.output ?? null) : null,
        error: result.error ? redact(result.error.message) : null,
        logs: JSON.stringify(result.logs.map(redact)),
        receipt: JSON.stringify(receipt),
        durationMs: Math.round(result.durationMs),
        finishedAt: new Date(),
        configVersion: instance.configVersion,
        ...(result.bodies.length ? { bodies: { createMany: { data: result.bodies } } } : {}),
        ...(result.ok && result.state !== undefined
          ? { instance: { update: { state: JSON.stringify(result.state) } } }
          : {}),
      },
      select: { id: true },
    });
    if (claim.kind === "retry")
      await db.$transaction([db.functionHttpBody.deleteMany({ where: { runId: claim.runId } }), outcome]);
    else await outcome;
    if (!result.ok) throw new Error(redact(result.error?.message ?? "the function failed"));
  }
  let delivery: TDeliveryResult = { status: "none" };
  if (instance.delivery && instance.networkId) {
    const network = await db.network.findUniqueOrThrow({ where: { id: instance.networkId } });
    delivery = await deliverRun(await deps.chain(network.rpcUrl), claim.runId);
    await attachDeliveryToReceipt(claim.runId, claim.seq, network.slug, instance.targetAddress!, delivery);
    // "Still on its way" is retried; a delivery the chain or the contract refused is final.
    if (delivery.status === "failed" && delivery.reason === "The delivery is still on its way") {
      throw new Error(delivery.reason);
    }
  }
  return { status: "succeeded", runId: claim.runId, seq: claim.seq, delivery };
}

/**
 * A webhook or event run's input: the configured input plus the call's body under `webhook`, or the
 * decoded contract event under `event` (see FORMAT.md). The receipt's input hash covers either.
 */
export function runInput(configured: unknown, job: TRunJob): unknown {
  if (job.trigger !== "webhook" && job.trigger !== "event") return configured;
  const base = configured && typeof configured === "object" && !Array.isArray(configured) ? configured : {};
  return { ...base, [job.trigger]: job.payload ?? null };
}

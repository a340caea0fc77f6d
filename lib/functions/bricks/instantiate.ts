// Creates a function instance from a function brick: the builder's inputs validated against the
// brick's inputs schema (the contract bricks' validator), the hosts the brick declares plus the host
// of each URL input, the brick's limits, its delivery mapping and target, and the secrets it
// declares (write-only, encrypted by the secrets store). Nothing is written when an input is wrong.
import "server-only";
import type { TLoadedFunctionBrick } from "@/lib/bricks/kinds/function/check-function-brick";
import { db } from "@/lib/db";
import { ensureAutomationAccount } from "@/lib/functions/automation/create-account";
import { saveSecret } from "@/lib/functions/secrets/save-secret";
import { prepareFunctionConfig, type TDevAccess } from "./prepare-config";

export type TInstantiateRequest = {
  brick: TLoadedFunctionBrick;
  teamId: string | null;
  name: string;
  input: unknown;
  secrets?: Record<string, string>;
  /** Cron (UTC); null = "Run now" only. */
  schedule?: string | null;
  /** A finalized event of this deployment (the target or one linked to it) starts a run. */
  event?: { sourceId: string; name: string } | null;
  target?: { networkId: string; address: string; abi: string };
  /** Development only: http:// URLs and (with the worker's test-only setting) 127.0.0.1. */
  dev?: TDevAccess;
  /** Issue 13: where it came from and what it feeds, when configured in the app. */
  origin?: { brickVersionId: string; targetDeploymentId: string | null; createdById: string };
};

export async function instantiateFunctionBrick(req: TInstantiateRequest) {
  const { manifest, source } = req.brick;
  const { input, allowedHosts: hosts, secrets } = prepareFunctionConfig(req.brick, req.input, req.secrets, req.dev);

  const instance = await db.functionInstance.create({
    data: {
      teamId: req.teamId,
      name: req.name,
      source,
      sourceHash: manifest.codeHash,
      config: JSON.stringify({
        input,
        allowedHosts: hosts,
        limits: manifest.limits,
        allowHttp: req.dev?.allowHttp ?? false,
        allowPrivateAddresses: req.dev?.allowPrivateAddresses ?? false,
      }),
      schedule: req.schedule ?? null,
      eventSourceId: req.event?.sourceId ?? null,
      eventName: req.event?.name ?? null,
      networkId: req.target?.networkId ?? null,
      targetAddress: req.target?.address ?? null,
      targetAbi: req.target?.abi ?? null,
      delivery: req.target ? JSON.stringify(manifest.delivery) : null,
      brickVersionId: req.origin?.brickVersionId ?? null,
      targetDeploymentId: req.origin?.targetDeploymentId ?? null,
      createdById: req.origin?.createdById ?? null,
    },
  });
  for (const [name, value] of Object.entries(secrets)) await saveSecret(instance.id, { name, value });
  const account = await ensureAutomationAccount(instance.id);
  return { instance, account };
}

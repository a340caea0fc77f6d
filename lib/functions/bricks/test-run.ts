// "Test run before going live": runs an instance's function once with its real inputs and secrets in
// the same sandbox, without delivering; then builds the contract call the output would become and
// dry-runs it from the automation account, and says the outcome in words. Nothing is written.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import { ContractPromise } from "@polkadot/api-contract";
import { parseBundle, toAbi } from "@/lib/bricks/bundle";
import { dryRunCall } from "@/lib/chain/dry-run";
import { callData } from "@/lib/deployments/contract-abi";
import { db } from "@/lib/db";
import { ensureAutomationAccount } from "@/lib/functions/automation/create-account";
import { buildDeliveryCall } from "@/lib/functions/delivery/build-call";
import { ZInstanceConfig } from "@/lib/functions/jobs/instance-config";
import { redactSecrets } from "@/lib/functions/http/redact";
import { runFunction } from "@/lib/functions/sandbox";
import { loadSecrets } from "@/lib/functions/secrets/load-secrets";
import { webhookTrigger } from "@/lib/functions/webhooks/webhook-trigger";

export type TTestRun = {
  ok: boolean;
  error: string | null;
  logs: string[];
  http: { method: string; url: string; status: number | null; bytes: number; ms: number }[];
  output: unknown;
  durationMs: number;
  call: { message: string; args: unknown[] } | null;
  /** Plain words: what the contract would do with the call. */
  dryRun: string;
};

export async function testRunInstance(api: ApiPromise | null, instanceId: string): Promise<TTestRun> {
  const inst = await db.functionInstance.findUniqueOrThrow({ where: { id: instanceId } });
  const config = ZInstanceConfig.parse(JSON.parse(inst.config));
  const secrets = await loadSecrets(inst.id);
  const redact = (s: string) => redactSecrets(s, secrets);
  // A webhook function is tested with its brick's example body, as if that call had arrived.
  const trigger = await webhookTrigger(inst.brickVersionId);
  const example = trigger.allowed ? trigger.example : undefined;
  const input =
    example === undefined ? config.input : { ...((config.input as Record<string, unknown>) ?? {}), webhook: example };
  const result = await runFunction({
    source: inst.source,
    handler: "run",
    input,
    secrets,
    state: JSON.parse(inst.state) as unknown,
    limits: config.limits,
    allowedHosts: config.allowedHosts,
    allowHttp: config.allowHttp,
    allowPrivateAddresses: config.allowPrivateAddresses,
  });
  const base = {
    ok: result.ok,
    error: result.error ? redact(result.error.message) : null,
    logs: result.logs.map(redact),
    http: result.http.map((h) => ({ method: h.method, url: h.url, status: h.status, bytes: h.bytes, ms: h.ms })),
    output: result.output ?? null,
    durationMs: Math.round(result.durationMs),
  };
  if (!result.ok) return { ...base, call: null, dryRun: "The function failed, so nothing would be sent." };
  if (result.output === null || result.output === undefined)
    return { ...base, call: null, dryRun: "The function returned nothing to report, so nothing would be sent." };
  if (!inst.delivery || !inst.targetAddress || !inst.targetAbi || !api)
    return { ...base, call: null, dryRun: "No target contract is connected yet, so nothing would be sent." };
  const { address } = await ensureAutomationAccount(inst.id);
  let call: { message: string; args: unknown[] };
  try {
    call = buildDeliveryCall({
      delivery: inst.delivery,
      targetAbi: inst.targetAbi,
      targetAddress: inst.targetAddress,
      signer: address,
      output: result.output,
    });
  } catch (error) {
    return { ...base, call: null, dryRun: `The output does not fit the contract call: ${(error as Error).message}` };
  }
  const contract = new ContractPromise(api, toAbi(parseBundle(inst.targetAbi)), inst.targetAddress);
  const data = callData(contract.abi.findMessage(call.message).toU8a(call.args));
  const dry = await dryRunCall(api, { origin: address, dest: inst.targetAddress, inputData: data });
  const dryRun = !dry.ok
    ? `The chain would refuse the call: ${dry.error.message}`
    : dry.reverted
      ? `The contract would refuse ${call.message} from the automation account ${address} — is it allowed to call it (for an oracle: added as a reporter)?`
      : `The contract would accept ${call.message}(${call.args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(", ")}) from the automation account ${address}.`;
  return { ...base, call, dryRun };
}

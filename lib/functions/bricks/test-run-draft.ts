// "Test run" on the configure page, before anything is saved: the function runs once in the same
// sandbox with the builder's real inputs and secrets, nothing is delivered or written, and the answer
// says in words what it fetched, what it returned, and the contract call that output would become.
// (The call's dry-run from the function's own account comes after saving, when that account exists.)
import "server-only";
import { buildDeliveryCall } from "@/lib/functions/delivery/build-call";
import { redactSecrets } from "@/lib/functions/http/redact";
import { runFunction } from "@/lib/functions/sandbox";
import { devAccessFromEnv, prepareFunctionConfig } from "./prepare-config";
import { loadDraft } from "./load-draft";
import type { TFunctionDraft } from "./schemas";
import type { TTestRun } from "./test-run";

export async function testRunDraft(opts: { actorId: string; draft: TFunctionDraft }): Promise<TTestRun> {
  const { brick, target } = await loadDraft(opts.actorId, opts.draft);
  const dev = devAccessFromEnv();
  const cfg = prepareFunctionConfig(brick, opts.draft.input, opts.draft.secrets, dev);
  const redact = (s: string) => redactSecrets(s, cfg.secrets);
  // A webhook function is tested with the brick's example body, as if that call had arrived.
  const example = brick.manifest.triggers.includes("webhook") ? brick.manifest.webhook?.example : undefined;
  const result = await runFunction({
    source: brick.source,
    handler: "run",
    input: example === undefined ? cfg.input : { ...cfg.input, webhook: example },
    secrets: cfg.secrets,
    state: null,
    limits: brick.manifest.limits,
    allowedHosts: cfg.allowedHosts,
    allowHttp: dev?.allowHttp ?? false,
    allowPrivateAddresses: dev?.allowPrivateAddresses ?? false,
  });
  const base = {
    ok: result.ok,
    error: result.error ? redact(result.error.message) : null,
    logs: result.logs.map(redact),
    http: result.http.map((h) => ({
      method: h.method,
      url: redact(h.url),
      status: h.status,
      bytes: h.bytes,
      ms: h.ms,
    })),
    output: result.output ?? null,
    durationMs: Math.round(result.durationMs),
  };
  if (!result.ok) return { ...base, call: null, dryRun: "The function failed, so nothing would be sent." };
  if (result.output === null || result.output === undefined)
    return { ...base, call: null, dryRun: "The function returned nothing to report, so nothing would be sent." };
  try {
    const call = buildDeliveryCall({
      delivery: JSON.stringify(brick.manifest.delivery),
      targetAbi: target.abi,
      targetAddress: target.address,
      signer: target.address,
      output: result.output,
    });
    const args = call.args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(", ");
    return {
      ...base,
      call,
      dryRun: `It would call ${call.message}(${args}) on “${target.name}”. After you save, Brickyard checks that call with a dry-run from the function's own account.`,
    };
  } catch (error) {
    return { ...base, call: null, dryRun: `The output does not fit the contract call: ${(error as Error).message}` };
  }
}

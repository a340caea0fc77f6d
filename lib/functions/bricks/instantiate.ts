// Creates a function instance from a function brick: the builder's inputs validated against the
// brick's inputs schema (the contract bricks' validator), the hosts the brick declares plus the host
// of each URL input, the brick's limits, its delivery mapping and target, and the secrets it
// declares (write-only, encrypted by the secrets store). Nothing is written when an input is wrong.
import "server-only";
import { validateConfig } from "@/lib/bricks/config-schema";
import type { JsonSchema } from "@/lib/bricks/json-schema";
import type { TLoadedFunctionBrick } from "@/lib/bricks/kinds/function/check-function-brick";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ensureAutomationAccount } from "@/lib/functions/automation/create-account";
import { saveSecret } from "@/lib/functions/secrets/save-secret";

export type TInstantiateRequest = {
  brick: TLoadedFunctionBrick;
  teamId: string | null;
  name: string;
  input: unknown;
  secrets?: Record<string, string>;
  /** Cron (UTC); null = "Run now" only. */
  schedule?: string | null;
  target?: { networkId: string; address: string; abi: string };
  /** Development only: http:// URLs and (with the worker's test-only setting) 127.0.0.1. */
  dev?: { allowHttp: boolean; allowPrivateAddresses: boolean };
};

function fail(field: string, message: string): never {
  throw new AppError("BAD_INPUT", { userMessage: message, fields: { [field]: [message] } });
}

export async function instantiateFunctionBrick(req: TInstantiateRequest) {
  const { manifest, source } = req.brick;
  const checked = validateConfig(manifest.inputs as JsonSchema, req.input);
  if (!checked.success) {
    const first = checked.issues[0];
    fail(`input.${first.path.join(".")}`, first.message);
  }
  const input = checked.data as Record<string, unknown>;
  const hosts = [...manifest.hosts];
  for (const name of manifest.hostsFromInputs) {
    const value = input[name];
    if (typeof value !== "string") continue;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      fail(`input.${name}`, `${name} is not a web address`);
    }
    if (url.protocol !== "https:" && !(req.dev?.allowHttp && url.protocol === "http:"))
      fail(`input.${name}`, `${name} must start with https://`);
    hosts.push(url.host);
  }
  const secrets = req.secrets ?? {};
  for (const s of manifest.secrets)
    if (s.required && !secrets[s.name]) fail(`secrets.${s.name}`, `${s.name} is needed: ${s.purpose}`);
  for (const name of Object.keys(secrets))
    if (!manifest.secrets.some((s) => s.name === name))
      fail(`secrets.${name}`, `This function does not use a secret named ${name}`);

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
      networkId: req.target?.networkId ?? null,
      targetAddress: req.target?.address ?? null,
      targetAbi: req.target?.abi ?? null,
      delivery: req.target ? JSON.stringify(manifest.delivery) : null,
    },
  });
  for (const [name, value] of Object.entries(secrets)) await saveSecret(instance.id, { name, value });
  const account = await ensureAutomationAccount(instance.id);
  return { instance, account };
}

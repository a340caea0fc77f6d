// The builder's answers for a function brick, checked before anything runs or is written: the inputs
// against the brick's inputs schema (the contract bricks' validator), the host of each URL input (the
// brick's declared hosts plus those), and the secrets it declares. Throws a 4xx naming the field.
import "server-only";
import { validateConfig } from "@/lib/bricks/config-schema";
import type { JsonSchema } from "@/lib/bricks/json-schema";
import type { TLoadedFunctionBrick } from "@/lib/bricks/kinds/function/check-function-brick";
import { AppError } from "@/lib/errors";

export type TDevAccess = { allowHttp: boolean; allowPrivateAddresses: boolean };

export type TPreparedConfig = {
  input: Record<string, unknown>;
  allowedHosts: string[];
  secrets: Record<string, string>;
};

function fail(field: string, message: string): never {
  throw new AppError("BAD_INPUT", { userMessage: message, fields: { [field]: [message] } });
}

export function prepareFunctionConfig(
  brick: TLoadedFunctionBrick,
  rawInput: unknown,
  rawSecrets: Record<string, string> | undefined,
  dev?: TDevAccess,
): TPreparedConfig {
  const { manifest } = brick;
  const checked = validateConfig(manifest.inputs as JsonSchema, rawInput);
  if (!checked.success) {
    const first = checked.issues[0];
    fail(`input.${first.path.join(".")}`, first.message);
  }
  const input = checked.data as Record<string, unknown>;
  const allowedHosts = [...manifest.hosts];
  for (const name of manifest.hostsFromInputs) {
    const value = input[name];
    if (typeof value !== "string") continue;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      fail(`input.${name}`, `${name} is not a web address`);
    }
    if (url.protocol !== "https:" && !(dev?.allowHttp && url.protocol === "http:"))
      fail(`input.${name}`, `${name} must start with https://`);
    allowedHosts.push(url.host);
  }
  // An empty field of a write-only form means "not given".
  const secrets = Object.fromEntries(Object.entries(rawSecrets ?? {}).filter(([, v]) => v !== ""));
  for (const s of manifest.secrets)
    if (s.required && !secrets[s.name]) fail(`secrets.${s.name}`, `${s.name} is needed: ${s.purpose}`);
  for (const name of Object.keys(secrets))
    if (!manifest.secrets.some((s) => s.name === name))
      fail(`secrets.${name}`, `This function does not use a secret named ${name}`);
  return { input, allowedHosts, secrets };
}

/**
 * http:// and 127.0.0.1 for a function: only with the workers' TEST-ONLY setting
 * FUNCTIONS_TEST_ALLOW_PRIVATE=1 (the same one scripts/worker.ts honours), so the e2e suite's local
 * test API can be reached and nothing else is opened in a real deployment.
 */
export function devAccessFromEnv(): TDevAccess | undefined {
  return process.env.FUNCTIONS_TEST_ALLOW_PRIVATE === "1"
    ? { allowHttp: true, allowPrivateAddresses: true }
    : undefined;
}

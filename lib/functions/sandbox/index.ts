// The function runtime API (agreed with the jobs branch): runFunction runs a function's source in a
// separate, killable worker process with a fresh QuickJS context, under host-enforced limits.
import "server-only";
import { z } from "zod";
import { parseHostRule } from "../http/host-policy";
import { resolveLimits } from "./limits";
import { runOnPool } from "./pool";
import type { TRunRequest, TRunResult } from "./types";

export type * from "./types";
export { DEFAULT_LIMITS, LIMIT_CAPS, ZLimits, resolveLimits, formatBytes, formatSeconds } from "./limits";
export { hashText } from "./hash";
export { configureSandboxPool, warmSandboxPool, closeSandboxPool, sandboxProcessIds } from "./pool";

const ZRunRequestShape = z.object({
  source: z.string({ error: "source must be JavaScript text" }),
  handler: z.enum(["run", "query"], { error: 'handler must be "run" or "query"' }),
  secrets: z.record(z.string(), z.string({ error: "each secret must be text" })),
  allowedHosts: z.array(
    z.string().refine((entry) => {
      try {
        parseHostRule(entry);
        return true;
      } catch {
        return false;
      }
    }, "allowedHosts must hold host names such as api.example.com"),
  ),
  allowHttp: z.boolean().optional(),
  allowPrivateAddresses: z.boolean().optional(),
  replay: z
    .object({
      responses: z.array(
        z.object({ url: z.string(), status: z.number().int(), body: z.string(), error: z.string().optional() }),
      ),
      now: z.number().finite(),
      seed: z.number().int().min(0).max(0xffffffff),
    })
    .optional(),
});

const ZRunRequest = ZRunRequestShape.refine((r) => !r.allowPrivateAddresses || privateAddressesPermitted(), {
  message: "a test-only setting (needs FUNCTIONS_TEST_ALLOW_PRIVATE=1 or NODE_ENV=test)",
  path: ["allowPrivateAddresses"],
});

/**
 * Loopback/private addresses for a local test server: honoured only in tests (NODE_ENV=test) or with
 * FUNCTIONS_TEST_ALLOW_PRIVATE=1 in the environment, so a stored setting alone can never open them.
 */
export function privateAddressesPermitted(): boolean {
  return process.env.NODE_ENV === "test" || process.env.FUNCTIONS_TEST_ALLOW_PRIVATE === "1";
}

export async function runFunction(req: TRunRequest): Promise<TRunResult> {
  const calledAt = performance.timeOrigin + performance.now();
  const shape = ZRunRequest.safeParse(req);
  let wallMs: number;
  try {
    if (!shape.success) throw shape.error;
    wallMs = resolveLimits(req.limits).wallMs;
  } catch (error) {
    const issue = (error as z.ZodError).issues?.[0];
    const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
    return {
      ok: false,
      error: { code: "invalid", message: `${where}${issue?.message ?? "the run request is not valid"}` },
      logs: [],
      http: [],
      bodies: [],
      durationMs: 0,
      now: req.replay?.now ?? 0,
      seed: req.replay?.seed ?? 0,
    };
  }
  return runOnPool(req, wallMs, calledAt);
}

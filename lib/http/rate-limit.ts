// Rate limits (rate-limiter-flexible), per IP and per account, with counters in the shared database
// (its Prisma store on the RateLimiterFlexible table), so every app process counts the same hits.
// A refusal is a 429 AppError with Retry-After and a plain message. Other code (webhooks, later)
// uses `rateLimit(policy, { ip, account })` with a policy added to RATE_LIMIT_POLICIES.
import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

type TRule = { points: number; durationS: number };
type TPolicy = { label: string; ip: TRule; account: TRule };

export const RATE_LIMIT_POLICIES = {
  "signin.message": {
    label: "sign-in messages",
    ip: { points: 30, durationS: 60 },
    account: { points: 10, durationS: 60 },
  },
  "signin.attempt": {
    label: "sign-in attempts",
    ip: { points: 30, durationS: 300 },
    account: { points: 10, durationS: 300 },
  },
  "api.token": { label: "API requests", ip: { points: 300, durationS: 60 }, account: { points: 300, durationS: 60 } },
  webhook: { label: "webhook deliveries", ip: { points: 120, durationS: 60 }, account: { points: 60, durationS: 60 } },
  // A function's query URL (lib/functions/queries): per caller's network, and per instance.
  "function.query": { label: "queries", ip: { points: 600, durationS: 60 }, account: { points: 1200, durationS: 60 } },
} as const satisfies Record<string, TPolicy>;
export type TRateLimitPolicy = keyof typeof RATE_LIMIT_POLICIES;

const limiters = new Map<string, RateLimiterPrisma>();

function limiterFor(policy: TRateLimitPolicy, scope: "ip" | "account"): RateLimiterPrisma {
  const key = `${policy}:${scope}`;
  let limiter = limiters.get(key);
  if (!limiter) {
    const rule: TRule = RATE_LIMIT_POLICIES[policy][scope];
    // tableName is the Prisma client's model accessor.
    limiter = new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimiterFlexible",
      keyPrefix: key,
      points: rule.points,
      duration: rule.durationS,
    });
    limiters.set(key, limiter);
  }
  return limiter;
}

function plainWait(seconds: number): string {
  return seconds < 90 ? `${seconds} second${seconds === 1 ? "" : "s"}` : `${Math.ceil(seconds / 60)} minutes`;
}

/** Counts one hit against each given key; throws a 429 AppError when any limit is used up. */
export async function rateLimit(policy: TRateLimitPolicy, keys: { ip?: string; account?: string }): Promise<void> {
  for (const scope of ["ip", "account"] as const) {
    const key = keys[scope];
    if (!key) continue;
    try {
      await limiterFor(policy, scope).consume(key);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) {
        // The store failed (e.g. the database is briefly locked): let the request through rather
        // than refuse everyone; the request itself will meet the same database.
        console.error("rate limit store failed", error);
        return;
      }
      const retryAfterS = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      const who = scope === "ip" ? "from your network" : "for this account";
      throw new AppError("RATE_LIMITED", {
        userMessage: `Too many ${RATE_LIMIT_POLICIES[policy].label} ${who}. Please wait ${plainWait(retryAfterS)} and try again.`,
        retryAfterS,
      });
    }
  }
}

export const limitSignInMessages = (keys: { ip?: string; account?: string }) => rateLimit("signin.message", keys);
export const limitSignInAttempts = (keys: { ip?: string; account?: string }) => rateLimit("signin.attempt", keys);
export const limitApiTokenUse = (keys: { ip?: string; account?: string }) => rateLimit("api.token", keys);

// Per-function limits: defaults, platform caps, and the plain words a breach is reported with.
import { z } from "zod";
import type { TLimits } from "./types";

const KB = 1024;
const MB = 1024 * 1024;

export const DEFAULT_LIMITS: TLimits = {
  wallMs: 10_000,
  memoryBytes: 64 * MB,
  maxRequests: 5,
  maxResponseBytes: 2 * MB,
  maxOutputBytes: 1 * KB,
  maxStateBytes: 64 * KB,
};

/** The most a function may ask for, whatever its function.json says. */
export const LIMIT_CAPS: TLimits = {
  wallMs: 30_000,
  memoryBytes: 128 * MB,
  maxRequests: 20,
  maxResponseBytes: 2 * MB,
  maxOutputBytes: 16 * KB,
  maxStateBytes: 64 * KB,
};

const whole = (name: string, min: number, max: number) =>
  z
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} may be at most ${max}`);

export const ZLimits = z
  .object({
    wallMs: whole("wallMs", 100, LIMIT_CAPS.wallMs),
    memoryBytes: whole("memoryBytes", 8 * MB, LIMIT_CAPS.memoryBytes),
    maxRequests: whole("maxRequests", 0, LIMIT_CAPS.maxRequests),
    maxResponseBytes: whole("maxResponseBytes", 1, LIMIT_CAPS.maxResponseBytes),
    maxOutputBytes: whole("maxOutputBytes", 16, LIMIT_CAPS.maxOutputBytes),
    maxStateBytes: whole("maxStateBytes", 16, LIMIT_CAPS.maxStateBytes),
  })
  .partial()
  .strict();

/** Fills in defaults; throws a ZodError naming the field when a value is outside the platform caps. */
export function resolveLimits(partial: Partial<TLimits> | undefined): TLimits {
  return { ...DEFAULT_LIMITS, ...ZLimits.parse(partial ?? {}) };
}

export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${trim(bytes / MB)} MB`;
  if (bytes >= KB) return `${trim(bytes / KB)} KB`;
  return `${bytes} bytes`;
}

export function formatSeconds(ms: number): string {
  return `${trim(ms / 1000)} s`;
}

function trim(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, "");
}

export const limitMessages = {
  timeout: (l: TLimits) => `stopped after ${formatSeconds(l.wallMs)}`,
  memory: (l: TLimits) => `used more than ${formatBytes(l.memoryBytes)}`,
  requests: (l: TLimits) => `made more than ${l.maxRequests} web request${l.maxRequests === 1 ? "" : "s"}`,
  responseSize: (l: TLimits) => `a web response was larger than ${formatBytes(l.maxResponseBytes)}`,
  outputSize: (l: TLimits, size: number) =>
    `the output is ${formatBytes(size)}, more than the ${formatBytes(l.maxOutputBytes)} allowed`,
  stateSize: (l: TLimits, size: number) =>
    `the state is ${formatBytes(size)}, more than the ${formatBytes(l.maxStateBytes)} allowed`,
};

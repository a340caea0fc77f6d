// Small live hints under domain-format inputs, so a builder sees what they typed means:
// "250" basis points → "= 2.5%", "1h30m" → "= 1 hour 30 minutes". Browser-safe.
import { durationSeconds } from "@/lib/bricks/config-formats";

export function basisPointsHint(value: unknown): string | undefined {
  const n = typeof value === "number" ? value : Number(value);
  if (value === "" || value === undefined || !Number.isFinite(n)) return undefined;
  return `= ${(n / 100).toLocaleString("en-US", { maximumFractionDigits: 2 })}%`;
}

const UNITS: [number, string][] = [
  [365 * 86_400, "year"],
  [7 * 86_400, "week"],
  [86_400, "day"],
  [3_600, "hour"],
  [60, "minute"],
  [1, "second"],
];

export function durationHint(value: unknown): string | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  let left: number;
  try {
    left = durationSeconds(value);
  } catch {
    return undefined;
  }
  if (left === 0) return "= no time at all";
  const parts: string[] = [];
  for (const [size, name] of UNITS) {
    const n = Math.floor(left / size);
    if (n > 0) parts.push(`${n} ${name}${n === 1 ? "" : "s"}`);
    left -= n * size;
  }
  return `= ${parts.join(" ")}`;
}

export function decimalsHint(decimals: number | undefined): string | undefined {
  if (decimals === undefined) return undefined;
  return decimals === 0 ? "Whole units only." : `Up to ${decimals} decimal place${decimals === 1 ? "" : "s"}.`;
}

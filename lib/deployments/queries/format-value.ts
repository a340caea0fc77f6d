// One decoded query answer in the form a person reads: token amounts with decimals and symbol,
// yes / no, numbers with separators, dates, and addresses (shown with an explorer link by the page).
import { formatTokens } from "@/lib/chain/format-tokens";
import type { TQuery } from "@/lib/bricks/manifest-schema";

export type TShownValue =
  { kind: "address"; address: string; you?: boolean } | { kind: "text"; text: string; raw?: string };

type TCtx = { decimals: unknown; symbol: unknown; ss58Prefix: number; format: (address: string) => string };

export function formatQueryValue(value: unknown, q: Pick<TQuery, "format">, ctx: TCtx): TShownValue {
  if (value === null || value === undefined) return { kind: "text", text: "—" };
  switch (q.format) {
    case "bool":
      return { kind: "text", text: value === true ? "Yes" : "No" };
    case "number":
      return { kind: "text", text: safeBig(value)?.toLocaleString("en-US") ?? String(value) };
    case "token-amount": {
      const big = safeBig(value);
      const decimals = Number(ctx.decimals);
      if (big === null || !Number.isInteger(decimals)) return { kind: "text", text: String(value) };
      const symbol = typeof ctx.symbol === "string" ? ctx.symbol : "";
      return {
        kind: "text",
        text: formatTokens(big, decimals, symbol, Math.min(decimals, 6)).trim(),
        raw: big.toString(),
      };
    }
    case "timestamp": {
      const ms = Number(value);
      return {
        kind: "text",
        text: ms > 0 ? `${new Date(ms).toISOString().replace("T", " ").slice(0, 19)} UTC` : "never",
      };
    }
    case "address":
      try {
        return { kind: "address", address: ctx.format(String(value)) };
      } catch {
        return { kind: "text", text: String(value) };
      }
    default:
      return { kind: "text", text: typeof value === "string" ? value : JSON.stringify(value) };
  }
}

function safeBig(v: unknown): bigint | null {
  try {
    return BigInt(String(v).replace(/,/g, ""));
  } catch {
    return null;
  }
}

// A stored contract event in words: accounts named where Brickyard knows them ("you", a team member,
// "your contract", "this instance"), a missing account explained (a mint's "from" is "— (new
// tokens)", a burn's "to" is "— (tokens destroyed)"), and token amounts with decimals and symbol
// when the instance was deployed with them (its `decimals` / `symbol` answers).
import { u8aToHex } from "@polkadot/util";
import { decodeAddress } from "@polkadot/util-crypto";
import { formatTokens } from "@/lib/chain/format-tokens";

export type TEventArg = { name: string; text: string; address?: string; raw?: string };

const AMOUNT_ARGS = new Set(["value", "amount", "balance", "released", "total"]);

export function accountKey(address: string): string | null {
  try {
    return /^0x[0-9a-fA-F]{40}$/.test(address) ? address.toLowerCase() : u8aToHex(decodeAddress(address));
  } catch {
    return null;
  }
}

export function describeEventArgs(
  args: Record<string, unknown>,
  ctx: { names: Map<string, string>; config: Record<string, unknown> },
): TEventArg[] {
  const decimals = typeof ctx.config.decimals === "number" ? ctx.config.decimals : null;
  const symbol = typeof ctx.config.symbol === "string" ? ctx.config.symbol : "";
  return Object.entries(args).map(([name, v]) => {
    if (v === null || v === undefined) {
      const text = name === "from" ? "— (new tokens)" : name === "to" ? "— (tokens destroyed)" : "—";
      return { name, text };
    }
    if (typeof v === "string" && accountKey(v) && v.length >= 40) {
      const known = ctx.names.get(accountKey(v)!);
      return { name, text: known ?? v, address: v };
    }
    if (AMOUNT_ARGS.has(name) && decimals !== null && /^\d+$/.test(String(v))) {
      return {
        name,
        text: formatTokens(BigInt(String(v)), decimals, symbol, Math.min(decimals, 6)).trim(),
        raw: String(v),
      };
    }
    if (typeof v === "boolean") return { name, text: v ? "Yes" : "No" };
    return { name, text: typeof v === "string" ? v : JSON.stringify(v) };
  });
}

// Brickyard's named formats: what a builder types into the form, checked with messages a person who
// does not program can act on, and converted to what the contract expects. Browser-safe: the same
// checks run while typing and again on the server.
// decodeSs58, not util-crypto's decodeAddress: this file runs in the browser, and util-crypto would bring
// @polkadot/wasm-crypto (~169 KB gzip) into every page with a form. See lib/chain/ss58.ts.
import { decodeSs58 as decodeAddress } from "@/lib/chain/ss58";
import { isHex } from "@polkadot/util";
import type { JsonSchema } from "./json-schema";

export const DOMAIN_FORMATS = [
  "ss58-address",
  "contract-address",
  "token-amount",
  "basis-points",
  "url",
  "duration",
] as const;
export type DomainFormat = (typeof DOMAIN_FORMATS)[number];

export function isDomainFormat(f: unknown): f is DomainFormat {
  return DOMAIN_FORMATS.includes(f as DomainFormat);
}

/** The JSON type each named format applies to. */
export const FORMAT_TYPE: Record<DomainFormat, "string" | "integer"> = {
  "ss58-address": "string",
  "contract-address": "string",
  "token-amount": "string",
  "basis-points": "integer",
  url: "string",
  duration: "string",
};

const U128_MAX = 2n ** 128n - 1n;

/** Why a text is not a usable account address, or undefined when it is one. */
export function addressProblem(value: string, what = "account address"): string | undefined {
  const text = value.trim();
  if (text === "") return `Enter an ${what}`;
  if (isHex(text))
    return `Enter the ${what} in SS58 form (it starts with a letter or digit such as 5 or 1), not as hex`;
  // A wallet holds accounts, not contracts: a contract's address comes from where it was deployed.
  const source = /contract/.test(what)
    ? "where your contract was deployed (your deploy tool or a block explorer)"
    : "your wallet";
  const notAddress = `This is not a valid ${what}. Copy it from ${source} (it looks like 5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY)`;
  // A 32-byte account is 47-48 base58 characters with any network prefix.
  if (!/^[1-9A-HJ-NP-Za-km-z]{40,60}$/.test(text)) return notAddress;
  let bytes: Uint8Array;
  try {
    bytes = decodeAddress(text);
  } catch (error) {
    return /checksum/i.test((error as Error).message)
      ? `This ${what} has a typo: its checksum does not match. Copy it again from ${source}`
      : notAddress;
  }
  if (bytes.length !== 32) return `This ${what} is not a regular 32-byte account`;
  return undefined;
}

const H160 = /^0x[0-9a-fA-F]{40}$/;

/**
 * Why a text is not a contract address on any platform Brickyard deploys to: an SS58 account
 * (pallet-contracts) or a 0x H160 (pallet-revive). Which of the two the chosen network takes, the
 * checksum of an H160 and whether a contract lives there are the live check's (the platform adapter's).
 */
export function contractAddressProblem(value: string): string | undefined {
  const text = value.trim();
  if (!/^0x/i.test(text)) return addressProblem(text, "contract address");
  if (H160.test(text)) return undefined;
  if (/^0x[0-9a-fA-F]{64}$/.test(text))
    return "Enter the contract address in SS58 form (it starts with a letter or digit such as 5), not as hex; only on a pallet-revive network is it 0x followed by 40 characters";
  return "This is not a valid contract address: an address starting with 0x has exactly 40 more characters, digits 0-9 and letters a-f. Copy it again from where your contract was deployed";
}

/** The number of decimals a token-amount field uses, read from the schema or a sibling answer. */
export function tokenDecimals(schema: JsonSchema, siblings: unknown): number | undefined {
  if (typeof schema["x-decimals"] === "number") return schema["x-decimals"];
  const field = schema["x-decimals-field"];
  if (typeof field === "string" && siblings && typeof siblings === "object") {
    const d = (siblings as Record<string, unknown>)[field];
    if (typeof d === "number" && Number.isInteger(d) && d >= 0 && d <= 38) return d;
  }
  return undefined;
}

const AMOUNT = /^(\d+)(?:\.(\d+))?$/;
const AMOUNT_HELP = "Enter an amount using digits and at most one dot, such as 1000 or 12.5";

/** "12.5" with 2 decimals → 1250n. Throws with a plain message when the text is not an amount. */
export function toBaseUnits(text: string, decimals: number): bigint {
  const m = AMOUNT.exec(text.trim());
  if (!m) throw new Error(AMOUNT_HELP);
  const [, whole, frac = ""] = m;
  if (frac.length > decimals) {
    throw new Error(
      decimals === 0
        ? "Enter a whole amount: this token has no decimal places"
        : `Use at most ${decimals} decimal place${decimals === 1 ? "" : "s"}`,
    );
  }
  const units = BigInt(whole) * 10n ** BigInt(decimals) + BigInt(frac.padEnd(decimals, "0") || "0");
  if (units > U128_MAX) throw new Error("This amount is too large");
  return units;
}

const DURATION_UNITS: Record<string, number> = { y: 365 * 86_400, w: 7 * 86_400, d: 86_400, h: 3_600, m: 60, s: 1 };

/** "30d", "12h", "90m", "1y", "1h30m" → seconds. Throws with a plain message otherwise. */
export function durationSeconds(text: string): number {
  const compact = text.replace(/\s+/g, "").toLowerCase();
  if (!/^(\d+[ywdhms])+$/.test(compact)) {
    throw new Error("Enter a duration such as 30d, 12h or 90m (units: y, w, d, h, m, s)");
  }
  let seconds = 0;
  for (const [, n, unit] of compact.matchAll(/(\d+)([ywdhms])/g)) seconds += Number(n) * DURATION_UNITS[unit];
  if (!Number.isSafeInteger(seconds * 1000)) throw new Error("This duration is too long");
  return seconds;
}

/** A duration in the unit the field declares (`x-unit`, default milliseconds like ink!'s Timestamp). */
export function durationInUnit(text: string, schema: JsonSchema): number {
  const s = durationSeconds(text);
  return schema["x-unit"] === "s" ? s : s * 1000;
}

/**
 * Checks one value against its field's named format. `siblings` is the object holding the value
 * (for `x-decimals-field`). Returns a message, or undefined when the value is fine.
 */
export function formatProblem(
  format: DomainFormat,
  value: unknown,
  schema: JsonSchema,
  siblings: unknown,
): string | undefined {
  switch (format) {
    case "ss58-address":
      return typeof value === "string" ? addressProblem(value) : undefined;
    case "contract-address":
      return typeof value === "string" ? contractAddressProblem(value) : undefined;
    case "basis-points":
      return typeof value === "number" && (!Number.isInteger(value) || value < 0 || value > 10_000)
        ? "Enter a whole number from 0 to 10,000 (basis points: 100 = 1%, 10,000 = 100%)"
        : undefined;
    case "url":
      return typeof value === "string" && !isWebUrl(value)
        ? "Enter a web address starting with https:// (or http://)"
        : undefined;
    case "duration":
      return typeof value === "string" ? messageOf(() => durationSeconds(value)) : undefined;
    case "token-amount": {
      if (typeof value !== "string") return undefined;
      const decimals = tokenDecimals(schema, siblings);
      // Without a valid decimals answer the sibling field shows its own error; check the shape only.
      if (decimals === undefined) return AMOUNT.test(value.trim()) ? undefined : AMOUNT_HELP;
      return messageOf(() => toBaseUnits(value, decimals));
    }
  }
}

function isWebUrl(text: string): boolean {
  try {
    const u = new URL(text);
    return (u.protocol === "https:" || u.protocol === "http:") && u.hostname.length > 0;
  } catch {
    return false;
  }
}

function messageOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

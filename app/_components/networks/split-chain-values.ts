// Finds the addresses and hashes inside a sentence (timeline and event texts are written for people,
// with the values inline), so each can be shown as a ChainValue: explorer link and copy button.
import { decodeAddress } from "@polkadot/util-crypto";
import type { TChainValueKind } from "./explorer-url";

export type TTextPart = { text: string } | { value: string; kind: TChainValueKind };

// 32-byte hashes, 20-byte (H160) addresses, and base58 words long enough to be SS58 addresses.
const CANDIDATE =
  /0x[0-9a-fA-F]{64}(?![0-9a-fA-F])|0x[0-9a-fA-F]{40}(?![0-9a-fA-F])|(?<![1-9A-HJ-NP-Za-km-z])[1-9A-HJ-NP-Za-km-z]{46,48}(?![1-9A-HJ-NP-Za-km-z])/g;

function isSs58(word: string): boolean {
  try {
    decodeAddress(word); // checks the checksum, so ordinary long words are left alone
    return true;
  } catch {
    return false;
  }
}

/** A 32-byte hash after "code hash" / "published" is a code hash; any other one is a transaction hash. */
function hashKind(before: string): TChainValueKind {
  return /(code hash|published)\s*$/i.test(before) ? "code" : "tx";
}

export function splitChainValues(text: string): TTextPart[] {
  const parts: TTextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(CANDIDATE)) {
    const value = m[0];
    const at = m.index;
    let kind: TChainValueKind | null;
    if (value.startsWith("0x")) kind = value.length === 66 ? hashKind(text.slice(0, at)) : "account";
    else kind = isSs58(value) ? "account" : null;
    if (!kind) continue;
    if (at > last) parts.push({ text: text.slice(last, at) });
    parts.push({ value, kind });
    last = at + value.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

// The brick's ABI as @polkadot/api-contract reads it (one per version and chain), for call data,
// contract events and the revert output of constructors and messages, in words.
import "server-only";
import type { ApiPromise } from "@polkadot/api";
import { Abi } from "@polkadot/api-contract";
import type { EventRecord } from "@polkadot/types/interfaces";
import { compactStripLength, hexToU8a } from "@polkadot/util";

const cache = new Map<string, Abi>();

export function contractAbi(api: ApiPromise, version: { id: string; abi: string }): Abi {
  const key = `${version.id}:${api.genesisHash.toHex()}`;
  let abi = cache.get(key);
  if (!abi) cache.set(key, (abi = new Abi(JSON.parse(version.abi), api.registry.getChainProperties())));
  return abi;
}

/** selector ++ SCALE(args), without the length prefix Abi adds. */
export function callData(encoded: Uint8Array): Uint8Array {
  return compactStripLength(encoded)[1];
}

/** JSON-safe primitives (u128 as text). */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)));
}

export type TDecodedEvent = { name: string; args: Record<string, unknown> };

export function decodeContractEvent(abi: Abi, record: EventRecord): TDecodedEvent | null {
  try {
    const decoded = abi.decodeEvent(record);
    const args: Record<string, unknown> = {};
    decoded.event.args.forEach((a, i) => (args[a.name] = plain(decoded.args[i].toPrimitive())));
    return { name: decoded.event.identifier.split("::").pop() ?? decoded.event.identifier, args };
  } catch {
    return null;
  }
}

/**
 * Why a constructor or message reverted, from its output: ink!'s LangError, or the contract's own
 * error variant with its documentation from the ABI.
 */
export function explainRevert(
  abi: Abi,
  call: { kind: "constructor" | "message"; label: string },
  data: string,
): string {
  if (data === "0x0101") {
    return "The contract could not read the values it was given (LangError: CouldNotReadInput). The brick's arguments do not match this contract.";
  }
  try {
    const spec = call.kind === "constructor" ? abi.findConstructor(call.label) : abi.findMessage(call.label);
    if (!spec.returnType) throw new Error("no return type");
    const value = abi.registry
      .createTypeUnsafe(spec.returnType.lookupName || spec.returnType.type, [hexToU8a(data)])
      .toJSON();
    const variant = errorVariant(value);
    if (variant) {
      const docs = variantDocs(abi, variant).replace(/\.$/, "");
      return `The contract refused: ${variant}${docs ? ` — ${docs}` : ""}.`;
    }
    return `The contract refused the call (it reverted with ${JSON.stringify(value)}).`;
  } catch {
    return `The contract refused the call (it reverted with ${data}).`;
  }
}

/** { ok: { err: "NotOwner" } } → "NotOwner"; { err: { insufficientBalance: null } } → "insufficientBalance". */
function errorVariant(value: unknown): string | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  if ("err" in v)
    return typeof v.err === "string"
      ? v.err
      : v.err && typeof v.err === "object"
        ? (Object.keys(v.err)[0] ?? null)
        : null;
  if ("ok" in v) return errorVariant(v.ok);
  return null;
}

function variantDocs(abi: Abi, name: string): string {
  const lower = name.toLowerCase();
  for (const t of abi.metadata.types) {
    const def = t.type.def;
    if (!def.isVariant) continue;
    const found = def.asVariant.variants.find((x) => x.name.toString().toLowerCase() === lower);
    if (found) return found.docs.map((d) => d.toString().trim()).join(" ");
  }
  return "";
}

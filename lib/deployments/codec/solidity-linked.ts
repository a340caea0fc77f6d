// Solidity bricks' calls on the user's own contract: the signatures the brick declares
// (`link.interface`, parsed by viem) stand in for that contract's unknown ABI. A probe calls a
// function with zero-valued arguments: Solidity answers an unknown selector (no fallback) with an
// empty revert, while a function that exists runs, or refuses with a reason (4+ bytes).
import "server-only";
import { decodeFunctionResult, encodeFunctionData, hexToBytes, toFunctionSelector } from "viem";
import type { AbiFunction, AbiParameter, Hex } from "viem";
import {
  linkedInterface,
  LinkedInterfaceError,
  type TLinkedInterface,
} from "@/lib/bricks/kinds/solidity/linked-interface";
import type { TManifest } from "@/lib/bricks/manifest-schema";
import { explainSolidityRevert } from "@/lib/chain/platforms/revive/solidity/explain-revert";
import { AppError } from "@/lib/errors";
import type { TLinkedCodec } from "./types";

const ZERO_ADDRESS = `0x${"0".repeat(40)}`;

/** The zero value of an ABI type (0, false, the zero address, "", empty bytes, empty or zeroed lists, zeroed structs). */
function zeroOf(p: AbiParameter): unknown {
  const list = /^(.*)\[(\d*)\]$/.exec(p.type);
  if (list) {
    const item = { ...p, type: list[1] } as AbiParameter;
    return list[2] === "" ? [] : Array.from({ length: Number(list[2]) }, () => zeroOf(item));
  }
  if (p.type === "tuple") {
    const parts = (p as { components: readonly AbiParameter[] }).components;
    return Object.fromEntries(parts.map((c, i) => [c.name || String(i), zeroOf(c)]));
  }
  if (/^u?int\d*$/.test(p.type)) return 0n;
  if (p.type === "bool") return false;
  if (p.type === "address") return ZERO_ADDRESS;
  if (p.type === "string") return "";
  if (p.type === "bytes") return "0x";
  const fixed = /^bytes(\d+)$/.exec(p.type);
  return fixed ? `0x${"00".repeat(Number(fixed[1]))}` : null;
}

/** The brick's declared interface of the user's contract; a 400 when the version has none. */
export function interfaceOf(manifest: TManifest): TLinkedInterface {
  try {
    const found = linkedInterface(manifest);
    if (found) return found;
  } catch (error) {
    if (!(error instanceof LinkedInterfaceError)) throw error;
  }
  throw new AppError("BAD_INPUT", {
    userMessage:
      "This brick version does not describe the functions your contract must have (link.interface), so Brickyard cannot call it. Use a newer version of the brick.",
  });
}

export function linkedFunction(manifest: TManifest, name: string): AbiFunction {
  const f = interfaceOf(manifest).functions.find((x) => x.name === name);
  if (!f) throw new AppError("NOT_FOUND", { userMessage: `This brick does not describe the function "${name}".` });
  return f;
}

const encode = (f: AbiFunction, args: unknown[]) =>
  encodeFunctionData({ abi: [f], functionName: f.name, args } as Parameters<typeof encodeFunctionData>[0]);

/** A call of `f` on the user's contract, with the values solidityArgs produced. */
export function linkedCallData(f: AbiFunction, args: unknown[]): Uint8Array {
  return hexToBytes(encode(f, args));
}

const plain = (v: unknown) => (typeof v === "bigint" ? v.toString() : typeof v === "string" ? v : JSON.stringify(v));

function same(actual: unknown, expected: unknown): boolean {
  if (typeof actual === "string" && typeof expected === "string")
    return actual.toLowerCase() === expected.toLowerCase();
  try {
    return BigInt(plain(actual)) === BigInt(plain(expected));
  } catch {
    return plain(actual) === plain(expected);
  }
}

export function solidityLinkedCodec(manifest: TManifest): TLinkedCodec {
  return {
    required: (labels) =>
      labels.map((label) => ({ label, selector: toFunctionSelector(linkedFunction(manifest, label)) })),
    probe(label) {
      const f = linkedFunction(manifest, label);
      return linkedCallData(f, f.inputs.map(zeroOf));
    },
    probeVerdict(dry) {
      if (!dry.ok) return "broken";
      // 0x plus fewer than 4 bytes: no selector of an error, so not an answer of the function itself.
      return dry.reverted && dry.data.length < 10 ? "missing" : "has";
    },
    explainRevert: (_label, data) => explainSolidityRevert(interfaceOf(manifest).abi, data as Hex),
    answerIs(label, data, expected) {
      const f = linkedFunction(manifest, label);
      let actual: unknown;
      try {
        actual = decodeFunctionResult({ abi: [f], functionName: f.name, data: data as Hex });
      } catch {
        return { ok: false, shown: data };
      }
      return { ok: same(actual, expected), shown: plain(actual) };
    },
  };
}

// Form answers → Solidity constructor / function arguments, checked per ABI type, then encoded by
// viem (never by hand). Addresses accept a 0x H160 (checksum enforced when mixed case) or an SS58
// account, which pallet-revive maps to its H160; integers accept token amounts with decimals.
import { isHex, u8aToHex } from "@polkadot/util";
import { decodeAddress } from "@polkadot/util-crypto";
import {
  encodeDeployData,
  encodeFunctionData,
  getAddress,
  isAddress,
  parseUnits,
  type Abi,
  type AbiFunction,
  type AbiParameter,
} from "viem";
import { h160OfAccount } from "../h160";

export class SolidityArgError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

export type TCoerceOptions = { decimals?: Record<string, number> };

/** One value for one ABI parameter, in the form viem encodes. `path` names it in errors. */
export function coerceSolidityValue(
  param: AbiParameter,
  value: unknown,
  path: string,
  opts: TCoerceOptions = {},
): unknown {
  const type = param.type;
  const array = /^(.*)\[(\d*)\]$/.exec(type);
  if (array) {
    if (!Array.isArray(value)) throw new SolidityArgError(path, `expected a list for ${type}`);
    if (array[2] && value.length !== Number(array[2])) {
      throw new SolidityArgError(path, `expected exactly ${array[2]} entries, got ${value.length}`);
    }
    const inner = { ...param, type: array[1] } as AbiParameter;
    return value.map((v, i) => coerceSolidityValue(inner, v, `${path}[${i}]`, opts));
  }
  if (type === "tuple") {
    const components = (param as { components: readonly AbiParameter[] }).components;
    const obj = value as Record<string, unknown> | unknown[];
    if (!obj || typeof obj !== "object") throw new SolidityArgError(path, "expected a group of values (a struct)");
    const out = components.map((c, i) =>
      coerceSolidityValue(c, Array.isArray(obj) ? obj[i] : obj[c.name ?? String(i)], `${path}.${c.name ?? i}`, opts),
    );
    return components.every((c) => c.name) ? Object.fromEntries(components.map((c, i) => [c.name!, out[i]])) : out;
  }
  if (type === "address") return toH160(value, path);
  if (type === "bool") {
    if (typeof value === "boolean") return value;
    if (value === "true" || value === "false") return value === "true";
    throw new SolidityArgError(path, "expected yes or no (true / false)");
  }
  if (type === "string") {
    if (typeof value !== "string") throw new SolidityArgError(path, "expected text");
    return value;
  }
  const int = /^(u?)int(\d*)$/.exec(type);
  if (int) return toInteger(value, path, int[1] === "u", Number(int[2] || 256), opts.decimals?.[path]);
  const bytes = /^bytes(\d*)$/.exec(type);
  if (bytes) {
    if (typeof value !== "string" || !isHex(value)) throw new SolidityArgError(path, "expected 0x-prefixed hex bytes");
    const n = (value.length - 2) / 2;
    if (bytes[1] && n !== Number(bytes[1]))
      throw new SolidityArgError(path, `expected exactly ${bytes[1]} bytes, got ${n}`);
    return value;
  }
  throw new SolidityArgError(path, `the type ${type} is not supported`);
}

function toH160(value: unknown, path: string): `0x${string}` {
  if (typeof value !== "string" || !value.trim()) throw new SolidityArgError(path, "expected an address");
  const v = value.trim();
  if (v.startsWith("0x")) {
    // Mixed case is an EIP-55 checksum and must be right; all-lower / all-upper carries none.
    if (!isAddress(v, { strict: true }) && !isAddress(v, { strict: false })) {
      throw new SolidityArgError(path, "not a 0x address of 20 bytes (40 hex characters)");
    }
    if (!isAddress(v, { strict: true }))
      throw new SolidityArgError(
        path,
        "the address's checksum (its mix of upper and lower case) is wrong: a character was mistyped",
      );
    return getAddress(v);
  }
  try {
    decodeAddress(v);
  } catch {
    throw new SolidityArgError(path, "not a 0x address nor a Polkadot (SS58) account");
  }
  return h160OfAccount(v);
}

function toInteger(value: unknown, path: string, unsigned: boolean, bits: number, decimals?: number): bigint {
  let n: bigint;
  try {
    if (typeof value === "bigint") n = value;
    else if (typeof value === "number" && Number.isInteger(value)) n = BigInt(value);
    else if (typeof value === "string" && value.trim()) {
      const s = value.trim().replace(/[_,\s]/g, "");
      // parseUnits rounds extra decimals away; an amount must never change silently.
      if (decimals !== undefined && (s.split(".")[1]?.length ?? 0) > decimals) throw new Error("too many decimals");
      n = decimals !== undefined ? parseUnits(s, decimals) : BigInt(s);
    } else throw new Error("not a number");
  } catch {
    throw new SolidityArgError(
      path,
      decimals !== undefined ? `expected an amount with at most ${decimals} decimals` : "expected a whole number",
    );
  }
  const max = unsigned ? 2n ** BigInt(bits) - 1n : 2n ** BigInt(bits - 1) - 1n;
  const min = unsigned ? 0n : -(2n ** BigInt(bits - 1));
  if (n < min || n > max)
    throw new SolidityArgError(path, `must be between ${min} and ${max} (${unsigned ? "u" : ""}int${bits})`);
  return n;
}

/** The constructor's argument bytes (revive takes code and data apart, so no bytecode in front). */
export function encodeConstructorArgs(abi: Abi, values: unknown[], opts: TCoerceOptions = {}): `0x${string}` {
  const ctor = abi.find((x) => x.type === "constructor");
  const inputs = ctor && "inputs" in ctor ? ctor.inputs : [];
  if (values.length !== inputs.length)
    throw new SolidityArgError("constructor", `expects ${inputs.length} values, got ${values.length}`);
  const args = inputs.map((p, i) => coerceSolidityValue(p, values[i], p.name || `arg${i}`, opts));
  return encodeDeployData({ abi, bytecode: "0x", args } as Parameters<typeof encodeDeployData>[0]);
}

/** selector ++ arguments of a function call. */
export function encodeCall(
  abi: Abi,
  functionName: string,
  values: unknown[],
  opts: TCoerceOptions = {},
): `0x${string}` {
  const fn = abi.find(
    (x): x is AbiFunction => x.type === "function" && x.name === functionName && x.inputs.length === values.length,
  );
  if (!fn)
    throw new SolidityArgError(
      functionName,
      `the contract has no function ${functionName} taking ${values.length} values`,
    );
  const args = fn.inputs.map((p, i) => coerceSolidityValue(p, values[i], p.name || `arg${i}`, opts));
  return encodeFunctionData({ abi: [fn], functionName, args } as Parameters<typeof encodeFunctionData>[0]);
}

export const toHexBytes = (u8a: Uint8Array) => u8aToHex(u8a);

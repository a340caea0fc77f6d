// Why a Solidity contract reverted, in words: Error(string), Panic(uint256) with its meaning, or a
// custom error by name and arguments from the ABI; decoded by viem.
import { decodeErrorResult, type Abi } from "viem";

/** Solidity's panic codes (docs.soliditylang.org, "Panic via assert and error via require"). */
const PANICS: Record<number, string> = {
  0x00: "a generic compiler-inserted panic",
  0x01: "an assert() failed (a condition the contract believes can never be false)",
  0x11: "an arithmetic overflow or underflow (a number went beyond what its type can hold)",
  0x12: "a division or modulo by zero",
  0x21: "a value was converted to an enum that does not have it",
  0x22: "the contract's storage is corrupted (an incorrectly encoded byte array)",
  0x31: "pop() on an empty list",
  0x32: "a list was read outside its length (index out of bounds)",
  0x41: "too much memory was requested",
  0x51: "an uninitialised function was called",
};

const plain = (v: unknown): string =>
  typeof v === "bigint"
    ? v.toString()
    : Array.isArray(v)
      ? `[${v.map(plain).join(", ")}]`
      : typeof v === "object" && v
        ? JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? x.toString() : x))
        : String(v);

export function explainSolidityRevert(abi: Abi, data: `0x${string}`): string {
  if (data === "0x") return "The contract refused (it reverted without giving a reason).";
  try {
    const { errorName, args, abiItem } = decodeErrorResult({ abi, data });
    if (errorName === "Error") return `The contract refused: “${String(args?.[0] ?? "")}”.`;
    if (errorName === "Panic") {
      const code = Number(args?.[0] ?? 0);
      return `The contract stopped with an error (panic 0x${code.toString(16).padStart(2, "0")}: ${PANICS[code] ?? "an unknown panic code"}).`;
    }
    const inputs = abiItem && "inputs" in abiItem ? abiItem.inputs : [];
    const shown = (args ?? []).map((a, i) => `${inputs[i]?.name || `arg${i}`} = ${plain(a)}`).join(", ");
    return `The contract refused: ${errorName}${shown ? ` (${shown})` : ""}.`;
  } catch {
    return `The contract refused with an error this contract's ABI does not describe (${data.slice(0, 10)}…).`;
  }
}

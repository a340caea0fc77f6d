// The brick page's ABI overview for a Solidity version, in the same shape as the ink! one
// (constructors, "messages" = functions, events), with Solidity's own type names.
import type { Abi, AbiParameter } from "abitype";
import type { AbiSummary } from "../../bundle";
import { readStoredSolidity } from "./parse-bundle";

const typeOf = (p: AbiParameter): string =>
  p.type.startsWith("tuple") && "components" in p
    ? `(${p.components.map(typeOf).join(", ")})${p.type.slice("tuple".length)}`
    : p.type;
const args = (ps: readonly AbiParameter[]) => ps.map((p, i) => ({ name: p.name || `arg${i}`, type: typeOf(p) }));

export function summarizeSolidityAbi(metadata: unknown): AbiSummary {
  const abi = readStoredSolidity(metadata).abi as Abi;
  const out: AbiSummary = { constructors: [], messages: [], events: [] };
  for (const item of abi) {
    if (item.type === "constructor")
      out.constructors.push({
        label: "constructor",
        args: args(item.inputs),
        docs: "",
        payable: item.stateMutability === "payable",
      });
    else if (item.type === "function")
      out.messages.push({
        label: item.name,
        args: args(item.inputs),
        docs: "",
        returnType: item.outputs.length ? item.outputs.map(typeOf).join(", ") : undefined,
        mutates: item.stateMutability !== "view" && item.stateMutability !== "pure",
        payable: item.stateMutability === "payable",
      });
    else if (item.type === "event")
      out.events.push({
        label: item.name,
        docs: "",
        args: item.inputs.map((p: AbiParameter & { indexed?: boolean }, i: number) => ({
          name: p.name || `arg${i}`,
          type: typeOf(p),
          indexed: !!p.indexed,
        })),
      });
  }
  if (out.constructors.length === 0)
    out.constructors.push({ label: "constructor", args: [], docs: "", payable: false });
  return out;
}

// The interface a Solidity brick expects of the user's own contract (brick.json `link.interface`):
// Solidity signatures parsed by viem (abitype's human-readable ABI), since Brickyard never knows
// that contract's own ABI. Calls on it and the live link check are encoded from this.
import { parseAbi, type Abi, type AbiFunction } from "viem";
import type { TManifest } from "../../manifest-schema";

export type TLinkedInterface = { abi: Abi; functions: AbiFunction[] };

export class LinkedInterfaceError extends Error {}

/** The parsed `link.interface`, or null when the brick declares none. Throws when a signature does not parse. */
export function linkedInterface(manifest: TManifest): TLinkedInterface | null {
  const signatures = manifest.link?.interface;
  if (!signatures) return null;
  let abi: Abi;
  try {
    abi = parseAbi(signatures) as Abi;
  } catch (error) {
    // abitype's message names the signature it could not read; its first line is enough.
    throw new LinkedInterfaceError(String((error as Error).message).split("\n")[0]);
  }
  return { abi, functions: abi.filter((x): x is AbiFunction => x.type === "function") };
}

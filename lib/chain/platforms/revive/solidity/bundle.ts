// A minimal reader of the Solidity bundle agreed with the `solidity` branch
// ("brickyard-solidity-bundle/1", lib/bricks/FORMAT.md there): only what deploying needs, ABI,
// PolkaVM code and its code hash. The `solidity` branch owns the full parser and source verification.
import { hexToU8a } from "@polkadot/util";
import { keccakAsHex } from "@polkadot/util-crypto";
import type { Abi } from "viem";
import { z } from "zod";

const hex = z.string().regex(/^0x([0-9a-fA-F]{2})*$/, "0x-prefixed hex");

export const ZSolidityBundle = z.looseObject({
  format: z.literal("brickyard-solidity-bundle/1"),
  contract: z.object({ file: z.string(), name: z.string() }),
  abi: z.array(z.looseObject({ type: z.string() })),
  code: hex.refine((c) => c.toLowerCase().startsWith("0x50564d00"), "PolkaVM code (it starts with PVM\\0, 0x50564d00)"),
  codeHash: z.string().regex(/^0x[0-9a-fA-F]{64}$/, "a 0x-prefixed 32-byte hash"),
  compiler: z.looseObject({ resolc: z.string(), solc: z.string() }),
});

export type TSolidityBundle = { name: string; abi: Abi; code: Uint8Array; codeHash: `0x${string}` };

/** Parses and checks a bundle: the code must hash (keccak-256, as pallet-revive does) to `codeHash`. */
export function readSolidityBundle(input: unknown): TSolidityBundle {
  const b = ZSolidityBundle.parse(typeof input === "string" ? JSON.parse(input) : input);
  const code = hexToU8a(b.code);
  const codeHash = keccakAsHex(code, 256);
  if (codeHash !== b.codeHash.toLowerCase()) {
    throw new Error(
      `The bundle's code hashes to ${codeHash} (keccak-256), not to the ${b.codeHash} it declares: the code or the hash was changed.`,
    );
  }
  return { name: b.contract.name, abi: b.abi as unknown as Abi, code, codeHash };
}

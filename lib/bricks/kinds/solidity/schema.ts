// The Solidity bundle file (`<slug>.sol.json`, format "brickyard-solidity-bundle/1"), agreed with the
// revive deploy path: ABI, PolkaVM code, its code hash, the compiler versions and the exact
// standard-JSON input that produced the code (so anyone can compile it again and compare).
import { Abi } from "abitype/zod";
import { z } from "zod";

export const SOLIDITY_BUNDLE_FORMAT = "brickyard-solidity-bundle/1";

const hex = (what: string) => z.string().regex(/^0x([0-9a-fA-F]{2})*$/, `${what} as 0x-prefixed hex`);

export const ZStandardJsonInput = z.looseObject({
  language: z.literal("Solidity", { error: 'the compiler input\'s "language" must be "Solidity"' }),
  sources: z
    .record(z.string().min(1), z.strictObject({ content: z.string() }), {
      error: "the compiler input needs its sources as { path: { content } }",
    })
    .refine((s) => Object.keys(s).length > 0, "the compiler input has no sources"),
  settings: z.record(z.string(), z.unknown()).default({}),
});
export type TStandardJsonInput = z.infer<typeof ZStandardJsonInput>;

export const ZSolidityBundleFile = z.strictObject({
  format: z.literal(SOLIDITY_BUNDLE_FORMAT),
  contract: z.strictObject({
    file: z.string().min(1),
    name: z.string().regex(/^[A-Za-z_$][A-Za-z0-9_$]*$/, "a Solidity contract name"),
  }),
  abi: Abi,
  code: hex("the PolkaVM code").refine((c) => c.length > 2, "the code is empty"),
  codeHash: z.string().regex(/^0x[0-9a-fA-F]{64}$/, "a 0x-prefixed 32-byte hex hash"),
  compiler: z.strictObject({
    resolc: z.string().regex(/^\d+\.\d+\.\d+/, "a resolc version such as 0.3.0"),
    solc: z.string().regex(/^\d+\.\d+\.\d+/, "a solc version such as 0.8.30"),
  }),
  input: ZStandardJsonInput,
});
export type TSolidityBundleFile = Omit<z.input<typeof ZSolidityBundleFile>, "code"> & { code: `0x${string}` };

export function isSolidityBundleJson(json: unknown): boolean {
  return typeof json === "object" && json !== null && (json as { format?: unknown }).format === SOLIDITY_BUNDLE_FORMAT;
}

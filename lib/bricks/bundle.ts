// Reads an ink! `.contract` bundle (metadata v4 or v5 + the wasm), recomputes the code hash, and
// exposes constructors/messages/events with resolved type names. The platform never trusts the
// bundle's own `source.hash`: the hash it records and shows is the one computed here.
import { Abi } from "@polkadot/api-contract";
import { hexToU8a } from "@polkadot/util";
import { blake2AsHex, keccakAsHex } from "@polkadot/util-crypto";
import { z } from "zod";
import { makeTypeResolver, typeName, unwrapLangResult, type InkType, type RegistryEntry } from "./ink-types";
import { brokenTypeTable, refuseOldFormat, refuseWithoutCode, type TRefusal } from "./bundle-refusals";

export { wasmChecks, WASM_LIMITS, type WasmProblem } from "./wasm-checks";

export interface InkArg {
  name: string;
  type: InkType;
  /** Resolved Rust-style name, e.g. "u128" for an argument declared as Balance. */
  typeName: string;
  /** What the contract's source calls it, e.g. "Balance". */
  displayName: string;
}
export interface InkCallable {
  label: string;
  selector: string;
  args: InkArg[];
  docs: string[];
  payable: boolean;
}
export interface InkMessage extends InkCallable {
  mutates: boolean;
  /** The return type with ink!'s Result<_, LangError> wrapper removed; undefined for `()`. */
  returnType?: InkType;
  returnTypeName?: string;
}
export interface InkEvent {
  label: string;
  docs: string[];
  args: (InkArg & { indexed: boolean })[];
}

export interface ContractBundle {
  metadataVersion: 4 | 5 | 6;
  /** "ink" (v4/v5, wasm for pallet-contracts) or "ink-v6" (PolkaVM for pallet-revive). */
  kind: "ink" | "ink-v6";
  platform: "contracts" | "revive";
  contract: { name: string; version: string };
  /** e.g. "ink! 5.0.0-rc.1" */
  language: string;
  /** The code: wasm (v4/v5) or the PolkaVM blob of `source.contract_binary` (v6). */
  wasm: Uint8Array;
  /** `source.hash` as written in the bundle (lower-case). */
  declaredHash: string;
  /** blake2-256 of the wasm (pallet-contracts) or keccak-256 of the PolkaVM code (pallet-revive), computed here. */
  codeHash: string;
  constructors: InkCallable[];
  messages: InkMessage[];
  events: InkEvent[];
  /** The metadata without the wasm: what is stored and served as the ABI. */
  metadata: Record<string, unknown>;
}

/** A bundle that cannot be used at all; `jsonPath` points into the bundle file. */
export class BundleError extends Error {
  constructor(
    message: string,
    readonly fix: string,
    readonly jsonPath = "$",
  ) {
    super(message);
  }
}

const ZTypeRef = z.looseObject({ type: z.number().int(), displayName: z.array(z.string()).default([]) });
const ZArg = z.looseObject({ label: z.string(), type: ZTypeRef });
const ZCallable = z.looseObject({
  label: z.string(),
  selector: z.string(),
  args: z.array(ZArg),
  docs: z.array(z.string()).default([]),
  payable: z.boolean().default(false),
});
const ZSpec = z.looseObject({
  types: z.array(
    z.looseObject({ id: z.number().int(), type: z.looseObject({ def: z.record(z.string(), z.unknown()) }) }),
  ),
  spec: z.looseObject({
    constructors: z.array(ZCallable),
    messages: z.array(ZCallable.extend({ mutates: z.boolean().default(false), returnType: ZTypeRef.nullish() })),
    events: z.array(
      z.looseObject({
        label: z.string(),
        docs: z.array(z.string()).default([]),
        args: z.array(ZArg.extend({ indexed: z.boolean().default(false) })),
      }),
    ),
  }),
});
const ZRawBundle = ZSpec.extend({
  source: z
    .looseObject({
      hash: z.string().regex(/^0x[0-9a-fA-F]{64}$/, "a 0x-prefixed 32-byte hex hash"),
      language: z.string().default("ink!"),
      // ink! v4/v5 write `wasm`; ink! v6 (pallet-revive) writes the PolkaVM code as `contract_binary`.
      wasm: z
        .string()
        .regex(/^0x([0-9a-fA-F]{2})+$/, "the contract's wasm as 0x-prefixed hex")
        .optional(),
      contract_binary: z
        .string()
        .regex(/^0x([0-9a-fA-F]{2})+$/, "the contract's code as 0x-prefixed hex")
        .optional(),
    })
    .refine((s) => s.wasm || s.contract_binary, {
      message: "the contract's code (source.wasm or source.contract_binary) is missing",
      path: ["wasm"],
    }),
  contract: z.looseObject({ name: z.string(), version: z.string() }),
});

type Calls = Pick<ContractBundle, "constructors" | "messages" | "events">;

/** Constructors, messages and events with types resolved through the metadata's registry. */
function readCalls(raw: z.infer<typeof ZSpec>): Calls {
  const resolve = makeTypeResolver(raw.types as unknown as RegistryEntry[]);
  const arg = (a: z.infer<typeof ZArg>): InkArg => {
    const type = resolve(a.type.type);
    return {
      name: a.label,
      type,
      typeName: typeName(type),
      displayName: a.type.displayName.join("::") || typeName(type),
    };
  };
  return {
    constructors: raw.spec.constructors.map((c) => ({
      label: c.label,
      selector: c.selector,
      args: c.args.map(arg),
      docs: c.docs,
      payable: c.payable,
    })),
    messages: raw.spec.messages.map((m) => {
      const ret = m.returnType ? unwrapLangResult(resolve(m.returnType.type)) : undefined;
      const isUnit = !ret || (ret.kind === "tuple" && ret.of.length === 0);
      return {
        label: m.label,
        selector: m.selector,
        args: m.args.map(arg),
        docs: m.docs,
        payable: m.payable,
        mutates: m.mutates,
        returnType: isUnit ? undefined : ret,
        returnTypeName: isUnit ? undefined : typeName(ret),
      };
    }),
    events: raw.spec.events.map((e) => ({
      label: e.label,
      docs: e.docs,
      args: e.args.map((a) => ({ ...arg(a), indexed: a.indexed })),
    })),
  };
}

function refuse(r: TRefusal | null): void {
  if (r) throw new BundleError(r.message, r.fix, r.jsonPath);
}

/** Parses a bundle from its JSON text or an already-parsed object. Throws BundleError. */
export function parseBundle(input: string | unknown): ContractBundle {
  let json: unknown = input;
  if (typeof input === "string") {
    try {
      json = JSON.parse(input);
    } catch (error) {
      throw new BundleError(
        `The contract bundle is not valid JSON: ${(error as Error).message}`,
        "use the .contract file cargo-contract wrote, unchanged",
      );
    }
  }
  const version = metadataVersion(json);
  refuse(refuseWithoutCode(json as Record<string, unknown>));
  const parsed = ZRawBundle.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BundleError(
      `The contract bundle is missing or has a wrong ${issue.path.join(".") || "shape"}: ${issue.message}`,
      "use the complete .contract file (metadata and wasm) written by cargo-contract",
      "$." + issue.path.join("."),
    );
  }
  const raw = parsed.data;
  try {
    // api-contract is what deploys and calls the contract later: it must read this metadata too.
    new Abi(json as Record<string, unknown>);
  } catch (error) {
    refuse(brokenTypeTable(error));
    throw new BundleError(
      `@polkadot/api-contract cannot read this metadata: ${(error as Error).message}`,
      "rebuild the bundle with cargo-contract 3 (ink! 4) or 4 (ink! 5)",
    );
  }
  let calls: Calls;
  try {
    calls = readCalls(raw);
  } catch (error) {
    refuse(brokenTypeTable(error));
    throw new BundleError(
      `The contract metadata's types cannot be read: ${(error as Error).message}`,
      "rebuild the bundle",
      "$.types",
    );
  }
  const wasm = hexToU8a(raw.source.wasm ?? raw.source.contract_binary);
  const { wasm: _wasm, contract_binary: _binary, ...sourceWithoutWasm } = raw.source;
  void _wasm;
  void _binary;
  const revive = version === 6;
  return {
    metadataVersion: version,
    kind: revive ? "ink-v6" : "ink",
    platform: revive ? "revive" : "contracts",
    contract: { name: raw.contract.name, version: raw.contract.version },
    language: raw.source.language,
    wasm,
    declaredHash: raw.source.hash.toLowerCase(),
    // pallet-revive names code by keccak-256 (checked against the chain's own value), pallet-contracts by blake2-256.
    codeHash: revive ? keccakAsHex(wasm, 256) : blake2AsHex(wasm, 256),
    ...calls,
    metadata: { ...(json as Record<string, unknown>), source: sourceWithoutWasm },
  };
}

function metadataVersion(json: unknown): 4 | 5 | 6 {
  if (typeof json !== "object" || json === null) {
    throw new BundleError("The contract bundle is not a JSON object", "use the .contract file cargo-contract wrote");
  }
  const o = json as Record<string, unknown>;
  refuse(refuseOldFormat(o));
  const v = Number(o.version);
  if (v === 4 || v === 5 || v === 6) return v;
  const found =
    o.version !== undefined
      ? `metadata version ${String(o.version)}`
      : (Object.keys(o).find((k) => /^V\d+$/.test(k)) ?? "no metadata version");
  const fix =
    v > 6
      ? "this metadata version is newer than Brickyard reads; build with ink! 4, 5 (pallet-contracts) or 6 (pallet-revive)"
      : "rebuild the contract with ink! 4, 5 or 6 (cargo-contract 3, 4 or 6), which write metadata v4, v5 or v6";
  throw new BundleError(
    `The contract bundle has ${found}; bricks accept ink! metadata v4, v5 and v6`,
    fix,
    "$.version",
  );
}

export interface AbiSummary {
  constructors: { label: string; args: { name: string; type: string }[]; docs: string; payable: boolean }[];
  messages: {
    label: string;
    args: { name: string; type: string }[];
    docs: string;
    returnType?: string;
    mutates: boolean;
    payable: boolean;
  }[];
  events: { label: string; args: { name: string; type: string; indexed: boolean }[]; docs: string }[];
}

/** The ABI overview the brick page shows, from stored metadata (no wasm needed). Throws on a shape it cannot read. */
export function summarizeAbi(metadata: unknown): AbiSummary {
  const calls = readCalls(ZSpec.parse(metadata));
  const args = (list: InkArg[]) => list.map((a) => ({ name: a.name, type: a.typeName }));
  const docs = (d: string[]) =>
    d
      .map((l) => l.trim())
      .join(" ")
      .trim();
  return {
    constructors: calls.constructors.map((c) => ({
      label: c.label,
      args: args(c.args),
      docs: docs(c.docs),
      payable: c.payable,
    })),
    messages: calls.messages.map((m) => ({
      label: m.label,
      args: args(m.args),
      docs: docs(m.docs),
      returnType: m.returnTypeName,
      mutates: m.mutates,
      payable: m.payable,
    })),
    events: calls.events.map((e) => ({
      label: e.label,
      docs: docs(e.docs),
      args: e.args.map((a) => ({ name: a.name, type: a.typeName, indexed: a.indexed })),
    })),
  };
}

/** Encodes/decodes nothing itself: callers that talk to a chain build api-contract's Abi from the stored metadata. */
export function toAbi(bundle: Pick<ContractBundle, "metadata">): Abi {
  return new Abi(bundle.metadata as Record<string, unknown>);
}

// ink! v5 metadata (the `.contract` bundle) from a ContractSpec and the compiled wasm.
import { u8aToHex } from "@polkadot/util";
import { blake2_256, rootKeyHex, selectorHex, storageRootKey } from "./hash";
import { TypeRegistry } from "./registry";
import type { ContractSpec, StorageFieldSpec } from "./spec";
import { sourceName, t, type Ty } from "./types";

export const KIT_VERSION = "1.0.0";

/** ink!'s LangError: a single variant, at index 1. */
export const LANG_ERROR: Ty = {
  kind: "variant",
  path: ["ink_primitives", "LangError"],
  variants: [{ name: "CouldNotReadInput", index: 1, fields: [] }],
  display: ["LangError"],
};

/** MessageResult<T> = Result<T, LangError>. */
export const messageResult = (ty: Ty): Ty => t.result(ty, LANG_ERROR);

/** Root key of a lazy/mapping field (explicit, or ink! 5's automatic key). */
export function fieldRootKey(spec: ContractSpec, f: StorageFieldSpec): number {
  if (f.kind === "packed") return 0;
  return f.rootKey ?? storageRootKey(spec.storage.name, f.name);
}

/** Signature topic of an event (null when anonymous). */
export function eventSignature(e: NonNullable<ContractSpec["events"]>[number]): string | null {
  if (e.anonymous) return null;
  return e.signature ?? `${e.label}(${e.fields.map((f) => sourceName(f.type)).join(",")})`;
}

const typeRef = (reg: TypeRegistry, ty: Ty, display?: string[]) => ({
  displayName: display ?? ty.display,
  type: reg.add(ty),
});

export interface BuildInfo {
  compiler: string;
  flags: string[];
}

export function generateMetadata(spec: ContractSpec, wasm: Uint8Array, build: BuildInfo): Record<string, unknown> {
  const reg = new TypeRegistry();
  const mod = [spec.name, spec.name];

  // Storage first, like cargo-contract: the root struct and its Lazy/Mapping wrappers.
  const autoKey = reg.addRaw({ def: { composite: {} }, path: ["ink_storage_traits", "impls", "AutoKey"] });
  const storageFields = spec.storage.fields.map((f) => {
    const valueId = reg.add(f.type);
    if (f.kind === "packed") {
      return {
        name: f.name,
        typeId: valueId,
        typeName: sourceName(f.type),
        layout: { leaf: { key: "0x00000000", ty: valueId } },
      };
    }
    const key = rootKeyHex(fieldRootKey(spec, f));
    const params =
      f.kind === "mapping"
        ? [
            { name: "K", type: reg.add(f.key) },
            { name: "V", type: valueId },
            { name: "KeyType", type: autoKey },
          ]
        : [
            { name: "V", type: valueId },
            { name: "KeyType", type: autoKey },
          ];
    const wrapper = reg.addRaw({
      def: { composite: {} },
      params,
      path: f.kind === "mapping" ? ["ink_storage", "lazy", "mapping", "Mapping"] : ["ink_storage", "lazy", "Lazy"],
    });
    const typeName =
      f.kind === "mapping" ? `Mapping<${sourceName(f.key)}, ${sourceName(f.type)}>` : `Lazy<${sourceName(f.type)}>`;
    return {
      name: f.name,
      typeId: wrapper,
      typeName,
      layout: { root: { layout: { leaf: { key, ty: valueId } }, root_key: key, ty: wrapper } },
    };
  });
  const rootId = reg.addRaw({
    def: {
      composite: storageFields.length
        ? { fields: storageFields.map((f) => ({ name: f.name, type: f.typeId, typeName: f.typeName })) }
        : {},
    },
    path: [...mod, spec.storage.name],
  });

  const constructors = spec.constructors.map((c) => {
    const errorTy = errorTypeOf(spec);
    const ret = c.fallible ? t.result(t.unit, errorTy ?? missingError(spec, c.label)) : t.unit;
    return {
      args: (c.args ?? []).map((a) => ({ label: a.label, type: typeRef(reg, a.type) })),
      default: c.default ?? false,
      docs: c.docs ?? [],
      label: c.label,
      payable: c.payable ?? false,
      returnType: typeRef(reg, messageResult(ret), ["ink_primitives", "ConstructorResult"]),
      selector: selectorHex(c.label, c.selector),
    };
  });
  const messages = spec.messages.map((m) => ({
    args: (m.args ?? []).map((a) => ({ label: a.label, type: typeRef(reg, a.type) })),
    default: m.default ?? false,
    docs: m.docs ?? [],
    label: m.label,
    mutates: m.mutates ?? false,
    payable: m.payable ?? false,
    returnType: typeRef(reg, messageResult(m.returns ?? t.unit), ["ink", "MessageResult"]),
    selector: selectorHex(m.label, m.selector),
  }));
  const events = (spec.events ?? []).map((e) => {
    const sig = eventSignature(e);
    return {
      args: e.fields.map((f) => ({
        docs: f.docs ?? [],
        indexed: f.indexed ?? false,
        label: f.label,
        type: typeRef(reg, f.type),
      })),
      docs: e.docs ?? [],
      label: e.label,
      module_path: mod.join("::"),
      signature_topic: sig === null ? null : u8aToHex(blake2_256(sig)),
    };
  });
  const environment = {
    accountId: typeRef(reg, t.AccountId),
    balance: typeRef(reg, t.Balance),
    blockNumber: typeRef(reg, t.BlockNumber),
    chainExtension: typeRef(reg, t.variant(["ink_env", "types", "NoChainExtension"], [])),
    hash: typeRef(reg, t.Hash),
    maxEventTopics: 4,
    staticBufferSize: 16384,
    timestamp: typeRef(reg, t.Timestamp),
  };
  const langErrorRef = typeRef(reg, LANG_ERROR, ["ink", "LangError"]);

  const contract: Record<string, unknown> = { name: spec.name, version: spec.version, authors: spec.authors };
  if (spec.description) contract.description = spec.description;
  if (spec.license) contract.license = spec.license;

  return {
    source: {
      hash: u8aToHex(blake2_256(wasm)),
      language: `AssemblyScript (brickyard contract kit ${KIT_VERSION})`,
      compiler: build.compiler,
      wasm: u8aToHex(wasm),
      build_info: { kit_version: KIT_VERSION, asc_flags: build.flags },
    },
    contract,
    spec: {
      constructors,
      docs: spec.docs ?? [],
      environment,
      events,
      lang_error: langErrorRef,
      messages,
    },
    storage: {
      root: {
        layout: {
          struct: { fields: storageFields.map((f) => ({ layout: f.layout, name: f.name })), name: spec.storage.name },
        },
        root_key: "0x00000000",
        ty: rootId,
      },
    },
    types: reg.types,
    version: 5,
  };
}

/** The contract's Error enum: `spec.error`, else the error type of the first `Result` a message returns. */
export function errorTypeOf(spec: ContractSpec): Ty | null {
  if (spec.error) return spec.error;
  for (const m of spec.messages) {
    const r = m.returns;
    if (r && r.kind === "variant" && r.path[0] === "Result" && r.path.length === 1) return r.params?.[1]?.type ?? null;
  }
  return null;
}

function missingError(spec: ContractSpec, label: string): never {
  throw new Error(`${spec.name}: constructor "${label}" is fallible but the spec declares no \`error\` type`);
}

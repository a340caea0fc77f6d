// What a contract declares in bricks/<slug>/spec.ts. The generator turns it into ink! v5 metadata
// and into AssemblyScript (selectors, storage keys, typed storage, events, dispatch), so the
// contract and its ABI come from one source.
import type { Ty } from "./types";

export interface ArgSpec {
  label: string;
  type: Ty;
}

interface CallableSpec {
  label: string;
  args?: ArgSpec[];
  docs?: string[];
  /** Accepts native value; non-payable calls trap when value is sent (like ink!). */
  payable?: boolean;
  default?: boolean;
  /** Override the selector (hex, 4 bytes); default = first 4 bytes of blake2-256(label). */
  selector?: string;
  /** Name of the AssemblyScript function in assembly/contract.ts; default = label (+ "_" if reserved). */
  handler?: string;
}

export interface ConstructorSpec extends CallableSpec {
  /** Returns Result<(), Error>: the handler may call fail(Error.X). */
  fallible?: boolean;
}

export interface MessageSpec extends CallableSpec {
  /** Return type (default `()`). `t.result(T, Error)` → the handler returns T and fails with fail(Error.X). */
  returns?: Ty;
  /** Changes storage (a transaction); false = a query. */
  mutates?: boolean;
  /**
   * The handler decodes its own arguments and writes its own reply:
   * `function label(input: Decoder, out: Encoder): void` with `out` holding the 0x00 Ok byte.
   * Use it for types the generator cannot map (tuples, Option of a number, structs).
   */
  raw?: boolean;
}

export interface EventFieldSpec {
  label: string;
  type: Ty;
  indexed?: boolean;
  docs?: string[];
}
export interface EventSpec {
  label: string;
  fields: EventFieldSpec[];
  docs?: string[];
  /** No signature topic (ink! `#[ink(anonymous)]`). */
  anonymous?: boolean;
  /** Override the signature text; default "Label(T1,T2)" with the fields' source names. */
  signature?: string;
}

export type StorageFieldSpec =
  /** Stored with the other packed fields of the root struct at key 0x00000000 (one read/write for all). */
  | { name: string; kind: "packed"; type: Ty; docs?: string[] }
  /** A single value under its own key (ink! Lazy<T>): read and written on its own. */
  | { name: string; kind: "lazy"; type: Ty; rootKey?: number; docs?: string[] }
  /** A map (ink! Mapping<K, V>): each entry under root key ++ SCALE(key). Tuple keys become several arguments. */
  | { name: string; kind: "mapping"; key: Ty; type: Ty; rootKey?: number; docs?: string[] };

export interface ContractSpec {
  /** snake_case contract name, e.g. "fungible_token" (metadata contract.name and type paths). */
  name: string;
  version: string;
  authors: string[];
  description?: string;
  license?: string;
  docs?: string[];
  storage: { name: string; fields: StorageFieldSpec[] };
  /** The contract's Error enum (t.enumOf([name, "Error"], [...])): used by fallible constructors and fail(). */
  error?: Ty;
  constructors: ConstructorSpec[];
  messages: MessageSpec[];
  events?: EventSpec[];
  /** Labels of messages on other contracts this contract calls: constants SEL_EXT_<LABEL> are generated. */
  externalMessages?: string[];
  /** "generated" (default): generated/dispatch.ts calls handlers in assembly/contract.ts; "manual": write deploy/call yourself. */
  dispatch?: "generated" | "manual";
}

/** Identity helper that type-checks a spec. */
export function defineContract(spec: ContractSpec): ContractSpec {
  return spec;
}

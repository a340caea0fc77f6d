// Shared setup for brick unit tests on the mock host (bricks/<slug>/tests/unit/*.test.ts): builds the
// brick once into a temporary folder (removed afterwards) and encodes inputs / decodes replies
// through api-contract's Abi. Call mockBrick at the top level of a test file: it registers the
// beforeAll/afterAll hooks; abi and wasm are readable once beforeAll has run.
import os from "node:os";
import path from "node:path";
import { mkdtemp, rm } from "node:fs/promises";
import { Abi } from "@polkadot/api-contract";
import type { AnyJson } from "@polkadot/types/types";
import { compactStripLength } from "@polkadot/util";
import { afterAll, beforeAll } from "vitest";
import { buildContract } from "../../metadata/build";
import type { CallOutcome } from "./mock-host";

/** A message reply (MessageResult) as JSON: `ok` holds the message's value, `err` a LangError. */
export interface MessageReply {
  ok?: unknown;
  err?: unknown;
}

export interface MockBrick {
  readonly abi: Abi;
  readonly wasm: Uint8Array;
  /** The input bytes of message `label` (Abi's toU8a without the Compact length the extrinsic adds). */
  msg(label: string, ...args: unknown[]): Uint8Array;
  /** The input bytes of constructor `label`. */
  ctor(label: string, ...args: unknown[]): Uint8Array;
  /** Decodes a reply's data as the type at `typeIndex` of the metadata's registry, to JSON. */
  decode(typeIndex: number, r: CallOutcome): AnyJson;
  /** Decodes the reply of message `label` to JSON. */
  result(label: string, r: CallOutcome): MessageReply;
  /** Decodes the reply of constructor `label` to JSON. */
  ctorResult(label: string, r: CallOutcome): AnyJson;
}

/** Builds the brick at `brickDir` (into a temporary folder named `tmpPrefix`…) for the file's tests. */
export function mockBrick(brickDir: string, tmpPrefix: string): MockBrick {
  let abi: Abi | undefined;
  let wasm: Uint8Array | undefined;
  let out: string | undefined;
  beforeAll(async () => {
    out = await mkdtemp(path.join(os.tmpdir(), tmpPrefix));
    const r = await buildContract(brickDir, { outDir: out });
    abi = new Abi(r.bundle);
    wasm = r.wasm;
  }, 120_000);
  afterAll(() => (out ? rm(out, { recursive: true, force: true }) : undefined));

  const built = () => {
    if (!abi || !wasm) throw new Error("mockBrick: the brick is not built yet (used before beforeAll?)");
    return { abi, wasm };
  };
  const input = (u8a: Uint8Array) => compactStripLength(u8a)[1];
  const decode = (typeIndex: number, r: CallOutcome) => {
    const { registry } = built().abi;
    return registry.createType(registry.createLookupType(typeIndex), r.data).toJSON();
  };
  return {
    get abi() {
      return built().abi;
    },
    get wasm() {
      return built().wasm;
    },
    msg: (label, ...args) => input(built().abi.findMessage(label).toU8a(args)),
    ctor: (label, ...args) => input(built().abi.findConstructor(label).toU8a(args)),
    decode,
    result: (label, r) => decode(built().abi.findMessage(label).returnType!.lookupIndex!, r) as MessageReply,
    ctorResult: (label, r) => decode(built().abi.findConstructor(label).returnType!.lookupIndex!, r),
  };
}

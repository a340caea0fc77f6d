// Compiles the codec harness (../harness) once per test file and gives typed access to it.
import path from "node:path";
import { ASC_FLAGS, compileMany } from "../../metadata/build";
import { instantiateHarness, type EmittedEvent } from "./mock-host";

const HARNESS_DIR = path.resolve(import.meta.dirname, "../harness");

export async function compileHarness(): Promise<Uint8Array> {
  return (await compileMany([HARNESS_DIR], { flags: ASC_FLAGS })).get(HARNESS_DIR)!;
}

export class Harness {
  readonly events: EmittedEvent[] = [];
  private readonly h: ReturnType<typeof instantiateHarness>;
  constructor(wasm: Uint8Array) {
    this.h = instantiateHarness(wasm, this.events);
  }
  get exports() {
    return this.h.exports;
  }
  put(bytes: Uint8Array): number {
    const ptr = this.h.exports.alloc(Math.max(bytes.length, 1));
    new Uint8Array(this.h.memory.buffer).set(bytes, ptr);
    return ptr;
  }
  out(ptr: number): Uint8Array {
    return new Uint8Array(this.h.memory.buffer).slice(ptr, ptr + this.h.exports.lastLen());
  }
  /** Calls an export that returns (pointer, lastLen()). */
  run(name: string, ...args: number[]): Uint8Array {
    return this.out(this.h.exports[name](...args));
  }
}

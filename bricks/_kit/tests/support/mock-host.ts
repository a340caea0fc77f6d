// Runs kit contracts (and the codec harness) in Node with an in-memory stand-in for pallet-contracts'
// host functions: storage, caller, value, events, hashing, cross-contract calls. Each call gets a
// fresh instance and memory, like on chain; storage changes are rolled back on revert or trap.
// Fast unit tests for contract logic; the real chain is still the reference (tests/*.test.ts).
import { blake2AsU8a, keccakAsU8a, sha256AsU8a } from "@polkadot/util-crypto";
import { u8aToHex } from "@polkadot/util";

export interface EmittedEvent {
  topics: Uint8Array[];
  data: Uint8Array;
}
export interface CallOutcome {
  flags: number;
  data: Uint8Array;
  reverted: boolean;
  /** Set when the contract trapped (unreachable, out of bounds …). */
  trap?: string;
  events: EmittedEvent[];
}
export interface CallOptions {
  caller?: Uint8Array;
  value?: bigint;
  now?: bigint;
  blockNumber?: number;
}
/** Answers the contract's seal_call: return code (0 success, 2 reverted, 8 not callable …) and output. */
export type CallHandler = (
  callee: Uint8Array,
  input: Uint8Array,
  value: bigint,
) => { code: number; output?: Uint8Array };

class ReturnSignal {
  constructor(
    readonly flags: number,
    readonly data: Uint8Array,
  ) {}
}
class HostTrap extends Error {}

const u128le = (v: bigint) => {
  const b = new Uint8Array(16);
  for (let i = 0; i < 16; i++) b[i] = Number((v >> BigInt(8 * i)) & 0xffn);
  return b;
};
const readU128 = (b: Uint8Array) => b.reduceRight((acc, x) => (acc << 8n) | BigInt(x), 0n);

export const account = (n: number): Uint8Array => new Uint8Array(32).fill(n);

/** Host imports over `memory`; `ctx` supplies the call's input and state. */
export function hostImports(
  getMemory: () => WebAssembly.Memory,
  ctx: {
    input: Uint8Array;
    storage: Map<string, Uint8Array>;
    caller: Uint8Array;
    address: Uint8Array;
    value: bigint;
    balance: bigint;
    now: bigint;
    blockNumber: number;
    events: EmittedEvent[];
    onCall?: CallHandler;
    debug: string[];
  },
): WebAssembly.Imports {
  const mem = () => new Uint8Array(getMemory().buffer);
  const view = () => new DataView(getMemory().buffer);
  const read = (ptr: number, len: number) => mem().slice(ptr, ptr + len);
  const write = (ptr: number, data: Uint8Array) => mem().set(data, ptr);
  /** Writes to an (out, out_len_ptr) pair, trapping like the chain when it does not fit. */
  const writeOut = (out: number, lenPtr: number, data: Uint8Array) => {
    const cap = view().getUint32(lenPtr, true);
    if (data.length > cap) throw new HostTrap(`OutputBufferTooSmall (${data.length} > ${cap})`);
    write(out, data);
    view().setUint32(lenPtr, data.length, true);
  };
  const key = (ptr: number, len: number) => u8aToHex(read(ptr, len));
  const hash = (f: (d: Uint8Array) => Uint8Array) => (input: number, len: number, out: number) =>
    write(out, f(read(input, len)));

  const seal0: Record<string, (...args: never[]) => unknown> = {
    input: (buf: number, lenPtr: number) => writeOut(buf, lenPtr, ctx.input),
    seal_return: (flags: number, data: number, len: number) => {
      throw new ReturnSignal(flags, read(data, len));
    },
    caller: (out: number, lenPtr: number) => writeOut(out, lenPtr, ctx.caller),
    address: (out: number, lenPtr: number) => writeOut(out, lenPtr, ctx.address),
    balance: (out: number, lenPtr: number) => writeOut(out, lenPtr, u128le(ctx.balance)),
    value_transferred: (out: number, lenPtr: number) => writeOut(out, lenPtr, u128le(ctx.value)),
    minimum_balance: (out: number, lenPtr: number) => writeOut(out, lenPtr, u128le(1_000_000_000n)),
    now: (out: number, lenPtr: number) => writeOut(out, lenPtr, new Uint8Array(new BigUint64Array([ctx.now]).buffer)),
    block_number: (out: number, lenPtr: number) =>
      writeOut(out, lenPtr, new Uint8Array(new Uint32Array([ctx.blockNumber]).buffer)),
    caller_is_origin: () => 1,
    is_contract: () => 0,
    deposit_event: (topics: number, topicsLen: number, data: number, dataLen: number) => {
      const raw = read(topics, topicsLen);
      const n = raw[0] >> 2;
      if (raw.length !== 1 + 32 * n) throw new HostTrap("malformed topics");
      ctx.events.push({
        topics: Array.from({ length: n }, (_, i) => raw.slice(1 + 32 * i, 33 + 32 * i)),
        data: read(data, dataLen),
      });
    },
    hash_blake2_256: hash((d) => blake2AsU8a(d, 256)),
    hash_blake2_128: hash((d) => blake2AsU8a(d, 128)),
    hash_sha2_256: hash((d) => sha256AsU8a(d)),
    hash_keccak_256: hash((d) => keccakAsU8a(d, 256)),
    take_storage: (k: number, kLen: number, out: number, lenPtr: number) => {
      const v = ctx.storage.get(key(k, kLen));
      if (!v) return 3;
      ctx.storage.delete(key(k, kLen));
      writeOut(out, lenPtr, v);
      return 0;
    },
    transfer: (_acc: number, _accLen: number, v: number) => {
      const value = readU128(read(v, 16));
      if (value > ctx.balance) return 5;
      ctx.balance -= value;
      return 0;
    },
    debug_message: (p: number, len: number) => {
      ctx.debug.push(new TextDecoder().decode(read(p, len)));
      return 0;
    },
  };
  const seal1: Record<string, (...args: never[]) => unknown> = {
    get_storage: (k: number, kLen: number, out: number, lenPtr: number) => {
      const v = ctx.storage.get(key(k, kLen));
      if (!v) return 3;
      writeOut(out, lenPtr, v);
      return 0;
    },
    clear_storage: (k: number, kLen: number) => {
      const v = ctx.storage.get(key(k, kLen));
      ctx.storage.delete(key(k, kLen));
      return v ? v.length : -1;
    },
    contains_storage: (k: number, kLen: number) => ctx.storage.get(key(k, kLen))?.length ?? -1,
  };
  const seal2: Record<string, (...args: never[]) => unknown> = {
    set_storage: (k: number, kLen: number, v: number, vLen: number) => {
      const old = ctx.storage.get(key(k, kLen));
      ctx.storage.set(key(k, kLen), read(v, vLen));
      return old ? old.length : -1;
    },
    call: (
      _flags: number,
      callee: number,
      _rt: bigint,
      _ps: bigint,
      _dep: number,
      value: number,
      input: number,
      inputLen: number,
      out: number,
      lenPtr: number,
    ) => {
      if (!ctx.onCall) return 8;
      const r = ctx.onCall(read(callee, 32), read(input, inputLen), readU128(read(value, 16)));
      if ((r.code === 0 || r.code === 2) && r.output && out !== 0xffffffff) writeOut(out, lenPtr, r.output);
      return r.code;
    },
  };
  const wrap = (mod: string, fns: Record<string, (...args: never[]) => unknown>) =>
    new Proxy(fns, {
      get: (target, name: string) =>
        target[name] ??
        (() => {
          throw new HostTrap(`host function ${mod}.${name} is not mocked`);
        }),
    });
  return { seal0: wrap("seal0", seal0), seal1: wrap("seal1", seal1), seal2: wrap("seal2", seal2) };
}

/** A kit contract instance with in-memory state. */
export class MockContract {
  readonly storage = new Map<string, Uint8Array>();
  readonly address = account(0xcc);
  balance = 0n;
  onCall?: CallHandler;
  readonly debug: string[] = [];
  private readonly module: WebAssembly.Module;

  constructor(wasm: Uint8Array) {
    this.module = new WebAssembly.Module(new Uint8Array(wasm));
  }

  deploy(input: Uint8Array, opts: CallOptions = {}): CallOutcome {
    return this.run("deploy", input, opts);
  }
  call(input: Uint8Array, opts: CallOptions = {}): CallOutcome {
    return this.run("call", input, opts);
  }

  private run(entry: "deploy" | "call", input: Uint8Array, opts: CallOptions): CallOutcome {
    const memory = new WebAssembly.Memory({ initial: 2, maximum: 16 });
    const snapshot = new Map(this.storage);
    const events: EmittedEvent[] = [];
    const ctx = {
      input,
      storage: this.storage,
      caller: opts.caller ?? account(1),
      address: this.address,
      value: opts.value ?? 0n,
      balance: this.balance + (opts.value ?? 0n),
      now: opts.now ?? 1_700_000_000_000n,
      blockNumber: opts.blockNumber ?? 1,
      events,
      onCall: this.onCall,
      debug: this.debug,
    };
    const instance = new WebAssembly.Instance(this.module, { env: { memory }, ...hostImports(() => memory, ctx) });
    const rollback = () => {
      this.storage.clear();
      for (const [k, v] of snapshot) this.storage.set(k, v);
    };
    try {
      (instance.exports[entry] as () => void)();
      // Falling off the end is a successful empty reply.
      this.balance = ctx.balance;
      return { flags: 0, data: new Uint8Array(), reverted: false, events };
    } catch (e) {
      if (e instanceof ReturnSignal) {
        const reverted = (e.flags & 1) === 1;
        if (reverted) rollback();
        else this.balance = ctx.balance;
        return { flags: e.flags, data: e.data, reverted, events: reverted ? [] : events };
      }
      rollback();
      return {
        flags: 0,
        data: new Uint8Array(),
        reverted: true,
        trap: e instanceof Error ? e.message : String(e),
        events: [],
      };
    }
  }
}

/** Instantiates a non-contract wasm (the codec harness) with the mocked host and a fresh memory. */
const modules = new WeakMap<Uint8Array, WebAssembly.Module>();
export function instantiateHarness(wasm: Uint8Array, events: EmittedEvent[] = []) {
  const memory = new WebAssembly.Memory({ initial: 2, maximum: 16 });
  const ctx = {
    input: new Uint8Array(),
    storage: new Map<string, Uint8Array>(),
    caller: account(1),
    address: account(0xcc),
    value: 0n,
    balance: 0n,
    now: 0n,
    blockNumber: 0,
    events,
    debug: [],
  };
  let compiled = modules.get(wasm);
  if (!compiled) modules.set(wasm, (compiled = new WebAssembly.Module(new Uint8Array(wasm))));
  const instance = new WebAssembly.Instance(compiled, { env: { memory }, ...hostImports(() => memory, ctx) });
  return { memory, exports: instance.exports as Record<string, (...args: number[]) => number> };
}

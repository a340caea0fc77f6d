// Calling another contract (ink! or kit-built): selector ++ SCALE(args) in, MessageResult<T> out.
//
//   const r = new ContractCall(registry, SEL_EXT_IS_ALLOWED);
//   r.args.bytes32(who);
//   const d = r.invoke().decodeOk();     // Decoder positioned at T, or null
//   if (d === null) fail(Error.CallFailed);
//   const allowed = d!.bool();
import * as env from "./env";
import { U128 } from "./u128";
import { Bytes32 } from "./bytes32";
import { Decoder, Encoder } from "./scale";

export class CallResult {
  constructor(
    public code: u32,
    public out: usize,
    public len: u32,
  ) {}
  /** The callee returned normally (no revert, no trap). */
  @inline get succeeded(): bool {
    return this.code == env.RC_SUCCESS;
  }
  /** The callee reverted; its output (e.g. an encoded Err) is available. */
  @inline get reverted(): bool {
    return this.code == env.RC_CALLEE_REVERTED;
  }
  /** The raw output (empty unless succeeded or reverted). */
  output(): Decoder {
    return new Decoder(this.out, this.len);
  }
  /** For ink!-style callees: the Decoder after MessageResult's Ok byte, or null on any failure. */
  decodeOk(): Decoder | null {
    if (!this.succeeded || this.len == 0 || load<u8>(this.out) != 0) return null;
    const d = this.output();
    d.u8();
    return d;
  }
}

export class ContractCall {
  /** selector ++ args: append the arguments with the Encoder writers. */
  args: Encoder;
  /** Native value sent with the call. */
  value: U128 | null = null;
  /** Gas limit; 0 = all that is left. */
  refTime: u64 = 0;
  proofSize: u64 = 0;
  /** Call flags (env.CALL_*); reentry into this contract is refused unless CALL_ALLOW_REENTRY. */
  flags: u32 = 0;
  /** Capacity of the output buffer (a larger reply traps). */
  outputCapacity: u32 = 4096;

  constructor(
    public callee: Bytes32,
    selector: u32,
  ) {
    this.args = new Encoder(68).u32(selector);
  }

  invoke(): CallResult {
    const value = heap.alloc(16);
    const v = this.value;
    if (v === null) U128.zero().store(value);
    else v.store(value);
    const out = heap.alloc(this.outputCapacity);
    const lenCell = heap.alloc(4);
    store<u32>(lenCell, this.outputCapacity);
    const code = env.seal_call(
      this.flags,
      this.callee.ptr,
      this.refTime,
      this.proofSize,
      env.SENTINEL,
      value,
      this.args.ptr,
      this.args.len,
      out,
      lenCell,
    );
    const len = code == env.RC_SUCCESS || code == env.RC_CALLEE_REVERTED ? load<u32>(lenCell) : 0;
    return new CallResult(code, out, len);
  }
}

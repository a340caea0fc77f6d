// Call context (input, caller, value, time) and ink!-compatible replies.
//
// ink! v5 reply convention (what @polkadot/api-contract expects):
//   message/constructor output = MessageResult<T> = Result<T, LangError>
//     Ok:                 0x00 ++ SCALE(T)                 flags 0
//     unknown selector:   0x01 0x01  (Err(CouldNotReadInput)) flags REVERT
//   a message returning Result<T, Error>:
//     Ok(v):              0x00 0x00 ++ SCALE(v)            flags 0
//     Err(e):             0x00 0x01 ++ SCALE(e)            flags REVERT (state changes are rolled back)
import * as env from "./env";
import { U128 } from "./u128";
import { Bytes32 } from "./bytes32";
import { Decoder, Encoder, OnError } from "./scale";

/** Largest call input accepted (ink!'s static buffer size). */
export const INPUT_CAPACITY: u32 = 16384;

// In/out length cell for host functions that write to a buffer.
const LEN_CELL: usize = memory.data(4, 4);

function lenCell(cap: u32): usize {
  store<u32>(LEN_CELL, cap);
  return LEN_CELL;
}

/** Reads the call input; a Decoder that answers malformed input with LangError::CouldNotReadInput. */
export function readInput(): Decoder {
  const buf = heap.alloc(INPUT_CAPACITY);
  env.seal_input(buf, lenCell(INPUT_CAPACITY));
  return new Decoder(buf, load<u32>(LEN_CELL), OnError.LangError);
}

// ── replies (none of these return) ──────────────────────────────────────────────────────────

/** Ends the call with `data` as output (flags 0). */
export function reply(out: Encoder): void {
  env.seal_return(0, out.ptr, out.len);
  unreachable();
}
/** Ends the call with `data` as output and the revert flag: all state changes are discarded. */
export function replyRevert(out: Encoder): void {
  env.seal_return(env.FLAG_REVERT, out.ptr, out.len);
  unreachable();
}
/** A reply buffer that starts with the MessageResult Ok byte (0x00); append the value, then reply(). */
export function output(cap: u32 = 64): Encoder {
  return new Encoder(cap).u8(0);
}
/** A reply buffer for a `Result<T, Error>` message's Ok: 0x00 0x00; append T, then reply(). */
export function outputOk(cap: u32 = 64): Encoder {
  return new Encoder(cap).u16(0);
}

function replyStatic(flags: u32, bytes: u32, len: u32): void {
  const p = heap.alloc(4);
  store<u32>(p, bytes);
  env.seal_return(flags, p, len);
  unreachable();
}
/** Ok(()) of a message or constructor returning nothing: 0x00. */
export function replyUnit(): void {
  replyStatic(0, 0x00, 1);
}
/** Ok(Ok(())) of a message returning Result<(), Error>: 0x00 0x00. */
export function replyOkUnit(): void {
  replyStatic(0, 0x0000, 2);
}
/**
 * Fails a message (or fallible constructor) that returns `Result<_, Error>` with the unit variant
 * `index` of its Error enum: output 0x00 0x01 index, revert flag. Never returns.
 * For variants with fields, build the bytes with outputErr() and replyRevert().
 */
export function fail(index: i32): void {
  replyStatic(env.FLAG_REVERT, 0x0100 | (((<u32>index) & 0xff) << 16), 3);
}
/** A revert reply buffer for `Err(e)`: 0x00 0x01; append the variant index and fields, then replyRevert(). */
export function outputErr(cap: u32 = 16): Encoder {
  return new Encoder(cap).u16(0x0100);
}
/** Unknown selector (or unreadable input): Err(LangError::CouldNotReadInput) = 0x01 0x01, revert. */
export function unknownSelector(): void {
  replyStatic(env.FLAG_REVERT, 0x0101, 2);
}
/** Traps when value was sent to a non-payable message (what ink! does). */
export function denyPayment(): void {
  if (!valueTransferred().isZero()) unreachable();
}

// ── context ─────────────────────────────────────────────────────────────────────────────────

let cachedCaller: Bytes32 | null = null;

/** The account (or contract) that called this contract. Cached for the call. */
export function caller(): Bytes32 {
  let c = cachedCaller;
  if (c === null) {
    const p = heap.alloc(32);
    env.seal_caller(p, lenCell(32));
    c = new Bytes32(p);
    cachedCaller = c;
  }
  return c;
}
/** This contract's own address. */
export function selfAddress(): Bytes32 {
  const p = heap.alloc(32);
  env.seal_address(p, lenCell(32));
  return new Bytes32(p);
}
/** Value (native balance) sent with this call. */
export function valueTransferred(): U128 {
  const p = heap.alloc(16);
  env.seal_value_transferred(p, lenCell(16));
  return U128.load(p);
}
/** This contract's free balance. */
export function balance(): U128 {
  const p = heap.alloc(16);
  env.seal_balance(p, lenCell(16));
  return U128.load(p);
}
/** The existential deposit. */
export function minimumBalance(): U128 {
  const p = heap.alloc(16);
  env.seal_minimum_balance(p, lenCell(16));
  return U128.load(p);
}
/** Block timestamp in milliseconds. */
export function now(): u64 {
  const p = heap.alloc(8);
  env.seal_now(p, lenCell(8));
  return load<u64>(p);
}
/** Current block number. */
export function blockNumber(): u32 {
  const p = heap.alloc(4);
  env.seal_block_number(p, lenCell(4));
  return load<u32>(p);
}
/** Whether `account` is a contract. */
export function isContract(account: Bytes32): bool {
  return env.seal_is_contract(account.ptr) == 0 ? false : true;
}
/** Whether the caller is the transaction's signer (not a contract). */
export function callerIsOrigin(): bool {
  return env.seal_caller_is_origin() != 0;
}
/** Sends native value from this contract. Returns false when the transfer failed. */
export function transfer(to: Bytes32, value: U128): bool {
  const v = heap.alloc(16);
  value.store(v);
  return env.seal_transfer(to.ptr, 32, v, 16) == env.RC_SUCCESS;
}
/** blake2-256 of a byte range. */
export function blake2_256(ptr: usize, len: u32): Bytes32 {
  const out = heap.alloc(32);
  env.seal_hash_blake2_256(ptr, len, out);
  return new Bytes32(out);
}
/** Prints to the node's debug log (only shown by dry-runs with debug output). */
export function debug(msg: string): void {
  const s = String.UTF8.encode(msg);
  env.seal_debug_message(changetype<usize>(s), <u32>s.byteLength);
}
/** Deletes this contract, sending its balance to `beneficiary`. Never returns. */
export function terminate(beneficiary: Bytes32): void {
  env.seal_terminate(beneficiary.ptr);
  unreachable();
}

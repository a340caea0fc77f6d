// Vesting wallet: handlers for generated/dispatch.ts. What has vested is computed from the total
// ever held (balance + released), so plain transfers join the schedule as soon as they arrive and
// late top-ups vest as if they had been there from the start (like OpenZeppelin's VestingWallet).
import { U128, Bytes32, balance, caller, fail, now, transfer, valueTransferred } from "../../_kit/assembly/index";
import { Error } from "./generated/selectors";
import * as store from "./generated/storage";
import { emit_Funded, emit_Released } from "./generated/events";

export function new_(beneficiary: Bytes32, start: u64, cliff: u64, duration: u64): void {
  if (cliff > duration) fail(Error.CliffLongerThanDuration);
  const begin = start == 0 ? now() : start; // 0 = "from the moment the wallet is created"
  if (duration > u64.MAX_VALUE - begin) fail(Error.ScheduleTooLong);
  const r = new store.Root();
  r.beneficiary = beneficiary;
  r.start = begin;
  r.cliff = cliff;
  r.duration = duration;
  store.root.save(r);
  fund();
}

export function fund(): void {
  const value = valueTransferred();
  if (!value.isZero()) emit_Funded(caller(), value);
}

/** floor(total × num / den) for num < den < 2^64 without a 256-bit product. */
function mulDiv(total: U128, num: u64, den: u64): U128 {
  const d = U128.from(den);
  const q = total.divRem(d);
  const r = U128.lastRem; // < den, so r × num < 2^128
  return q.mul(U128.from(num)).add(r.mul(U128.from(num)).div(d));
}

/** Linear from start to start + duration; 0 before start + cliff (no division when duration is 0). */
function vested(r: store.Root, total: U128, at: u64): U128 {
  if (at < r.start || at - r.start < r.cliff) return U128.zero();
  const elapsed = at - r.start;
  return elapsed >= r.duration ? total : mulDiv(total, elapsed, r.duration);
}

function releasableWith(r: store.Root, done: U128): U128 {
  // saturating: the balance can only shrink through release, but never trap a query over it.
  return vested(r, balance().add(done), now()).saturatingSub(done);
}

export function release(): U128 {
  const r = store.root.load();
  const done = store.released.get();
  const amount = releasableWith(r, done);
  if (amount.isZero()) fail(Error.NothingToRelease);
  store.released.set(done.add(amount));
  // A refused transfer reverts the bookkeeping above with the rest of the call.
  if (!transfer(r.beneficiary, amount)) fail(Error.TransferFailed);
  emit_Released(r.beneficiary, amount);
  return amount;
}

export function vested_amount(at: u64): U128 {
  return vested(store.root.load(), balance().add(store.released.get()), at);
}
export function releasable(): U128 {
  return releasableWith(store.root.load(), store.released.get());
}
export function released(): U128 {
  return store.released.get();
}
export function beneficiary(): Bytes32 {
  return store.root.load().beneficiary;
}
export function start(): u64 {
  return store.root.load().start;
}
export function cliff(): u64 {
  return store.root.load().cliff;
}
export function duration(): u64 {
  return store.root.load().duration;
}

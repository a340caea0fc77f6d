// Payment splitter: handlers called by ./dispatch.ts. Payees and shares are fixed at creation; a
// payee is owed share/10,000 of everything ever received, so plain transfers count as soon as they
// arrive (no hook runs for them) and releasing never depends on the order of payouts.
import { U128, Bytes32, Encoder, balance, caller, fail, transfer, valueTransferred } from "../../_kit/assembly/index";
import { Error } from "./generated/selectors";
import * as store from "./generated/storage";
import { emit_PaymentReceived, emit_PaymentReleased } from "./generated/events";

const TOTAL_SHARES: u64 = 10_000;
const MAX_PAYEES: i32 = 64;

export function new_(payees: Bytes32[], shares: u16[]): void {
  const n = payees.length;
  if (n == 0) fail(Error.NoPayees);
  if (n > MAX_PAYEES) fail(Error.TooManyPayees);
  if (shares.length != n) fail(Error.LengthMismatch);
  let sum: u64 = 0;
  for (let i = 0; i < n; i++) {
    if (shares[i] == 0) fail(Error.ZeroShare);
    // Quadratic, but n ≤ 64 and it runs once: cheaper than a storage read per payee.
    for (let j = 0; j < i; j++) if (payees[j].equals(payees[i])) fail(Error.DuplicatePayee);
    sum += <u64>shares[i];
    store.payee_at.set(<u32>i, payees[i]);
    store.shares.set(payees[i], shares[i]);
  }
  if (sum != TOTAL_SHARES) fail(Error.SharesMustSumTo100);
  const r = new store.Root();
  r.payee_count = <u32>n;
  store.root.save(r);
}

export function receive(): void {
  emit_PaymentReceived(caller(), valueTransferred());
}

/** floor(total × num / den) for num ≤ den < 2^64 without a 256-bit product. */
function mulDiv(total: U128, num: u64, den: u64): U128 {
  const d = U128.from(den);
  const q = total.divRem(d);
  const r = U128.lastRem; // < den, so r × num < 2^128
  return q.mul(U128.from(num)).add(r.mul(U128.from(num)).div(d));
}

function totalReceived(): U128 {
  return balance().add(store.total_released.get());
}

/** Due to `payee` now, given its share (0 for non-payees). */
function due(payee: Bytes32, share: u16): U128 {
  if (share == 0) return U128.zero();
  // saturating: the balance can only shrink through release, but never trap a query over it.
  return mulDiv(totalReceived(), <u64>share, TOTAL_SHARES).saturatingSub(store.released.get(payee));
}

export function release(payee: Bytes32): U128 {
  const share = store.shares.get(payee);
  if (share == 0) fail(Error.NotPayee);
  const amount = due(payee, share);
  if (amount.isZero()) fail(Error.NothingToRelease);
  store.released.set(payee, store.released.get(payee).add(amount));
  store.total_released.set(store.total_released.get().add(amount));
  // A failed transfer reverts the bookkeeping above with the rest of the call.
  if (!transfer(payee, amount)) fail(Error.TransferFailed);
  emit_PaymentReleased(payee, amount);
  return amount;
}

export function releasable(payee: Bytes32): U128 {
  return due(payee, store.shares.get(payee));
}
export function released(payee: Bytes32): U128 {
  return store.released.get(payee);
}
export function total_released(): U128 {
  return store.total_released.get();
}
export function total_received(): U128 {
  return totalReceived();
}
export function shares(payee: Bytes32): u16 {
  return store.shares.get(payee);
}
export function is_payee(account: Bytes32): bool {
  return store.shares.get(account) != 0;
}
/** Vec<AccountId>: Compact length, then the accounts in creation order. */
export function payees(out: Encoder): void {
  const n = store.root.load().payee_count;
  out.compact(<u64>n);
  for (let i: u32 = 0; i < n; i++) out.bytes32(store.payee_at.get(i)!);
}

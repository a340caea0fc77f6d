// Escrow: handlers for generated/dispatch.ts. One deposit, one payout; the status only moves
// forward (AwaitingDeposit → Funded → [Disputed →] Released | Refunded), so nothing is paid twice.
import { U128, Bytes32, caller, fail, now, transfer, valueTransferred } from "../../_kit/assembly/index";
import { Error } from "./generated/selectors";
import * as store from "./generated/storage";
import { emit_Deposited, emit_Disputed, emit_Refunded, emit_Released } from "./generated/events";

// Status variant indexes (spec.ts `Status`).
const AWAITING_DEPOSIT: u8 = 0;
const FUNDED: u8 = 1;
const DISPUTED: u8 = 2;
const RELEASED: u8 = 3;
const REFUNDED: u8 = 4;

export function new_(buyer: Bytes32, seller: Bytes32, arbiter: Bytes32, amount: U128, deadline_after: u64): void {
  if (amount.isZero()) fail(Error.ZeroAmount);
  const r = new store.Root();
  r.buyer = buyer;
  r.seller = seller;
  r.arbiter = arbiter;
  r.amount = amount;
  const t = now();
  // Saturate: a deadline past the end of u64 time simply never comes.
  r.deadline = deadline_after > u64.MAX_VALUE - t ? u64.MAX_VALUE : t + deadline_after;
  r.status = AWAITING_DEPOSIT;
  store.root.save(r);
}

/** Fails unless the deposit is there and nobody has settled or frozen it. */
function requireFunded(status: u8): void {
  if (status == AWAITING_DEPOSIT) fail(Error.NotFunded);
  if (status == DISPUTED) fail(Error.InDispute);
  if (status != FUNDED) fail(Error.AlreadySettled);
}

function payOut(r: store.Root, toSeller: bool): void {
  r.status = toSeller ? RELEASED : REFUNDED;
  store.root.save(r);
  // A refused transfer reverts the status change too: the deposit stays claimable.
  if (!transfer(toSeller ? r.seller : r.buyer, r.amount)) fail(Error.TransferFailed);
  if (toSeller) emit_Released(r.seller, r.amount, caller());
  else emit_Refunded(r.buyer, r.amount, caller());
}

export function deposit(): void {
  const r = store.root.load();
  if (!caller().equals(r.buyer)) fail(Error.NotBuyer);
  if (r.status == FUNDED || r.status == DISPUTED) fail(Error.AlreadyFunded);
  if (r.status != AWAITING_DEPOSIT) fail(Error.AlreadySettled);
  if (now() >= r.deadline) fail(Error.DeadlinePassed);
  // Exact amount: anything else would leave a surplus no message could pay out.
  if (!valueTransferred().eq(r.amount)) fail(Error.WrongAmount);
  r.status = FUNDED;
  store.root.save(r);
  emit_Deposited(r.buyer, r.amount);
}

export function release(): void {
  const r = store.root.load();
  const who = caller();
  if (!who.equals(r.buyer) && !who.equals(r.arbiter)) fail(Error.NotBuyerOrArbiter);
  requireFunded(r.status);
  payOut(r, true);
}

export function refund(): void {
  const r = store.root.load();
  const who = caller();
  // After the deadline anyone may trigger the refund, so a buyer's money cannot be stuck by absent parties.
  if (!who.equals(r.seller) && !who.equals(r.arbiter) && now() < r.deadline) fail(Error.DeadlineNotReached);
  requireFunded(r.status);
  payOut(r, false);
}

export function dispute(): void {
  const r = store.root.load();
  const who = caller();
  if (!who.equals(r.buyer) && !who.equals(r.seller)) fail(Error.NotBuyerOrSeller);
  requireFunded(r.status);
  // After the deadline the buyer's refund right is final; a dispute may not block it.
  if (now() >= r.deadline) fail(Error.DeadlinePassed);
  r.status = DISPUTED;
  store.root.save(r);
  emit_Disputed(who);
}

export function resolve(to_seller: bool): void {
  const r = store.root.load();
  if (!caller().equals(r.arbiter)) fail(Error.NotArbiter);
  if (r.status != DISPUTED) fail(Error.NotDisputed);
  payOut(r, to_seller);
}

export function status(): u8 {
  return store.root.load().status;
}
export function buyer(): Bytes32 {
  return store.root.load().buyer;
}
export function seller(): Bytes32 {
  return store.root.load().seller;
}
export function arbiter(): Bytes32 {
  return store.root.load().arbiter;
}
export function amount(): U128 {
  return store.root.load().amount;
}
export function deadline(): u64 {
  return store.root.load().deadline;
}

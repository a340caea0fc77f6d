// deploy()/call() written by hand (spec.ts: dispatch "manual") because the generator cannot decode
// the constructor's Vec<AccountId> / Vec<u16>. Same conventions as generated dispatchers: payment
// denied unless payable, unreadable input → LangError::CouldNotReadInput, Result replies 0x00 0x00.
import {
  Bytes32,
  readInput,
  reply,
  output,
  outputOk,
  replyUnit,
  replyOkUnit,
  unknownSelector,
  denyPayment,
} from "../../_kit/assembly/index";
import * as K from "./generated/selectors";
import * as c from "./contract";

// More than this many entries cannot be valid; refuse before allocating (the constructor then
// fails with TooManyPayees rather than LangError, so the reason stays readable).
const DECODE_LIMIT: u64 = 65;

export function deploy(): void {
  const d = readInput();
  if (d.selector() != K.CTOR_NEW) unknownSelector();
  denyPayment();
  const payees: Bytes32[] = [];
  const n = d.compact();
  for (let i: u64 = 0; i < n && i < DECODE_LIMIT; i++) payees.push(d.bytes32());
  const shares: u16[] = [];
  if (n < DECODE_LIMIT) {
    const m = d.compact();
    for (let i: u64 = 0; i < m && i < DECODE_LIMIT; i++) shares.push(d.u16());
  }
  c.new_(payees, shares);
  replyOkUnit();
}

export function call(): void {
  const d = readInput();
  const s = d.selector();
  if (s == K.SEL_RECEIVE) {
    c.receive();
    replyUnit();
  }
  // Every other message refuses value (like ink!); unknown selectors fall through to LangError.
  if (s == K.SEL_RELEASE) {
    denyPayment();
    const r = c.release(d.bytes32());
    reply(outputOk().u128(r));
  }
  if (s == K.SEL_RELEASABLE) {
    denyPayment();
    reply(output().u128(c.releasable(d.bytes32())));
  }
  if (s == K.SEL_RELEASED) {
    denyPayment();
    reply(output().u128(c.released(d.bytes32())));
  }
  if (s == K.SEL_TOTAL_RELEASED) {
    denyPayment();
    reply(output().u128(c.total_released()));
  }
  if (s == K.SEL_TOTAL_RECEIVED) {
    denyPayment();
    reply(output().u128(c.total_received()));
  }
  if (s == K.SEL_SHARES) {
    denyPayment();
    reply(output().u16(c.shares(d.bytes32())));
  }
  if (s == K.SEL_IS_PAYEE) {
    denyPayment();
    reply(output().bool(c.is_payee(d.bytes32())));
  }
  if (s == K.SEL_PAYEES) {
    denyPayment();
    const o = output(8 + 32 * 64);
    c.payees(o);
    reply(o);
  }
  unknownSelector();
}

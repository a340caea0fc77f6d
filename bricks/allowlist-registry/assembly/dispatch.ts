// Hand-written dispatch (spec.ts: dispatch "manual"), shaped like the generated one: the
// constructor's Vec<AccountId> argument is outside what the generator decodes for constructors.
import {
  Bytes32,
  Decoder,
  readInput,
  reply,
  output,
  replyUnit,
  replyOkUnit,
  unknownSelector,
  denyPayment,
} from "../../_kit/assembly/index";
import * as K from "./generated/selectors";
import * as c from "./contract";

/** Vec<AccountId>; a length beyond the input answers CouldNotReadInput (the decoder's LangError mode). */
function accounts(d: Decoder): Bytes32[] {
  const n = d.compact();
  if (n > <u64>(d.remaining() >> 5)) d.fail();
  const list = new Array<Bytes32>(<i32>n);
  for (let i = 0; i < <i32>n; i++) list[i] = d.bytes32();
  return list;
}

export function deploy(): void {
  const d = readInput();
  if (d.selector() == K.CTOR_NEW) {
    denyPayment();
    c.new_(accounts(d));
    replyUnit();
  }
  unknownSelector();
}

export function call(): void {
  const d = readInput();
  const s = d.selector();
  denyPayment(); // no message is payable
  if (s == K.SEL_IS_ALLOWED) reply(output().bool(c.is_allowed(d.bytes32())));
  if (s == K.SEL_COUNT) reply(output().u32(c.count()));
  if (s == K.SEL_OWNER) reply(output().bytes32(c.owner()));
  if (s == K.SEL_ADD_MANY) c.add_many(accounts(d));
  else if (s == K.SEL_ADD) c.add(d.bytes32());
  else if (s == K.SEL_REMOVE) c.remove(d.bytes32());
  else if (s == K.SEL_TRANSFER_OWNERSHIP) c.transfer_ownership(d.bytes32());
  else unknownSelector();
  replyOkUnit();
}

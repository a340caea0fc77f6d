// Hand-written dispatch (spec.ts: dispatch "manual"), shaped like the generated one: the
// constructor's Vec<AccountId> argument is outside what the generator decodes for constructors;
// it is read with the kit's Decoder.accounts() (a length beyond the input → CouldNotReadInput).
import { readInput, reply, output, replyUnit, replyOkUnit, unknownSelector, denyPayment } from "../../_kit/assembly/index";
import * as K from "./generated/selectors";
import * as c from "./contract";

export function deploy(): void {
  const d = readInput();
  if (d.selector() == K.CTOR_NEW) {
    denyPayment();
    c.new_(d.accounts());
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
  if (s == K.SEL_ADD_MANY) c.add_many(d.accounts());
  else if (s == K.SEL_ADD) c.add(d.bytes32());
  else if (s == K.SEL_REMOVE) c.remove(d.bytes32());
  else if (s == K.SEL_TRANSFER_OWNERSHIP) c.transfer_ownership(d.bytes32());
  else if (s == K.SEL_SET_CODE_HASH) c.set_code_hash(d.bytes32());
  else unknownSelector();
  replyOkUnit();
}

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
    const description = d.string();
    const decimals = d.u8();
    const reporters = d.accounts();
    c.new_(description, decimals, reporters, d.bytes32());
    replyUnit();
  }
  unknownSelector();
}

export function call(): void {
  const d = readInput();
  const s = d.selector();
  denyPayment(); // no message is payable
  if (s == K.SEL_REPORT) {
    c.report(d.u128());
    replyOkUnit();
  }
  if (s == K.SEL_LATEST) reply(output().u128(c.latest_value()).u64(c.round()).u64(c.updated_at()));
  if (s == K.SEL_ROUND) reply(output().u64(c.round()));
  if (s == K.SEL_CONSUMER) reply(output().bytes32(c.consumer()));
  if (s == K.SEL_IS_REPORTER) reply(output().bool(c.is_reporter(d.bytes32())));
  if (s == K.SEL_ADD_REPORTER || s == K.SEL_REMOVE_REPORTER || s == K.SEL_SET_CONSUMER) {
    const who = d.bytes32();
    if (s == K.SEL_ADD_REPORTER) c.add_reporter(who);
    else if (s == K.SEL_REMOVE_REPORTER) c.remove_reporter(who);
    else c.set_consumer(who);
    replyOkUnit();
  }
  if (s == K.SEL_OWNER) reply(output().bytes32(c.owner()));
  if (s == K.SEL_DESCRIPTION) reply(output(72).string(c.description()));
  if (s == K.SEL_DECIMALS) reply(output().u8(c.decimals()));
  unknownSelector();
}

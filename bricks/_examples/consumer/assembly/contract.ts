// Handlers of the example consumer (see ../spec.ts).
import { U128, Bytes32, Decoder, Encoder, ContractCall, caller, fail } from "../../../_kit/assembly/index";
import { Error, SEL_EXT_IS_ALLOWED } from "./generated/selectors";
import * as store from "./generated/storage";
import { emit_FeedSet, emit_PriceReceived } from "./generated/events";

export function new_(): void {
  const r = new store.Root();
  r.owner = caller();
  store.root.save(r);
}

function onlyOwner(): void {
  if (!caller().equals(store.root.load().owner)) fail(Error.NotOwner);
}

export function set_feed(feed: Bytes32): void {
  onlyOwner();
  store.feed.set(feed);
  emit_FeedSet(feed);
}

export function on_price(value: U128, round: u64): void {
  const feed = store.feed.get();
  if (feed === null || !caller().equals(feed)) fail(Error.NotFeed);
  store.price.set(value);
  store.round.set(round);
  emit_PriceReceived(value, round);
}

/** (u128, u64): tuples have no AssemblyScript type, so this handler writes its reply itself. */
export function latest(_input: Decoder, out: Encoder): void {
  out.u128(store.price.get()).u64(store.round.get());
}

export function feed(): Bytes32 | null {
  return store.feed.get();
}

export function set_allowlist(registry: Bytes32): void {
  onlyOwner();
  store.allowlist.set(registry);
}

export function allowlist(): Bytes32 | null {
  return store.allowlist.get();
}

export function check_allowed(who: Bytes32): bool {
  const registry = store.allowlist.get();
  if (registry === null) return false;
  const call = new ContractCall(registry, SEL_EXT_IS_ALLOWED);
  call.args.bytes32(who);
  const reply = call.invoke().decodeOk();
  // Fails closed: no answer (not a contract, trapped, reverted, unknown selector) means "no".
  return reply !== null && reply.bool();
}

export function owner(): Bytes32 {
  return store.root.load().owner;
}

// Price-feed oracle: handlers called by ./dispatch.ts; selectors, storage and events come from
// ../spec.ts through generated/*.
import { U128, Bytes32, ContractCall, caller, fail, now } from "../../_kit/assembly/index";
import { Error, SEL_EXT_ON_PRICE } from "./generated/selectors";
import * as store from "./generated/storage";
import { emit_ConsumerSet, emit_PriceReported, emit_ReporterAdded, emit_ReporterRemoved } from "./generated/events";

export function new_(description: string, decimals: u8, reporters: Bytes32[], consumer: Bytes32): void {
  const r = new store.Root();
  r.owner = caller();
  r.decimals = decimals;
  r.description = description;
  store.root.save(r);
  for (let i = 0; i < reporters.length; i++) addReporter(reporters[i]);
  store.consumer.set(consumer);
  emit_ConsumerSet(consumer);
}

function onlyOwner(): void {
  if (!caller().equals(store.root.load().owner)) fail(Error.NotOwner);
}

/** Idempotent, so a repeated entry neither fails nor emits a second event. */
function addReporter(who: Bytes32): void {
  if (store.reporters.get(who)) return;
  store.reporters.set(who, true);
  emit_ReporterAdded(who);
}

export function report(value: U128): void {
  const reporter = caller();
  if (!store.reporters.get(reporter)) fail(Error.NotReporter);
  // A u64 round cannot realistically overflow (one report per ms for 584 million years).
  const round = store.round.get() + 1;
  const at = now();
  // State first, then the external call (checks-effects-interactions); the consumer cannot call
  // back in anyway: the call is made without ALLOW_REENTRY, so a re-entry makes it fail.
  store.value.set(value);
  store.round.set(round);
  store.updated_at.set(at);
  emit_PriceReported(round, value, reporter, at);

  const call = new ContractCall(store.consumer.get()!, SEL_EXT_ON_PRICE);
  call.args.u128(value).u64(round);
  const reply = call.invoke().decodeOk();
  // Rejected = not a contract, trapped, reverted (e.g. NotFeed), or an Err(_) reply that forgot to
  // revert. fail() reverts this whole call, so the oracle never runs ahead of its consumer.
  if (reply === null) fail(Error.ConsumerRejected);
  if (!reply!.isEmpty() && reply!.u8() != 0) fail(Error.ConsumerRejected);
}

export function round(): u64 {
  return store.round.get();
}
export function latest_value(): U128 {
  return store.value.get();
}
export function updated_at(): u64 {
  return store.updated_at.get();
}
export function consumer(): Bytes32 {
  return store.consumer.get()!;
}
export function is_reporter(who: Bytes32): bool {
  return store.reporters.get(who);
}

export function add_reporter(who: Bytes32): void {
  onlyOwner();
  addReporter(who);
}
export function remove_reporter(who: Bytes32): void {
  onlyOwner();
  // An error rather than a silent no-op: a mistyped address must not look like a removal.
  if (!store.reporters.get(who)) fail(Error.NotReporter);
  store.reporters.remove(who);
  emit_ReporterRemoved(who);
}
export function set_consumer(consumer: Bytes32): void {
  onlyOwner();
  store.consumer.set(consumer);
  emit_ConsumerSet(consumer);
}

export function owner(): Bytes32 {
  return store.root.load().owner;
}
export function description(): string {
  return store.root.load().description;
}
export function decimals(): u8 {
  return store.root.load().decimals;
}

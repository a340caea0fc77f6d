// Allowlist registry: handlers called by ./dispatch.ts; selectors, storage and events come from
// ../spec.ts through generated/*.
import { Bytes32, caller, env, fail } from "../../_kit/assembly/index";
import { Error } from "./generated/selectors";
import * as store from "./generated/storage";
import { emit_Added, emit_OwnershipTransferred, emit_Removed } from "./generated/events";

export function new_(members: Bytes32[]): void {
  const r = new store.Root();
  r.owner = caller();
  store.root.save(r);
  // A constructor cannot answer an error, so repeats are skipped rather than refused.
  let count: u32 = 0;
  for (let i = 0; i < members.length; i++) {
    const who = members[i];
    if (store.members.get(who)) continue;
    store.members.set(who, true);
    emit_Added(who);
    count++;
  }
  store.count.set(count);
}

function onlyOwner(): void {
  if (!caller().equals(store.root.load().owner)) fail(Error.NotOwner);
}

/** Lists one account; the caller writes the count once (one storage write for add_many). */
function list(who: Bytes32): void {
  if (store.members.get(who)) fail(Error.AlreadyListed);
  store.members.set(who, true);
  emit_Added(who);
}

export function is_allowed(who: Bytes32): bool {
  return store.members.get(who);
}

export function add(who: Bytes32): void {
  onlyOwner();
  list(who);
  store.count.set(store.count.get() + 1);
}

export function add_many(accounts: Bytes32[]): void {
  onlyOwner();
  // A repeat inside the list meets its own earlier write and fails too; fail() reverts them all.
  for (let i = 0; i < accounts.length; i++) list(accounts[i]);
  store.count.set(store.count.get() + <u32>accounts.length);
}

export function remove(who: Bytes32): void {
  onlyOwner();
  if (!store.members.get(who)) fail(Error.NotListed);
  store.members.remove(who);
  store.count.set(store.count.get() - 1);
  emit_Removed(who);
}

export function count(): u32 {
  return store.count.get();
}
export function owner(): Bytes32 {
  return store.root.load().owner;
}

export function transfer_ownership(new_owner: Bytes32): void {
  const r = store.root.load();
  const previous = caller();
  if (!previous.equals(r.owner)) fail(Error.NotOwner);
  r.owner = new_owner;
  store.root.save(r);
  emit_OwnershipTransferred(previous, new_owner);
}

/** Upgrade (1.1.0): the owner swaps the code in place; the list and the owner stay in storage. */
export function set_code_hash(code_hash: Bytes32): void {
  onlyOwner();
  if (env.seal_set_code_hash(code_hash.ptr) != 0) fail(Error.CodeNotFound);
}

// Fungible token (ERC-20 / PSP22 style). Handlers for generated/dispatch.ts; types, selectors,
// storage and events come from ../spec.ts through generated/*.
import { U128, Bytes32, caller, fail } from "../../_kit/assembly/index";
import { Error } from "./generated/selectors";
import * as store from "./generated/storage";
import { emit_Approval, emit_Transfer } from "./generated/events";

export function new_(
  name: string,
  symbol: string,
  decimals: u8,
  initial_supply: U128,
  mintable: bool,
  owner: Bytes32,
): void {
  const r = new store.Root();
  r.owner = owner;
  r.mintable = mintable;
  r.decimals = decimals;
  r.name = name;
  r.symbol = symbol;
  store.root.save(r);
  store.total_supply.set(initial_supply);
  store.balances.set(owner, initial_supply);
  emit_Transfer(null, owner, initial_supply);
}

export function total_supply(): U128 {
  return store.total_supply.get();
}
export function balance_of(owner: Bytes32): U128 {
  return store.balances.get(owner);
}
export function allowance(owner: Bytes32, spender: Bytes32): U128 {
  return store.allowances.get(owner, spender);
}

/** Moves tokens; reads `to` after writing `from` so a self-transfer is a no-op. */
function move(from: Bytes32, to: Bytes32, value: U128): void {
  const fromBalance = store.balances.get(from);
  if (fromBalance.lt(value)) fail(Error.InsufficientBalance);
  store.balances.set(from, fromBalance.wrappingSub(value));
  const toBalance = store.balances.get(to).checkedAdd(value);
  if (toBalance === null) fail(Error.Overflow);
  store.balances.set(to, toBalance!);
  emit_Transfer(from, to, value);
}

export function transfer(to: Bytes32, value: U128): void {
  move(caller(), to, value);
}
export function approve(spender: Bytes32, value: U128): void {
  const owner = caller();
  store.allowances.set(owner, spender, value);
  emit_Approval(owner, spender, value);
}
export function transfer_from(from: Bytes32, to: Bytes32, value: U128): void {
  const spender = caller();
  const allowed = store.allowances.get(from, spender);
  if (allowed.lt(value)) fail(Error.InsufficientAllowance);
  move(from, to, value);
  store.allowances.set(from, spender, allowed.wrappingSub(value));
}

export function token_name(): string {
  return store.root.load().name;
}
export function token_symbol(): string {
  return store.root.load().symbol;
}
export function token_decimals(): u8 {
  return store.root.load().decimals;
}
export function owner(): Bytes32 {
  return store.root.load().owner;
}
export function mintable(): bool {
  return store.root.load().mintable;
}

export function mint(to: Bytes32, value: U128): void {
  const r = store.root.load();
  if (!caller().equals(r.owner)) fail(Error.NotOwner);
  if (!r.mintable) fail(Error.NotMintable);
  const supply = store.total_supply.get().checkedAdd(value);
  if (supply === null) fail(Error.Overflow);
  store.total_supply.set(supply!);
  store.balances.set(to, store.balances.get(to).wrappingAdd(value));
  emit_Transfer(null, to, value);
}

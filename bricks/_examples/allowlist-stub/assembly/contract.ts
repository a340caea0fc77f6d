import { Bytes32, caller, fail } from "../../../_kit/assembly/index";
import { Error } from "./generated/selectors";
import * as store from "./generated/storage";

export function new_(): void {
  const r = new store.Root();
  r.owner = caller();
  store.root.save(r);
}
export function is_allowed(who: Bytes32): bool {
  return store.allowed.get(who);
}
export function set_allowed(who: Bytes32, allowed: bool): void {
  if (!caller().equals(store.root.load().owner)) fail(Error.NotOwner);
  if (allowed) store.allowed.set(who, true);
  else store.allowed.remove(who);
}

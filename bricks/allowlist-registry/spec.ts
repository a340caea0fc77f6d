// ABI of the allowlist-registry brick: the single source for its ink! v5 metadata and for the
// generated AssemblyScript (selectors, storage, events). Dispatch is hand-written
// (assembly/dispatch.ts) because the constructor takes a Vec<AccountId>, which the generator
// cannot decode for a constructor. See bricks/_kit/README.md.
import { defineContract } from "../_kit/metadata/spec";
import { t } from "../_kit/metadata/types";

const name = "allowlist_registry";
const Error = t.enumOf(
  [name, name, "Error"],
  [
    { name: "NotOwner", docs: ["Only the owner may do this."] },
    { name: "AlreadyListed", docs: ["The account is already on the list."] },
    { name: "NotListed", docs: ["The account is not on the list."] },
    { name: "CodeNotFound", docs: ["The chain does not store code with this hash: upload it first."] },
  ],
  ["Why a registry operation failed."],
);
const Result = t.result(t.unit, Error);
const account = (label: string) => ({ label, type: t.AccountId });

export default defineContract({
  name,
  version: "1.1.0",
  authors: ["Brickyard <bricks@brickyard.dev>"],
  description: "An owner-managed list of allowed accounts that other contracts ask with is_allowed(who).",
  license: "Apache-2.0",
  docs: ["An allowlist: the owner adds and removes accounts; anyone (usually a contract) asks is_allowed."],
  error: Error,
  dispatch: "manual",
  storage: {
    name: "AllowlistRegistry",
    fields: [
      { name: "owner", kind: "packed", type: t.AccountId },
      { name: "count", kind: "lazy", type: t.u32 },
      { name: "members", kind: "mapping", key: t.AccountId, type: t.bool },
    ],
  },
  constructors: [
    {
      label: "new",
      docs: ["Creates the list with `members`; the caller becomes the owner. Duplicates are counted once."],
      args: [{ label: "members", type: t.vec(t.AccountId) }],
    },
  ],
  messages: [
    { label: "is_allowed", args: [account("who")], returns: t.bool, docs: ["Whether `who` is on the list."] },
    {
      label: "add",
      args: [account("who")],
      returns: Result,
      mutates: true,
      docs: ["Puts `who` on the list (owner only). Fails with `NotOwner` or `AlreadyListed`."],
    },
    {
      label: "remove",
      args: [account("who")],
      returns: Result,
      mutates: true,
      docs: ["Takes `who` off the list (owner only). Fails with `NotOwner` or `NotListed`."],
    },
    {
      label: "add_many",
      args: [{ label: "accounts", type: t.vec(t.AccountId) }],
      returns: Result,
      mutates: true,
      docs: [
        "Puts every account on the list in one transaction (owner only), all or nothing.",
        "",
        "Fails with `AlreadyListed` if any of them is already listed (or repeated), and nothing changes.",
      ],
    },
    { label: "count", returns: t.u32, docs: ["How many accounts are on the list."] },
    { label: "owner", returns: t.AccountId, docs: ["The account that manages the list."] },
    {
      label: "transfer_ownership",
      args: [account("new_owner")],
      returns: Result,
      mutates: true,
      docs: ["Hands the list over to `new_owner` (owner only). The old owner loses all rights."],
    },
    {
      label: "set_code_hash",
      args: [{ label: "code_hash", type: t.Hash }],
      returns: Result,
      mutates: true,
      docs: [
        "Replaces this contract's code with the code stored under `code_hash`, keeping the list (owner only).",
        "",
        "Fails with `NotOwner` or `CodeNotFound`.",
      ],
    },
  ],
  events: [
    { label: "Added", fields: [{ label: "who", type: t.AccountId, indexed: true }] },
    { label: "Removed", fields: [{ label: "who", type: t.AccountId, indexed: true }] },
    {
      label: "OwnershipTransferred",
      fields: [
        { label: "previous_owner", type: t.AccountId, indexed: true },
        { label: "new_owner", type: t.AccountId, indexed: true },
      ],
    },
  ],
});

// ABI of the fungible-token brick: the single source for its ink! v5 metadata and for the
// generated AssemblyScript (selectors, storage, events, dispatch). See bricks/_kit/README.md.
import { defineContract } from "../_kit/metadata/spec";
import { t } from "../_kit/metadata/types";

const name = "fungible_token";
const Error = t.enumOf(
  [name, name, "Error"],
  [
    { name: "InsufficientBalance", docs: ["The sender does not hold enough tokens."] },
    { name: "InsufficientAllowance", docs: ["The spender may not move that many tokens for the owner."] },
    { name: "NotOwner", docs: ["Only the owner may do this."] },
    { name: "NotMintable", docs: ["The token was created without minting."] },
    { name: "Overflow", docs: ["The total supply would exceed the largest amount (2^128 - 1)."] },
  ],
  ["Why a token operation failed."],
);
const Result = t.result(t.unit, Error);
const account = (label: string) => ({ label, type: t.AccountId });
const amount = (label: string) => ({ label, type: t.Balance });

export default defineContract({
  name,
  version: "1.0.0",
  authors: ["Brickyard <bricks@brickyard.dev>"],
  description: "A fungible token (ERC-20 / PSP22 style) with optional owner minting.",
  license: "Apache-2.0",
  docs: ["A fungible token: balances, transfers, allowances; the owner may mint when the token is mintable."],
  error: Error,
  storage: {
    name: "FungibleToken",
    fields: [
      { name: "owner", kind: "packed", type: t.AccountId },
      { name: "mintable", kind: "packed", type: t.bool },
      { name: "decimals", kind: "packed", type: t.u8 },
      { name: "name", kind: "packed", type: t.String },
      { name: "symbol", kind: "packed", type: t.String },
      { name: "total_supply", kind: "lazy", type: t.Balance },
      { name: "balances", kind: "mapping", key: t.AccountId, type: t.Balance },
      { name: "allowances", kind: "mapping", key: t.tuple(t.AccountId, t.AccountId), type: t.Balance },
    ],
  },
  constructors: [
    {
      label: "new",
      docs: ["Creates the token and gives the whole initial supply to `owner`."],
      args: [
        { label: "name", type: t.String },
        { label: "symbol", type: t.String },
        { label: "decimals", type: t.u8 },
        amount("initial_supply"),
        { label: "mintable", type: t.bool },
        account("owner"),
      ],
    },
  ],
  messages: [
    { label: "total_supply", returns: t.Balance, docs: ["All tokens in existence."] },
    {
      label: "balance_of",
      args: [account("owner")],
      returns: t.Balance,
      docs: ["Tokens held by `owner` (0 if none)."],
    },
    {
      label: "allowance",
      args: [account("owner"), account("spender")],
      returns: t.Balance,
      docs: ["How many tokens `spender` may still move for `owner`."],
    },
    {
      label: "transfer",
      args: [account("to"), amount("value")],
      returns: Result,
      mutates: true,
      docs: ["Moves `value` tokens from the caller to `to`.", "", "Fails with `InsufficientBalance`."],
    },
    {
      label: "approve",
      args: [account("spender"), amount("value")],
      returns: Result,
      mutates: true,
      docs: ["Lets `spender` move up to `value` of the caller's tokens (replaces the previous allowance)."],
    },
    {
      label: "transfer_from",
      args: [account("from"), account("to"), amount("value")],
      returns: Result,
      mutates: true,
      docs: [
        "Moves `value` tokens from `from` to `to` using the caller's allowance.",
        "",
        "Fails with `InsufficientAllowance` or `InsufficientBalance`.",
      ],
    },
    { label: "token_name", returns: t.String, docs: ["The token's name."] },
    { label: "token_symbol", returns: t.String, docs: ["The token's symbol (ticker)."] },
    { label: "token_decimals", returns: t.u8, docs: ["Number of decimals used to display amounts."] },
    { label: "owner", returns: t.AccountId, docs: ["The account allowed to mint."] },
    { label: "mintable", returns: t.bool, docs: ["Whether the owner may create new tokens."] },
    {
      label: "mint",
      args: [account("to"), amount("value")],
      returns: Result,
      mutates: true,
      docs: [
        "Creates `value` new tokens for `to`. Owner only, and only if the token is mintable.",
        "",
        "Fails with `NotOwner`, `NotMintable` or `Overflow`.",
      ],
    },
  ],
  events: [
    {
      label: "Transfer",
      docs: ["Tokens moved; `from` is None when minted."],
      fields: [
        { label: "from", type: t.option(t.AccountId), indexed: true },
        { label: "to", type: t.option(t.AccountId), indexed: true },
        { label: "value", type: t.Balance },
      ],
    },
    {
      label: "Approval",
      docs: ["An allowance was set."],
      fields: [
        { label: "owner", type: t.AccountId, indexed: true },
        { label: "spender", type: t.AccountId, indexed: true },
        { label: "value", type: t.Balance },
      ],
    },
  ],
});

// A stand-in for "the user's own contract" that bricks link to: it receives price updates from a
// registered feed contract and asks an allowlist registry about accounts (a cross-contract call).
// Built by bricks:build for tests and as an example; it is not a catalog brick (no brick.json).
import { defineContract } from "../../_kit/metadata/spec";
import { t } from "../../_kit/metadata/types";

const name = "consumer";
const Error = t.enumOf(
  [name, name, "Error"],
  [
    { name: "NotOwner", docs: ["Only the owner may do this."] },
    { name: "NotFeed", docs: ["Only the registered feed may push prices."] },
  ],
);
const Result = t.result(t.unit, Error);

export default defineContract({
  name,
  version: "1.0.0",
  authors: ["Brickyard <bricks@brickyard.dev>"],
  description: "Example consumer contract: accepts prices from one feed, asks an allowlist registry.",
  license: "Apache-2.0",
  error: Error,
  storage: {
    name: "Consumer",
    fields: [
      { name: "owner", kind: "packed", type: t.AccountId },
      { name: "feed", kind: "lazy", type: t.AccountId },
      { name: "allowlist", kind: "lazy", type: t.AccountId },
      { name: "price", kind: "lazy", type: t.u128 },
      { name: "round", kind: "lazy", type: t.u64 },
    ],
  },
  externalMessages: ["is_allowed"],
  constructors: [{ label: "new", docs: ["The caller becomes the owner."] }],
  messages: [
    {
      label: "set_feed",
      args: [{ label: "feed", type: t.AccountId }],
      returns: Result,
      mutates: true,
      docs: ["Registers the feed contract allowed to push prices (owner only)."],
    },
    {
      label: "on_price",
      args: [
        { label: "value", type: t.u128 },
        { label: "round", type: t.u64 },
      ],
      returns: Result,
      mutates: true,
      docs: ["A price update; accepted only from the registered feed (else NotFeed)."],
    },
    {
      label: "latest",
      returns: t.tuple(t.u128, t.u64),
      raw: true,
      docs: ["The last price and its round ((0, 0) before the first update)."],
    },
    { label: "feed", returns: t.option(t.AccountId), docs: ["The registered feed, if any."] },
    {
      label: "set_allowlist",
      args: [{ label: "registry", type: t.AccountId }],
      returns: Result,
      mutates: true,
      docs: ["Registers the allowlist registry (owner only)."],
    },
    { label: "allowlist", returns: t.option(t.AccountId), docs: ["The registered allowlist registry, if any."] },
    {
      label: "check_allowed",
      args: [{ label: "who", type: t.AccountId }],
      returns: t.bool,
      docs: [
        "Asks the registry's `is_allowed(who)`. False when no registry is set or it cannot answer (fails closed).",
      ],
    },
    { label: "owner", returns: t.AccountId, docs: ["The owner."] },
  ],
  events: [
    {
      label: "PriceReceived",
      fields: [
        { label: "value", type: t.u128 },
        { label: "round", type: t.u64, indexed: true },
      ],
    },
    { label: "FeedSet", fields: [{ label: "feed", type: t.AccountId, indexed: true }] },
  ],
});

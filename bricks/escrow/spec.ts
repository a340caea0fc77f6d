// ABI of the escrow brick: the single source for its ink! v5 metadata and the generated
// AssemblyScript (selectors, storage, events, dispatch). See bricks/_kit/README.md.
import { defineContract } from "../_kit/metadata/spec";
import { t, type Ty } from "../_kit/metadata/types";

const name = "escrow";
const Error = t.enumOf(
  [name, name, "Error"],
  [
    { name: "ZeroAmount", docs: ["The escrowed amount must be more than 0."] },
    { name: "NotBuyer", docs: ["Only the buyer may deposit."] },
    { name: "WrongAmount", docs: ["The deposit must be exactly the agreed amount."] },
    { name: "AlreadyFunded", docs: ["The buyer has already deposited."] },
    { name: "NotFunded", docs: ["Nothing has been deposited yet."] },
    { name: "AlreadySettled", docs: ["The money was already released or refunded."] },
    { name: "DeadlinePassed", docs: ["Too late: the deadline has passed."] },
    { name: "DeadlineNotReached", docs: ["Only the seller or the arbiter may refund before the deadline."] },
    { name: "InDispute", docs: ["The escrow is disputed: only the arbiter can settle it (resolve)."] },
    { name: "NotDisputed", docs: ["resolve is only for a disputed escrow."] },
    { name: "NotBuyerOrArbiter", docs: ["Only the buyer or the arbiter may release the money to the seller."] },
    { name: "NotBuyerOrSeller", docs: ["Only the buyer or the seller may open a dispute."] },
    { name: "NotArbiter", docs: ["Only the arbiter may resolve a dispute."] },
    { name: "TransferFailed", docs: ["The chain refused the payout (e.g. below the existential deposit)."] },
  ],
  ["Why an escrow call failed."],
);
const Status = t.enumOf(
  [name, name, "Status"],
  [
    { name: "AwaitingDeposit", docs: ["Created; the buyer has not deposited yet."] },
    { name: "Funded", docs: ["The buyer deposited; waiting for release or refund."] },
    { name: "Disputed", docs: ["A party disputed; waiting for the arbiter."] },
    { name: "Released", docs: ["Paid to the seller (final)."] },
    { name: "Refunded", docs: ["Paid back to the buyer (final)."] },
  ],
  ["Where the escrow stands."],
);
const Result = t.result(t.unit, Error);
const account = (label: string) => ({ label, type: t.AccountId });
const query = (label: string, returns: Ty, doc: string) => ({ label, returns, docs: [doc] });

export default defineContract({
  name,
  version: "1.0.0",
  authors: ["Brickyard <bricks@brickyard.dev>"],
  description: "Holds a buyer's payment until it is released to the seller, refunded, or decided by an arbiter.",
  license: "Apache-2.0",
  docs: ["A one-off escrow of native tokens between a buyer and a seller, with an arbiter and a deadline."],
  error: Error,
  storage: {
    name: "Escrow",
    // Every message needs the parties, amount, deadline and status: one packed read.
    fields: [
      { name: "buyer", kind: "packed", type: t.AccountId },
      { name: "seller", kind: "packed", type: t.AccountId },
      { name: "arbiter", kind: "packed", type: t.AccountId },
      { name: "amount", kind: "packed", type: t.Balance },
      { name: "deadline", kind: "packed", type: t.Timestamp },
      { name: "status", kind: "packed", type: Status },
    ],
  },
  constructors: [
    {
      label: "new",
      fallible: true,
      docs: [
        "Creates the escrow; the deadline is `deadline_after` milliseconds after creation.",
        "",
        "Fails with `ZeroAmount`.",
      ],
      args: [
        account("buyer"),
        account("seller"),
        account("arbiter"),
        { label: "amount", type: t.Balance },
        { label: "deadline_after", type: t.Timestamp },
      ],
    },
  ],
  messages: [
    {
      label: "deposit",
      payable: true,
      returns: Result,
      mutates: true,
      docs: [
        "The buyer pays exactly `amount` in, before the deadline.",
        "",
        "Fails with `NotBuyer`, `AlreadyFunded`, `AlreadySettled`, `DeadlinePassed` or `WrongAmount`.",
      ],
    },
    {
      label: "release",
      returns: Result,
      mutates: true,
      docs: [
        "Pays the deposit to the seller. Buyer or arbiter only.",
        "",
        "Fails with `NotBuyerOrArbiter`, `NotFunded`, `InDispute`, `AlreadySettled` or `TransferFailed`.",
      ],
    },
    {
      label: "refund",
      returns: Result,
      mutates: true,
      docs: [
        "Pays the deposit back to the buyer. The seller or the arbiter at any time; anyone once the",
        "deadline has passed.",
        "",
        "Fails with `DeadlineNotReached`, `NotFunded`, `InDispute`, `AlreadySettled` or `TransferFailed`.",
      ],
    },
    {
      label: "dispute",
      returns: Result,
      mutates: true,
      docs: [
        "Freezes a funded escrow until the arbiter resolves it. Buyer or seller, before the deadline.",
        "",
        "Fails with `NotBuyerOrSeller`, `NotFunded`, `InDispute`, `AlreadySettled` or `DeadlinePassed`.",
      ],
    },
    {
      label: "resolve",
      args: [{ label: "to_seller", type: t.bool }],
      returns: Result,
      mutates: true,
      docs: [
        "The arbiter settles a dispute: true pays the seller, false refunds the buyer.",
        "",
        "Fails with `NotArbiter`, `NotDisputed` or `TransferFailed`.",
      ],
    },
    query("status", Status, "Where the escrow stands."),
    query("buyer", t.AccountId, "The buyer."),
    query("seller", t.AccountId, "The seller."),
    query("arbiter", t.AccountId, "The arbiter."),
    query("amount", t.Balance, "The agreed amount."),
    query("deadline", t.Timestamp, "The deadline (milliseconds since 1970, like the block timestamp)."),
  ],
  events: [
    {
      label: "Deposited",
      fields: [
        { label: "buyer", type: t.AccountId, indexed: true },
        { label: "amount", type: t.Balance },
      ],
    },
    {
      label: "Released",
      docs: ["Paid to the seller; `by` is the buyer or the arbiter."],
      fields: [
        { label: "seller", type: t.AccountId, indexed: true },
        { label: "amount", type: t.Balance },
        { label: "by", type: t.AccountId },
      ],
    },
    {
      label: "Refunded",
      docs: ["Paid back to the buyer; `by` is who triggered it."],
      fields: [
        { label: "buyer", type: t.AccountId, indexed: true },
        { label: "amount", type: t.Balance },
        { label: "by", type: t.AccountId },
      ],
    },
    { label: "Disputed", fields: [{ label: "by", type: t.AccountId, indexed: true }] },
  ],
});

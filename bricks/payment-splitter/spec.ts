// ABI of the payment-splitter brick (see bricks/_kit/README.md). Dispatch is written by hand in
// assembly/dispatch.ts: the generator cannot decode the constructor's Vec arguments.
import { defineContract } from "../_kit/metadata/spec";
import { t } from "../_kit/metadata/types";

const name = "payment_splitter";
const Error = t.enumOf(
  [name, name, "Error"],
  [
    { name: "NoPayees", docs: ["The constructor was given no payees."] },
    { name: "TooManyPayees", docs: ["More than 64 payees."] },
    { name: "LengthMismatch", docs: ["`payees` and `shares` have different lengths."] },
    { name: "ZeroShare", docs: ["A payee was given a share of 0."] },
    { name: "DuplicatePayee", docs: ["An account appears twice among the payees."] },
    { name: "SharesMustSumTo100", docs: ["The shares do not add up to 10,000 basis points (100%)."] },
    { name: "NotPayee", docs: ["The account is not a payee."] },
    { name: "NothingToRelease", docs: ["Nothing is due to this payee right now."] },
    { name: "TransferFailed", docs: ["The chain refused the payout (e.g. below the existential deposit)."] },
  ],
  ["Why a payment-splitter call failed."],
);
const account = (label: string) => ({ label, type: t.AccountId });

export default defineContract({
  name,
  version: "1.0.0",
  authors: ["Brickyard <bricks@brickyard.dev>"],
  description: "Splits every native-token payment it receives between fixed payees by share.",
  license: "Apache-2.0",
  docs: [
    "Payees and their shares (basis points, summing to 10,000) are fixed at creation.",
    "Each payee is owed `share / 10,000` of everything ever received (balance + total released).",
  ],
  error: Error,
  dispatch: "manual",
  storage: {
    name: "PaymentSplitter",
    fields: [
      { name: "payee_count", kind: "packed", type: t.u32 },
      { name: "total_released", kind: "lazy", type: t.Balance },
      { name: "payee_at", kind: "mapping", key: t.u32, type: t.AccountId },
      { name: "shares", kind: "mapping", key: t.AccountId, type: t.u16 },
      { name: "released", kind: "mapping", key: t.AccountId, type: t.Balance },
    ],
  },
  constructors: [
    {
      label: "new",
      fallible: true,
      docs: [
        "Creates the splitter. `shares[i]` (basis points) belongs to `payees[i]`.",
        "",
        "Fails with `NoPayees`, `TooManyPayees`, `LengthMismatch`, `ZeroShare`, `DuplicatePayee`",
        "or `SharesMustSumTo100`.",
      ],
      args: [
        { label: "payees", type: t.vec(t.AccountId) },
        { label: "shares", type: t.vec(t.u16) },
      ],
    },
  ],
  messages: [
    {
      label: "receive",
      payable: true,
      mutates: true,
      docs: ["Pays the attached value into the splitter (plain transfers to its address count too)."],
    },
    {
      label: "release",
      args: [account("payee")],
      returns: t.result(t.Balance, Error),
      mutates: true,
      docs: [
        "Pays `payee` everything due to them and returns the amount. Anyone may call it.",
        "",
        "Fails with `NotPayee`, `NothingToRelease` or `TransferFailed`.",
      ],
    },
    {
      label: "releasable",
      args: [account("payee")],
      returns: t.Balance,
      docs: ["What `release(payee)` would pay now."],
    },
    { label: "released", args: [account("payee")], returns: t.Balance, docs: ["What `payee` has been paid so far."] },
    { label: "total_released", returns: t.Balance, docs: ["What all payees have been paid so far."] },
    {
      label: "total_received",
      returns: t.Balance,
      docs: ["Everything ever received: the current balance plus everything released."],
    },
    {
      label: "shares",
      args: [account("payee")],
      returns: t.u16,
      docs: ["The payee's share in basis points (0 if not a payee)."],
    },
    { label: "is_payee", args: [account("account")], returns: t.bool, docs: ["Whether `account` is a payee."] },
    { label: "payees", returns: t.vec(t.AccountId), docs: ["All payees, in the order given at creation."] },
  ],
  events: [
    {
      label: "PaymentReceived",
      docs: ["Value arrived through `receive`."],
      fields: [
        { label: "from", type: t.AccountId, indexed: true },
        { label: "amount", type: t.Balance },
      ],
    },
    {
      label: "PaymentReleased",
      docs: ["A payee was paid."],
      fields: [
        { label: "to", type: t.AccountId, indexed: true },
        { label: "amount", type: t.Balance },
      ],
    },
  ],
});

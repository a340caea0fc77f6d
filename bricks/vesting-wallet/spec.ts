// ABI of the vesting-wallet brick: the single source for its ink! v5 metadata and the generated
// AssemblyScript (selectors, storage, events, dispatch). See bricks/_kit/README.md.
import { defineContract } from "../_kit/metadata/spec";
import { t } from "../_kit/metadata/types";

const name = "vesting_wallet";
const Error = t.enumOf(
  [name, name, "Error"],
  [
    { name: "CliffLongerThanDuration", docs: ["The cliff must not be longer than the vesting duration."] },
    { name: "ScheduleTooLong", docs: ["start + duration does not fit a timestamp."] },
    { name: "NothingToRelease", docs: ["Nothing has vested since the last release."] },
    { name: "TransferFailed", docs: ["The chain refused the payout (e.g. below the existential deposit)."] },
  ],
  ["Why a vesting-wallet call failed."],
);

export default defineContract({
  name,
  version: "1.0.0",
  authors: ["Brickyard <bricks@brickyard.dev>"],
  description: "Releases the native tokens it holds to one beneficiary, linearly over time after a cliff.",
  license: "Apache-2.0",
  docs: [
    "Everything the wallet ever held (balance + released) vests linearly from `start` to `start + duration`;",
    "nothing is released before `start + cliff`.",
  ],
  error: Error,
  storage: {
    name: "VestingWallet",
    // The schedule is read together by every vesting computation: one packed read.
    fields: [
      { name: "beneficiary", kind: "packed", type: t.AccountId },
      { name: "start", kind: "packed", type: t.Timestamp },
      { name: "cliff", kind: "packed", type: t.Timestamp },
      { name: "duration", kind: "packed", type: t.Timestamp },
      { name: "released", kind: "lazy", type: t.Balance },
    ],
  },
  constructors: [
    {
      label: "new",
      payable: true,
      fallible: true,
      docs: [
        "Creates the wallet (value sent along funds it). `start` in milliseconds since 1970, 0 = now;",
        "`cliff` and `duration` in milliseconds after `start`.",
        "",
        "Fails with `CliffLongerThanDuration` or `ScheduleTooLong`.",
      ],
      args: [
        { label: "beneficiary", type: t.AccountId },
        { label: "start", type: t.Timestamp },
        { label: "cliff", type: t.Timestamp },
        { label: "duration", type: t.Timestamp },
      ],
    },
  ],
  messages: [
    {
      label: "fund",
      payable: true,
      mutates: true,
      docs: ["Adds the attached value to the wallet (plain transfers to its address count too)."],
    },
    {
      label: "release",
      returns: t.result(t.Balance, Error),
      mutates: true,
      docs: [
        "Pays the beneficiary everything vested and not yet released; returns the amount. Anyone may call it.",
        "",
        "Fails with `NothingToRelease` or `TransferFailed`.",
      ],
    },
    {
      label: "vested_amount",
      args: [{ label: "at", type: t.Timestamp }],
      returns: t.Balance,
      docs: ["How much of what the wallet holds now plus what it released has vested at time `at`."],
    },
    { label: "releasable", returns: t.Balance, docs: ["What `release` would pay now."] },
    { label: "released", returns: t.Balance, docs: ["What the beneficiary has been paid so far."] },
    { label: "beneficiary", returns: t.AccountId, docs: ["Who receives the tokens."] },
    { label: "start", returns: t.Timestamp, docs: ["When vesting starts (milliseconds since 1970)."] },
    { label: "cliff", returns: t.Timestamp, docs: ["Milliseconds after `start` before anything vests."] },
    { label: "duration", returns: t.Timestamp, docs: ["Milliseconds after `start` until everything has vested."] },
  ],
  events: [
    {
      label: "Funded",
      docs: ["Value arrived through the constructor or `fund`."],
      fields: [
        { label: "from", type: t.AccountId, indexed: true },
        { label: "amount", type: t.Balance },
      ],
    },
    {
      label: "Released",
      fields: [
        { label: "beneficiary", type: t.AccountId, indexed: true },
        { label: "amount", type: t.Balance },
      ],
    },
  ],
});

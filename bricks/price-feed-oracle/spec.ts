// ABI of the price-feed-oracle brick: the single source for its ink! v5 metadata and for the
// generated AssemblyScript (selectors, storage, events). Dispatch is hand-written
// (assembly/dispatch.ts) because the constructor takes a Vec<AccountId>, which the generator
// cannot decode for a constructor. See bricks/_kit/README.md.
import { defineContract } from "../_kit/metadata/spec";
import { t } from "../_kit/metadata/types";

const name = "price_feed_oracle";
const Error = t.enumOf(
  [name, name, "Error"],
  [
    { name: "NotOwner", docs: ["Only the owner may do this."] },
    { name: "NotReporter", docs: ["The account is not an authorised reporter."] },
    {
      name: "ConsumerRejected",
      docs: ["The consumer contract refused or failed the forwarded update; the whole report is undone."],
    },
  ],
  ["Why an oracle operation failed."],
);
const Result = t.result(t.unit, Error);
const account = (label: string) => ({ label, type: t.AccountId });

export default defineContract({
  name,
  version: "1.0.0",
  authors: ["Brickyard <bricks@brickyard.dev>"],
  description: "A price feed: authorised reporters push values that are stored and forwarded to one consumer contract.",
  license: "Apache-2.0",
  docs: ["Authorised reporters push a value; each report starts a new round and is forwarded to the consumer."],
  error: Error,
  dispatch: "manual",
  storage: {
    name: "PriceFeedOracle",
    fields: [
      { name: "owner", kind: "packed", type: t.AccountId },
      { name: "decimals", kind: "packed", type: t.u8 },
      { name: "description", kind: "packed", type: t.String },
      { name: "consumer", kind: "lazy", type: t.AccountId },
      { name: "value", kind: "lazy", type: t.u128 },
      { name: "round", kind: "lazy", type: t.u64 },
      { name: "updated_at", kind: "lazy", type: t.Timestamp },
      { name: "reporters", kind: "mapping", key: t.AccountId, type: t.bool },
    ],
  },
  externalMessages: ["on_price"],
  constructors: [
    {
      label: "new",
      docs: ["Creates the feed; the caller becomes the owner. Duplicate reporters are counted once."],
      args: [
        { label: "description", type: t.String },
        { label: "decimals", type: t.u8 },
        { label: "reporters", type: t.vec(t.AccountId) },
        account("consumer"),
      ],
    },
  ],
  messages: [
    {
      label: "report",
      args: [{ label: "value", type: t.u128 }],
      returns: Result,
      mutates: true,
      docs: [
        "Stores `value` as a new round and forwards `on_price(value, round)` to the consumer.",
        "",
        "Fails with `NotReporter`, or `ConsumerRejected` (nothing is stored then).",
      ],
    },
    {
      label: "latest",
      returns: t.tuple(t.u128, t.u64, t.Timestamp),
      docs: ["(value, round, updated_at in ms); (0, 0, 0) before the first report."],
    },
    { label: "round", returns: t.u64, docs: ["The number of reports so far (the last round)."] },
    { label: "consumer", returns: t.AccountId, docs: ["The contract every report is forwarded to."] },
    { label: "is_reporter", args: [account("who")], returns: t.bool, docs: ["Whether `who` may report."] },
    {
      label: "add_reporter",
      args: [account("who")],
      returns: Result,
      mutates: true,
      docs: ["Authorises `who` to report (owner only; adding a reporter twice changes nothing)."],
    },
    {
      label: "remove_reporter",
      args: [account("who")],
      returns: Result,
      mutates: true,
      docs: ["Withdraws `who`'s authorisation (owner only). Fails with `NotReporter` when `who` is not one."],
    },
    {
      label: "set_consumer",
      args: [account("consumer")],
      returns: Result,
      mutates: true,
      docs: ["Forwards future reports to `consumer` (owner only)."],
    },
    { label: "owner", returns: t.AccountId, docs: ["The account that manages reporters and the consumer."] },
    { label: "description", returns: t.String, docs: ['What the feed measures, e.g. "DOT / USD".'] },
    { label: "decimals", returns: t.u8, docs: ["Decimal places of the values (value 123456 with 4 = 12.3456)."] },
  ],
  events: [
    {
      label: "PriceReported",
      docs: ["A report was stored and delivered to the consumer."],
      fields: [
        { label: "round", type: t.u64, indexed: true },
        { label: "value", type: t.u128 },
        { label: "reporter", type: t.AccountId, indexed: true },
        { label: "updated_at", type: t.Timestamp },
      ],
    },
    { label: "ReporterAdded", fields: [{ label: "who", type: t.AccountId, indexed: true }] },
    { label: "ReporterRemoved", fields: [{ label: "who", type: t.AccountId, indexed: true }] },
    { label: "ConsumerSet", fields: [{ label: "consumer", type: t.AccountId, indexed: true }] },
  ],
});

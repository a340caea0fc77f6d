// A minimal allowlist registry used by the consumer example's tests: `is_allowed(AccountId) -> bool`
// is the message the consumer calls across contracts. Not a catalog brick.
import { defineContract } from "../../_kit/metadata/spec";
import { t } from "../../_kit/metadata/types";

const name = "allowlist_stub";
const Error = t.enumOf([name, name, "Error"], ["NotOwner"]);

export default defineContract({
  name,
  version: "1.0.0",
  authors: ["Brickyard <bricks@brickyard.dev>"],
  license: "Apache-2.0",
  error: Error,
  storage: {
    name: "AllowlistStub",
    fields: [
      { name: "owner", kind: "packed", type: t.AccountId },
      { name: "allowed", kind: "mapping", key: t.AccountId, type: t.bool },
    ],
  },
  constructors: [{ label: "new", docs: ["The caller becomes the owner."] }],
  messages: [
    { label: "is_allowed", args: [{ label: "who", type: t.AccountId }], returns: t.bool },
    {
      label: "set_allowed",
      args: [
        { label: "who", type: t.AccountId },
        { label: "allowed", type: t.bool },
      ],
      returns: t.result(t.unit, Error),
      mutates: true,
    },
  ],
});

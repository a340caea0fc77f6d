// A later build of the allowlist registry, used as the upgrade target in the upgrade tests: the same
// storage and messages as bricks/allowlist-registry plus code_version(), so its code hash differs
// and a test can tell which code answers after set_code_hash.
import base from "../../allowlist-registry/spec";
import { defineContract } from "../../_kit/metadata/spec";
import { t } from "../../_kit/metadata/types";

export default defineContract({
  ...base,
  version: "1.2.0",
  messages: [...base.messages, { label: "code_version", returns: t.u32, docs: ["Which build of the code runs."] }],
});

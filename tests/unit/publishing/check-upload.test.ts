// The publish checks are checkBrick's, on an upload held in memory: real ink! v4/v5 bundles pass,
// a tampered wasm or a mistyped mapping is refused with the JSON path and what to change.
import { describe, expect, it } from "vitest";
import { BrickProblemsError, checkUpload } from "@/lib/publishing/check-upload";
import { draftToManifest } from "@/lib/publishing/draft-to-manifest";
import { bundleText } from "../bricks/helpers";
import { erc20Draft } from "./draft";

describe("checkUpload", () => {
  it.each(["ink-v4-erc20", "ink-v5-erc20"] as const)("passes the %s bundle with a good manifest", async (name) => {
    const draft = erc20Draft({ bundleText: bundleText(name) });
    const result = await checkUpload({ manifest: draftToManifest(draft).manifest, bundleText: draft.bundleText });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.brick.bundle.codeHash).toBe(JSON.parse(draft.bundleText).source.hash);
  });

  it("refuses a bundle whose wasm was changed, pointing at the bundle's hash", async () => {
    const json = JSON.parse(bundleText("ink-v5-erc20"));
    json.source.wasm = json.source.wasm.slice(0, -2) + (json.source.wasm.endsWith("00") ? "01" : "00");
    const draft = erc20Draft({ bundleText: JSON.stringify(json) });
    const result = await checkUpload({ manifest: draftToManifest(draft).manifest, bundleText: draft.bundleText });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const p = result.problems.find((x) => x.jsonPath === "$.source.hash");
    expect(p).toMatchObject({ inBundle: true, file: "erc20.contract" });
    expect(p!.message).toMatch(/its wasm hashes to 0x[0-9a-f]{64} \(blake2-256\): the wasm or the hash was changed/);
    const error = new BrickProblemsError(result.problems);
    expect(error.status).toBe(422);
    expect(Object.keys(error.fields!)).toContain("bundle:$.source.hash");
  });

  it("reports a mapping that does not fit the ABI type at the argument's path", async () => {
    const draft = erc20Draft({
      configText: JSON.stringify({ type: "object", properties: { totalSupply: { type: "boolean" } } }),
    });
    const result = await checkUpload({ manifest: draftToManifest(draft).manifest, bundleText: draft.bundleText });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toContainEqual(
        expect.objectContaining({ jsonPath: "$.constructor.args.total_supply", inBundle: false }),
      );
  });
});

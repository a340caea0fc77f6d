// Named deploy presets (issue 11 item 6) on the real test database: saved per team by deployers (the
// answers checked against the version's form first, nothing written when they do not fit), listed and
// started from by every member, re-validated against the version chosen now with what no longer fits
// named, refused for another brick's page, deleted by deployers only; each save/delete in the team
// history. No chain transaction: the bricks are published, nothing is deployed.
import type { ApiPromise } from "@polkadot/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deletePreset } from "@/lib/deployments/presets/delete-preset";
import { listPresets } from "@/lib/deployments/presets/list-presets";
import { savePreset } from "@/lib/deployments/presets/save-preset";
import { startFromPreset } from "@/lib/deployments/presets/start-from-preset";
import { closeTestApi, getTestApi, testChainWs } from "@/tests/support/chain";
import { makePerson, makeTeam, setupNetwork, type Person } from "./deploy-fixture";

let api: ApiPromise;
let deployer: Person;
let viewer: Person;
let outsider: Person;
let team: { id: string };

const token = { name: "Credits", symbol: "CRD", decimals: 2, initialSupply: "1000", mintable: true };

beforeAll(async () => {
  api = await getTestApi();
  await setupNetwork(testChainWs());
  const owner = await makePerson(api, "Preset owner", 0n);
  [deployer, viewer, outsider] = await Promise.all(
    ["Preset deployer", "Preset viewer", "Outsider"].map((n) => makePerson(api, n, 0n)),
  );
  team = await makeTeam(owner, [
    [deployer, "deployer"],
    [viewer, "viewer"],
  ]);
});
afterAll(async () => {
  await closeTestApi();
});

describe("named deploy presets", () => {
  it("saves, lists, starts from (re-validated), refuses what it must and deletes, with the team history", async () => {
    const input = {
      teamId: team.id,
      brick: "fungible-token",
      version: "1.0.0",
      name: "Credits for events",
      config: token,
    };
    const saved = await savePreset({ actorId: deployer.id, input });
    // Saving again under the same name replaces the answers instead of adding a second preset.
    await savePreset({ actorId: deployer.id, input: { ...input, config: { ...token, initialSupply: "2000" } } });
    expect(await db.deployPreset.count({ where: { teamId: team.id } })).toBe(1);

    await expect(savePreset({ actorId: viewer.id, input: { ...input, name: "Viewer's" } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      savePreset({ actorId: deployer.id, input: { ...input, name: "Bad", config: { ...token, symbol: "C R D" } } }),
    ).rejects.toMatchObject({ code: "BAD_INPUT", fields: { "config.symbol": [expect.any(String)] } });
    await expect(savePreset({ actorId: deployer.id, input: { ...input, name: "  " } })).rejects.toMatchObject({
      name: "ZodError",
    });
    expect(await db.deployPreset.count({ where: { teamId: team.id } })).toBe(1);

    // Every member sees it; someone outside the team does not.
    expect(await listPresets({ actorId: viewer.id, brick: "fungible-token" })).toEqual([
      expect.objectContaining({ id: saved.id, name: "Credits for events", fromVersion: "1.0.0", canDelete: false }),
    ]);
    expect(await listPresets({ actorId: outsider.id, brick: "fungible-token" })).toEqual([]);
    await expect(
      startFromPreset({
        actorId: outsider.id,
        input: { presetId: saved.id, brick: "fungible-token", version: "1.0.0" },
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    const start = { presetId: saved.id, brick: "fungible-token", version: "1.0.0" };
    expect(await startFromPreset({ actorId: viewer.id, input: start })).toMatchObject({
      name: "Credits for events",
      defaults: { ...token, initialSupply: "2000" },
      problems: [],
    });
    await expect(
      startFromPreset({ actorId: deployer.id, input: { ...start, brick: "allowlist-registry", version: "1.1.0" } }),
    ).rejects.toThrow("This preset is for Fungible token: open that brick's deploy page to use it.");

    // Answers written for another version of the form (a field gone, a value now out of range): what
    // fits still fills the form, the rest is named.
    await db.deployPreset.update({
      where: { id: saved.id },
      data: { config: JSON.stringify({ ...token, decimals: 40, cap: "5000" }) },
    });
    const refit = await startFromPreset({ actorId: deployer.id, input: start });
    expect(refit.defaults).toMatchObject({ name: "Credits", symbol: "CRD" });
    expect(refit.defaults).not.toHaveProperty("cap");
    expect(refit.problems).toEqual(
      expect.arrayContaining([
        "“cap” is not a setting of this version any more; it was left out.",
        expect.stringMatching(/^Decimal places: /),
      ]),
    );

    await expect(deletePreset({ actorId: viewer.id, input: { presetId: saved.id } })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await deletePreset({ actorId: deployer.id, input: { presetId: saved.id } });
    expect(await db.deployPreset.count({ where: { teamId: team.id } })).toBe(0);
    const history = await db.auditLogEntry.findMany({
      where: { teamId: team.id, action: { startsWith: "deployment.preset." } },
      orderBy: { createdAt: "asc" },
    });
    expect(history.map((h) => [h.action, h.actorId])).toEqual([
      ["deployment.preset.save", deployer.id],
      ["deployment.preset.save", deployer.id],
      ["deployment.preset.delete", deployer.id],
    ]);
  }, 120_000);
});

import { describe, expect, it, vi } from "vitest";
import { checkContractAddress } from "@/lib/bricks/check-contract-address";
import { ALICE } from "./helpers";

const hash = "0x" + "ab".repeat(32);

describe("checkContractAddress", () => {
  it("answers with the contract's code hash when one lives there", async () => {
    const query = vi.fn(async () => ({ codeHash: hash }));
    expect(await checkContractAddress(` ${ALICE} `, query)).toEqual({ ok: true, codeHash: hash });
    expect(query).toHaveBeenCalledWith(ALICE);
  });

  it("says plainly when there is no contract, naming the network", async () => {
    const r = await checkContractAddress(ALICE, async () => null, { networkName: "Local dev chain" });
    expect(r).toEqual({
      ok: false,
      message:
        "There is no contract at this address on Local dev chain. Check the address, or that you picked the network where your contract lives",
    });
  });

  it("does not ask the chain about text that is not an address", async () => {
    const query = vi.fn(async () => null);
    const r = await checkContractAddress("0x1234", query);
    expect(r.ok).toBe(false);
    expect(query).not.toHaveBeenCalled();
  });

  it("turns a failing chain into a try-again message", async () => {
    const r = await checkContractAddress(ALICE, async () => {
      throw new Error("socket closed");
    });
    expect(r).toEqual({
      ok: false,
      message: "Could not ask the network about this address right now (socket closed). Try again in a moment",
    });
  });
});

// Solidity arguments from form answers (every type family) and reverts in words, through viem.
import { Keyring } from "@polkadot/keyring";
import { cryptoWaitReady } from "@polkadot/util-crypto";
import { decodeAbiParameters, encodeErrorResult, parseAbi, type AbiParameter } from "viem";
import { beforeAll, describe, expect, it } from "vitest";
import { h160OfAccount } from "@/lib/chain/platforms/revive/h160";
import {
  coerceSolidityValue,
  encodeCall,
  encodeConstructorArgs,
} from "@/lib/chain/platforms/revive/solidity/encode-args";
import { explainSolidityRevert } from "@/lib/chain/platforms/revive/solidity/explain-revert";

const abi = parseAbi([
  "constructor(string name, uint8 decimals, uint256 cap, address owner, bool paused, bytes32 salt, bytes data, int64 offset, uint16[] weights, (address who, uint96 share)[2] payees)",
  "function transfer(address to, uint256 amount) returns (bool)",
  "error Unauthorized(address caller)",
  "error CapExceeded(uint256 increasedSupply, uint256 cap)",
]);
const p = (type: string, extra: Partial<AbiParameter> = {}) => ({ type, ...extra }) as AbiParameter;
const CHECKSUMMED = "0x5B38Da6a701c568545dCfcB03FcB875f56beddC4";
let alice: string;

beforeAll(async () => {
  await cryptoWaitReady();
  alice = new Keyring({ type: "sr25519" }).addFromUri("//Alice").address;
});

describe("coerceSolidityValue", () => {
  it("accepts a checksummed H160, an all-lower H160, and an SS58 account mapped to its H160", () => {
    expect(coerceSolidityValue(p("address"), CHECKSUMMED, "owner")).toBe(CHECKSUMMED);
    expect(coerceSolidityValue(p("address"), CHECKSUMMED.toLowerCase(), "owner")).toBe(CHECKSUMMED);
    expect(coerceSolidityValue(p("address"), alice, "owner")).toBe(h160OfAccount(alice));
  });

  it("refuses a wrong checksum and a short address, naming the field", () => {
    const typo = CHECKSUMMED.replace("Da6a", "dA6a");
    expect(() => coerceSolidityValue(p("address"), typo, "owner")).toThrow(/owner: the address's checksum/);
    expect(() => coerceSolidityValue(p("address"), "0x1234", "owner")).toThrow(/owner: not a 0x address of 20 bytes/);
    expect(() => coerceSolidityValue(p("address"), "hello", "owner")).toThrow(/not a 0x address nor a Polkadot/);
  });

  it("checks integer ranges of every width, and reads token amounts with decimals", () => {
    expect(coerceSolidityValue(p("uint8"), "255", "d")).toBe(255n);
    expect(() => coerceSolidityValue(p("uint8"), "256", "d")).toThrow(/between 0 and 255 \(uint8\)/);
    expect(() => coerceSolidityValue(p("uint256"), "-1", "d")).toThrow(/between 0 and/);
    expect(coerceSolidityValue(p("int64"), "-9223372036854775808", "o")).toBe(-(2n ** 63n));
    expect(() => coerceSolidityValue(p("int64"), "9223372036854775808", "o")).toThrow(/int64/);
    expect(coerceSolidityValue(p("uint256"), "1,000.5", "cap", { decimals: { cap: 18 } })).toBe(10005n * 10n ** 17n);
    expect(() => coerceSolidityValue(p("uint256"), "0.0000001", "cap", { decimals: { cap: 2 } })).toThrow(
      /at most 2 decimals/,
    );
    expect(() => coerceSolidityValue(p("uint256"), "1.5", "n")).toThrow(/whole number/);
  });

  it("checks bytes lengths, bools, strings, fixed and dynamic arrays and structs", () => {
    expect(() => coerceSolidityValue(p("bytes32"), "0x1234", "salt")).toThrow(/exactly 32 bytes, got 2/);
    expect(coerceSolidityValue(p("bytes"), "0xdeadbeef", "data")).toBe("0xdeadbeef");
    expect(coerceSolidityValue(p("bool"), "true", "b")).toBe(true);
    expect(() => coerceSolidityValue(p("string"), 5, "name")).toThrow(/expected text/);
    expect(() => coerceSolidityValue(p("uint16[2]"), ["1"], "w")).toThrow(/exactly 2 entries/);
    expect(() => coerceSolidityValue(p("uint16[]"), ["1", "70000"], "w")).toThrow(
      /w\[1\]: must be between 0 and 65535/,
    );
    const payee = p("tuple", {
      components: [p("address", { name: "who" }), p("uint96", { name: "share" })],
    } as Partial<AbiParameter>);
    expect(coerceSolidityValue(payee, { who: alice, share: "3" }, "payee")).toEqual({
      who: h160OfAccount(alice),
      share: 3n,
    });
  });
});

describe("encodeConstructorArgs", () => {
  it("encodes every argument family with viem and decodes back to the same values", () => {
    const values = [
      "Brick",
      "18",
      "1000000",
      alice,
      false,
      `0x${"ab".repeat(32)}`,
      "0x01",
      "-5",
      ["1", "2"],
      [
        { who: CHECKSUMMED, share: "1" },
        { who: alice, share: "2" },
      ],
    ];
    const data = encodeConstructorArgs(abi, values, { decimals: { cap: 18 } });
    const ctor = abi.find((x) => x.type === "constructor")!;
    const back = decodeAbiParameters(ctor.inputs, data);
    expect(back[0]).toBe("Brick");
    expect(back[2]).toBe(10n ** 24n);
    expect(back[3]).toBe(h160OfAccount(alice));
    expect(back[7]).toBe(-5n);
    expect(back[9]).toEqual([
      { who: CHECKSUMMED, share: 1n },
      { who: h160OfAccount(alice), share: 2n },
    ]);
  });

  it("says how many values the constructor takes", () => {
    expect(() => encodeConstructorArgs(abi, ["x"])).toThrow(/expects 10 values, got 1/);
  });

  it("encodes a call with its 4-byte selector", () => {
    expect(encodeCall(abi, "transfer", [CHECKSUMMED, "1"]).slice(0, 10)).toBe("0xa9059cbb");
  });
});

describe("explainSolidityRevert", () => {
  it("reads Error(string), Panic(uint256) with its meaning, custom errors with arguments, and empty reverts", () => {
    const err = encodeErrorResult({
      abi: parseAbi(["error Error(string)"]),
      errorName: "Error",
      args: ["Ownable: caller is not the owner"],
    });
    expect(explainSolidityRevert(abi, err)).toBe("The contract refused: “Ownable: caller is not the owner”.");
    const panic = encodeErrorResult({ abi: parseAbi(["error Panic(uint256)"]), errorName: "Panic", args: [0x11n] });
    expect(explainSolidityRevert(abi, panic)).toMatch(/panic 0x11: an arithmetic overflow or underflow/);
    const custom = encodeErrorResult({ abi, errorName: "CapExceeded", args: [5n, 3n] });
    expect(explainSolidityRevert(abi, custom)).toBe(
      "The contract refused: CapExceeded (increasedSupply = 5, cap = 3).",
    );
    expect(explainSolidityRevert(abi, "0x")).toMatch(/without giving a reason/);
    expect(explainSolidityRevert(abi, "0x12345678")).toMatch(/ABI does not describe \(0x12345678…\)/);
  });
});

// The deploy path's codec for a Solidity brick (bricks/oz-erc20-token as published): the manifest's
// answers become the constructor's Ethereum-ABI data (token amounts in base units, the signer as its
// H160), settings and query calls encode by function name, answers and reverts decode with viem,
// and bad answers are refused naming the field — the same interface the ink! codec implements.
import { Keyring } from "@polkadot/keyring";
import { cryptoWaitReady } from "@polkadot/util-crypto";
import {
  bytesToHex,
  decodeAbiParameters,
  encodeAbiParameters,
  encodeErrorResult,
  encodeFunctionResult,
  type Hex,
} from "viem";
import { beforeAll, describe, expect, it } from "vitest";
import { loadBrick } from "@/lib/bricks/load-brick";
import type { SolidityBundle } from "@/lib/bricks/kinds/solidity/parse-bundle";
import { h160OfAccount } from "@/lib/chain/platforms/revive/h160";
import { solidityCodec } from "@/lib/deployments/codec/solidity";
import { AppError } from "@/lib/errors";
import type { TContractCodec } from "@/lib/deployments/codec";

let codec: TContractCodec;
let bundle: SolidityBundle;
let alice: string;
const answers = { name: "Guild Credits", symbol: "GLD", decimals: 18, initialSupply: "1000000.5" };

beforeAll(async () => {
  await cryptoWaitReady();
  alice = new Keyring({ type: "sr25519" }).addFromUri("//Alice").address;
  const loaded = await loadBrick("bricks/oz-erc20-token");
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  bundle = loaded.brick.bundle as SolidityBundle;
  codec = solidityCodec(loaded.brick.manifest, bundle);
});

describe("the Solidity codec of oz-erc20-token", () => {
  it("encodes the constructor from the answers: defaults applied, amounts in base units, the signer as its H160", () => {
    const call = codec.encodeCall({ kind: "constructor" }, answers, { signer: alice });
    expect(call.label).toBe("constructor");
    const owner = h160OfAccount(alice);
    expect(call.args).toEqual([
      "Guild Credits",
      "GLD",
      "18",
      "1000000500000000000000000",
      "0",
      false,
      true,
      false,
      owner,
    ]);
    const decoded = decodeAbiParameters(bundle.constructorAbi!.inputs, bytesToHex(call.data));
    expect(decoded).toEqual([
      "Guild Credits",
      "GLD",
      18,
      1_000_000_500_000_000_000_000_000n,
      0n,
      false,
      true,
      false,
      owner,
    ]);
    expect(codec.constructorParams().map((p) => `${p.name}:${p.type}`)).toEqual([
      "name_:string",
      "symbol_:string",
      "decimals_:uint8",
      "initialSupply:uint256",
      "cap_:uint256",
      "mintable_:bool",
      "burnable_:bool",
      "pausable_:bool",
      "owner_:address",
    ]);
  });

  it("refuses an amount with more decimals than the token has, naming the field, before anything is encoded", () => {
    const error = (() => {
      try {
        codec.encodeCall(
          { kind: "constructor" },
          { ...answers, decimals: 2, initialSupply: "1.005" },
          { signer: alice },
        );
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("BAD_INPUT");
    expect(JSON.stringify((error as AppError).fields ?? (error as AppError).userMessage)).toMatch(
      /initialSupply|Initial supply/,
    );
  });

  it("encodes a settings action and a query by function name, and decodes the answer", () => {
    const mint = codec.encodeCall(
      { kind: "settings", id: "mint" },
      { to: alice, decimals: 6, amount: "2.5" },
      { signer: alice, instance: h160OfAccount(alice) },
    );
    expect(bytesToHex(mint.data).slice(0, 10)).toBe("0x40c10f19"); // mint(address,uint256)
    expect(mint.args).toEqual([h160OfAccount(alice), "2500000"]);
    const balance = codec.encodeCall(
      { kind: "query", id: "my-balance" },
      {},
      { signer: alice, instance: h160OfAccount(alice) },
    );
    expect(bytesToHex(balance.data)).toBe(`0x70a08231${h160OfAccount(alice).slice(2).toLowerCase().padStart(64, "0")}`);
    const supply = encodeFunctionResult({
      abi: bundle.abi,
      functionName: "totalSupply",
      result: 5n * 10n ** 18n,
    } as Parameters<typeof encodeFunctionResult>[0]);
    expect(codec.decodeResult("totalSupply", supply)).toBe("5000000000000000000");
    expect(codec.decodeResult("symbol", encodeAbiParameters([{ type: "string" }], ["GLD"]))).toBe("GLD");
  });

  it("explains OpenZeppelin's custom errors by name and arguments", () => {
    const data = encodeErrorResult({ abi: bundle.abi, errorName: "ERC20ExceededCap", args: [3n, 2n] } as Parameters<
      typeof encodeErrorResult
    >[0]);
    expect(codec.explainRevert({ kind: "message", label: "mint" }, data)).toBe(
      "The contract refused: ERC20ExceededCap (increasedSupply = 3, cap = 2).",
    );
    expect(codec.explainRevert({ kind: "constructor", label: "constructor" }, "0x" as Hex)).toMatch(
      /without giving a reason/,
    );
  });
});
